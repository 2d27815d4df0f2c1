#include "jobs_indicator.h"

#include "background_job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <memory>

namespace fluxlens {
namespace {
constexpr int kNoticeMs = 10000;
constexpr int kLabelChars = 70;

// One running job: "<title>: <latest step>", a progress bar and a cancel button.
class JobEntry : public QWidget {
public:
    JobEntry(BackgroundJob* job, QWidget* parent)
        : QWidget(parent)
        , m_label(new QLabel(job->title(), this))
        , m_progress(new QProgressBar(this))
        , m_cancel(new QToolButton(this)) {
        setObjectName(QStringLiteral("jobEntry"));
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_progress->setMaximumWidth(140);
        m_progress->setTextVisible(true);
        m_cancel->setText(JobsIndicator::tr("Cancel"));
        m_cancel->setToolTip(JobsIndicator::tr("Cancel %1").arg(job->title()));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(6, 0, 0, 0);
        layout->addWidget(m_label);
        layout->addWidget(m_progress);
        layout->addWidget(m_cancel);
        connect(m_cancel, &QToolButton::clicked, job, [this, job] {
            m_cancel->setEnabled(false);
            m_label->setText(JobsIndicator::tr("%1: cancelling …").arg(job->title()));
            job->cancel();
        });
        connect(job, &BackgroundJob::progressChanged, this,
                [this](double f) { m_progress->setValue(static_cast<int>(f * 1000)); });
        connect(job, &BackgroundJob::logLine, this, [this, job](const QString& line) {
            const QString text = QStringLiteral("%1: %2").arg(job->title(), line);
            m_label->setText(text.size() > kLabelChars ? text.left(kLabelChars - 1) + QChar(0x2026)
                                                       : text);
            m_label->setToolTip(text);
        });
    }
    QString text() const { return m_label->text(); }

private:
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};
} // namespace

JobsIndicator::JobsIndicator(QWidget* parent)
    : QWidget(parent)
    , m_entries(new QHBoxLayout)
    , m_notice(new QLabel(this)) {
    setObjectName(QStringLiteral("jobsIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addLayout(m_entries);
    m_notice->hide();
}

void JobsIndicator::track(BackgroundJob* job) {
    auto* entry = new JobEntry(job, this);
    m_entries->addWidget(entry);
    const QString title = job->title();
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const auto end = [this, entry, title, connections](const QString& message, bool ok) {
        for (const QMetaObject::Connection& c : *connections)
            disconnect(c);
        m_entries->removeWidget(entry);
        entry->hide();
        entry->deleteLater();
        showNotice(message);
        Q_EMIT jobEnded(title, message, ok);
    };
    *connections << connect(job, &BackgroundJob::succeeded, entry,
                            [end, title] { end(tr("%1: finished").arg(title), true); });
    *connections << connect(job, &BackgroundJob::failed, entry, [end, title](const QString& why) {
        end(tr("%1 failed: %2").arg(title, why), false);
    });
    *connections << connect(job, &BackgroundJob::cancelled, entry,
                            [end, title] { end(tr("%1: cancelled").arg(title), false); });
    m_notice->hide();
}

int JobsIndicator::runningCount() const {
    return m_entries->count();
}

QStringList JobsIndicator::entryTexts() const {
    QStringList out;
    for (int i = 0; i < m_entries->count(); ++i)
        if (const auto* entry = dynamic_cast<const JobEntry*>(m_entries->itemAt(i)->widget()))
            out << entry->text();
    return out;
}

QString JobsIndicator::lastNotice() const {
    return m_notice->text();
}

void JobsIndicator::showNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setToolTip(text);
    m_notice->setVisible(m_entries->count() == 0);
    // Only the newest notice may hide the label.
    QTimer::singleShot(kNoticeMs, m_notice, [label = m_notice, text] {
        if (label->text() == text)
            label->hide();
    });
}

} // namespace fluxlens
