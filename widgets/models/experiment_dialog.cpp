#include "experiment_dialog.h"

#include "experiment/experiment_runner.h"
#include "jobs/background_job.h"
#include "session/cache_session.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace fluxlens {

ExperimentDialog::ExperimentDialog(CacheSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_cachePath(session->path())
    , m_folder(new QLineEdit(QFileInfo(m_cachePath).dir().filePath(QStringLiteral("experiment"))))
    , m_seeds(new QSpinBox)
    , m_fraction(new QDoubleSpinBox)
    , m_splitSeed(new QSpinBox)
    , m_trainingSites(new QSpinBox)
    , m_threads(new QSpinBox)
    , m_progress(new QProgressBar)
    , m_log(new QPlainTextEdit)
    , m_problem(new QLabel)
    , m_run(new QPushButton(tr("&Run")))
    , m_openReport(new QPushButton(tr("&Open the report"))) {
    setWindowTitle(tr("The paper's experiment"));
    const experiment::ExperimentOptions defaults;
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExperimentDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_seeds->setRange(1, 100);
    m_seeds->setValue(defaults.seeds);
    m_seeds->setToolTip(tr("Members of each network ensemble (the paper uses 10)"));
    m_fraction->setRange(0.05, 0.9);
    m_fraction->setSingleStep(0.01);
    m_fraction->setValue(defaults.holdoutFraction);
    m_fraction->setToolTip(tr("Share of sites held out, stratified by Köppen and IGBP class "
                              "(the paper: 164 of 579 sites)"));
    m_splitSeed->setRange(0, std::numeric_limits<int>::max());
    m_splitSeed->setValue(static_cast<int>(defaults.splitSeed));
    m_splitSeed->setToolTip(tr("Seed of the held-out split: another seed holds out other sites"));
    m_trainingSites->setRange(0, 100000);
    m_trainingSites->setSpecialValueText(tr("All"));
    m_trainingSites->setToolTip(
        tr("Train on only this many of the sites not held out, drawn stratified by Köppen and "
           "IGBP class (learning curves); the held-out sites stay the same"));
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_threads->setValue(std::min(2, m_threads->maximum()));
    auto* models = new QHBoxLayout;
    // Model names are proper names: not translated.
    const QStringList labels{QStringLiteral("TAM-RL"), QStringLiteral("CT-LSTM"),
                             QStringLiteral("TAMLSTM"), QStringLiteral("XGBoost")};
    for (int i = 0; i < labels.size(); ++i) {
        auto* box = new QCheckBox(labels[i]);
        box->setChecked(true);
        box->setProperty("code", QString::fromStdString(experiment::allModelCodes()[i]));
        m_models << box;
        models->addWidget(box);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("Report folder:"), folderRow);
    form->addRow(tr("Seeds:"), m_seeds);
    form->addRow(tr("Held-out share:"), m_fraction);
    form->addRow(tr("Split seed:"), m_splitSeed);
    form->addRow(tr("Training sites:"), m_trainingSites);
    form->addRow(tr("Models:"), models);
    form->addRow(tr("CPU threads:"), m_threads);

    m_log->setReadOnly(true);
    m_log->setMinimumHeight(160);
    m_problem->setWordWrap(true);
    m_openReport->setEnabled(false);
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(
            QUrl::fromLocalFile(QDir(reportFolder()).filePath(QStringLiteral("report.md"))));
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openReport, QDialogButtonBox::ActionRole);
    connect(m_run, &QPushButton::clicked, this, &ExperimentDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExperimentDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Trains the networks as seed ensembles and XGBoost on all but the held-out sites, then "
           "scores them and every reference product on the held-out sites (Table 1, figures, "
           "per-site metrics, the seeds' spread). Running it again into the same folder keeps "
           "the finished members.")));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

ExperimentDialog::~ExperimentDialog() = default;

QString ExperimentDialog::reportFolder() const {
    return m_folder->text().trimmed();
}

bool ExperimentDialog::isRunning() const {
    return m_job && m_job->isRunning();
}

void ExperimentDialog::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Report folder"), reportFolder());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

void ExperimentDialog::setRunning(bool running) {
    m_run->setEnabled(!running);
    for (QWidget* w : {static_cast<QWidget*>(m_folder), static_cast<QWidget*>(m_seeds),
                       static_cast<QWidget*>(m_fraction), static_cast<QWidget*>(m_threads)})
        w->setEnabled(!running);
    for (QCheckBox* box : m_models)
        box->setEnabled(!running);
}

bool ExperimentDialog::start() {
    experiment::ExperimentOptions options;
    options.cachePath = m_cachePath.toStdString();
    options.outDir = reportFolder().toStdString();
    options.seeds = m_seeds->value();
    options.holdoutFraction = m_fraction->value();
    options.splitSeed = static_cast<std::uint64_t>(m_splitSeed->value());
    options.trainingSites = m_trainingSites->value();
    options.network.threads = m_threads->value();
    options.xgboost.threads = m_threads->value();
    options.models.clear();
    for (QCheckBox* box : m_models)
        if (box->isChecked())
            options.models.push_back(box->property("code").toString().toStdString());
    try {
        experiment::validateOptions(options);
    } catch (const std::invalid_argument& e) {
        m_problem->setText(QString::fromUtf8(e.what()));
        return false;
    }
    m_problem->clear();
    m_log->clear();
    m_openReport->setEnabled(false);
    delete m_job;
    m_job = new BackgroundJob(tr("The paper's experiment"), this);
    connect(m_job, &BackgroundJob::progressChanged, this,
            [this](double f) { m_progress->setValue(static_cast<int>(f * 100)); });
    connect(m_job, &BackgroundJob::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_job, &BackgroundJob::failed, this, [this](const QString& message) {
        m_problem->setText(tr("The experiment failed: %1").arg(message));
    });
    connect(m_job, &BackgroundJob::cancelled, this, [this] {
        m_problem->setText(tr("Cancelled; running it again into this folder keeps the finished "
                              "members."));
    });
    connect(m_job, &BackgroundJob::succeeded, this, [this] {
        m_openReport->setEnabled(true);
        Q_EMIT experimentFinished(QDir(reportFolder()).filePath(QStringLiteral("report.md")));
    });
    connect(m_job, &BackgroundJob::finished, this, [this] { setRunning(false); });
    m_session->trackWriter(m_job, CacheChange::Models | CacheChange::Predictions |
                                      CacheChange::Evaluations);
    setRunning(true);
    m_job->start([options](JobReporter& reporter) {
        experiment::ExperimentReporter core;
        core.progress = [&reporter](double f) { reporter.progress(f); };
        core.log = [&reporter](const std::string& line) {
            reporter.log(QString::fromStdString(line));
        };
        core.cancel = &reporter.cancelFlag();
        try {
            experiment::runExperiment(options, core);
        } catch (const experiment::ExperimentCancelled&) {
            // The job reports the cancel itself.
        }
        return QString();
    });
    return true;
}

void ExperimentDialog::reject() {
    if (m_job && m_job->isRunning())
        m_job->cancel(); // the job's destructor waits for the work to stop
    QDialog::reject();
}

} // namespace fluxlens
