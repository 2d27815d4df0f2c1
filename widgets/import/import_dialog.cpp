#include "import_dialog.h"

#include "cache/cache.h"
#include "import/import_job.h"
#include "jobs/background_job.h"
#include "koppen_colors.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fluxlens {
namespace {
QString describe(const FileImportResult& r) {
    const QString name = QString::fromStdString(r.file);
    switch (r.status) {
    case FileImportResult::Status::Imported:
        return ImportDialog::tr("imported   %1 (%2): %n site(s), %3 rows", nullptr,
                                static_cast<int>(r.sites))
            .arg(name, QString::fromStdString(r.importer))
            .arg(r.rows);
    case FileImportResult::Status::Unchanged:
        return ImportDialog::tr("unchanged  %1: the same file is already in the cache").arg(name);
    case FileImportResult::Status::Cancelled:
        return ImportDialog::tr("cancelled  %1: rolled back, nothing of it was stored").arg(name);
    case FileImportResult::Status::Skipped:
        return ImportDialog::tr("skipped    %1: %2")
            .arg(name, QString::fromStdString(r.skipReason));
    case FileImportResult::Status::Failed:
        break;
    }
    const QString where =
        r.errorLine > 0
            ? QStringLiteral("%1:%2").arg(QString::fromStdString(r.errorFile)).arg(r.errorLine)
            : QString::fromStdString(r.errorFile.empty() ? r.file : r.errorFile);
    return ImportDialog::tr("FAILED     %1: %2").arg(where, QString::fromStdString(r.errorMessage));
}
} // namespace

ImportDialog::ImportDialog(CacheConnector cache, QStringList paths, QString productName,
                           QWidget* parent)
    : QDialog(parent)
    , m_cache(std::move(cache))
    , m_paths(std::move(paths))
    , m_productName(std::move(productName))
    , m_job(new BackgroundJob(tr("Import"), this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QPlainTextEdit(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this)) {
    setWindowTitle(tr("Import into %1").arg(QFileInfo(m_cache.path()).fileName()));
    m_summary->setWordWrap(true);
    m_progress->setRange(0, 1000);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFont(QStringLiteral("monospace")));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_log);
    layout->addWidget(buttons);
    resize(760, 420);

    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_job, &BackgroundJob::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 1000)); });
    connect(m_job, &BackgroundJob::logLine, this, &ImportDialog::appendLog);
    connect(m_job, &BackgroundJob::failed, this,
            [this](const QString& message) { appendLog(tr("Import stopped: %1").arg(message)); });
    connect(m_job, &BackgroundJob::finished, this, &ImportDialog::onFinished);
}

ImportDialog::~ImportDialog() {
    // The worker posts results to this dialog: stop it before the dialog goes.
    m_job->cancel();
    m_job->waitForFinished();
}

bool ImportDialog::looksGridded(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("nc") || suffix == QLatin1String("nc4") ||
           suffix == QLatin1String("tif") || suffix == QLatin1String("tiff") ||
           suffix == QLatin1String("grib") || suffix == QLatin1String("grb");
}

void ImportDialog::start() {
    m_summary->setText(tr("Importing into %1 …").arg(m_cache.path()));
    std::vector<std::string> paths;
    for (const QString& p : m_paths)
        paths.push_back(p.toStdString());
    ImportOptions options;
    options.productName = m_productName.toStdString();
    options.koppenMapPath = m_koppenMapPath.toStdString();
    m_job->start([this, paths, options, connector = m_cache](JobReporter& reporter) -> QString {
        const std::vector<std::string> files = collectImportFiles(paths);
        reporter.log(tr("%n file(s) to import", nullptr, static_cast<int>(files.size())));
        Cache cache = connector.openOrCreate();
        const ImportControl control([&reporter](double f) { reporter.progress(f); },
                                    &reporter.cancelFlag());
        importFiles(cache, files, options, control, [&reporter, this](const FileImportResult& r) {
            reporter.log(describe(r));
            for (const auto& k : r.koppenAssigned)
                reporter.log(tr("           %1: Köppen %2, %3")
                                 .arg(QString::fromStdString(k.siteId),
                                      QString::fromUtf8(koppenCode(k.koppen).data()),
                                      koppenSourceText(k.source)));
            for (const auto& w : r.warnings)
                reporter.warning(QStringLiteral("%1: %2").arg(QString::fromStdString(r.file),
                                                              QString::fromStdString(w)));
            QMetaObject::invokeMethod(
                this,
                [this, status = r.status] {
                    m_counts.imported += status == FileImportResult::Status::Imported;
                    m_counts.unchanged += status == FileImportResult::Status::Unchanged;
                    m_counts.failed += status == FileImportResult::Status::Failed;
                    m_counts.skipped += status == FileImportResult::Status::Skipped;
                },
                Qt::QueuedConnection);
        });
        return {};
    });
}

bool ImportDialog::isRunning() const {
    return m_job->isRunning();
}

QString ImportDialog::logText() const {
    return m_log->toPlainText();
}

void ImportDialog::appendLog(const QString& line) {
    m_log->appendPlainText(line);
}

void ImportDialog::reject() {
    if (m_job->isRunning()) {
        m_cancelButton->setEnabled(false);
        m_summary->setText(tr("Cancelling: the file in progress is rolled back …"));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void ImportDialog::onFinished() {
    m_progress->setValue(1000);
    const QStringList warnings = m_job->warnings();
    if (!warnings.isEmpty()) {
        appendLog(tr("\n%n warning(s):", nullptr, static_cast<int>(warnings.size())));
        for (const QString& w : warnings)
            appendLog(QStringLiteral("  ") + w);
    }
    m_summary->setText((m_job->wasCancelled() ? tr("Cancelled. ") : tr("Done. ")) +
                       tr("%1 imported, %2 unchanged, %3 failed, %4 skipped.")
                           .arg(m_counts.imported)
                           .arg(m_counts.unchanged)
                           .arg(m_counts.failed)
                           .arg(m_counts.skipped));
    m_cancelButton->setText(tr("Close"));
    m_cancelButton->setEnabled(true);
    Q_EMIT importFinished();
}

} // namespace fluxlens
