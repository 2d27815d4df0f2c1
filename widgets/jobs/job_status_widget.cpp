#include "job_status_widget.h"

#include "background_job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace fluxlens {

JobStatusWidget::JobStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this)) {
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_cancel->setText(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    hide();
}

void JobStatusWidget::track(BackgroundJob* job) {
    m_label->setText(job->title());
    m_progress->setValue(0);
    m_cancel->setEnabled(true);
    disconnect(m_cancel, nullptr, nullptr, nullptr);
    connect(m_cancel, &QToolButton::clicked, job, [this, job] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("%1: cancelling …").arg(job->title()));
        job->cancel();
    });
    connect(job, &BackgroundJob::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 1000)); });
    connect(job, &BackgroundJob::logLine, this, [this, job](const QString& line) {
        m_label->setText(QStringLiteral("%1: %2").arg(job->title(), line.left(80)));
        m_label->setToolTip(line);
    });
    connect(job, &BackgroundJob::finished, this, &QWidget::hide);
    show();
}

} // namespace fluxlens
