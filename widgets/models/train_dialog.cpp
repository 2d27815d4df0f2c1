#include "train_dialog.h"

#include "ml/feature_preset.h"
#include "ml/flux_model.h"
#include "session/cache_session.h"
#include "train_dialog_helpers.h"
#include "training_progress_view.h"
#include "training_run.h"
#include "xgboost_training.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace fluxlens {

using namespace train_dialog_detail;

TrainDialog::TrainDialog(CacheSession* session, const QStringList& existingModelNames,
                         QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_existingNames(existingModelNames)
    , m_run(new TrainingRun(this)) {
    setWindowTitle(tr("Train a model"));
    m_form = makeForm();
    auto* scroll = new QScrollArea;
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setMinimumWidth(m_form->sizeHint().width() + 24);
    m_progress = new TrainingProgressView;
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(m_progress);
    splitter->setStretchFactor(1, 1);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_trainButton = m_buttons->addButton(tr("Train"), QDialogButtonBox::ActionRole);
    m_cancelButton = m_buttons->addButton(tr("Cancel training"), QDialogButtonBox::ActionRole);
    m_cancelButton->setToolTip(tr("Stops after the current batch and keeps the best checkpoint "
                                  "so far (saved and registered)."));
    m_cancelButton->setEnabled(false);
    connect(m_trainButton, &QPushButton::clicked, this, &TrainDialog::startTraining);
    connect(m_cancelButton, &QPushButton::clicked, m_run->job(), &BackgroundJob::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TrainDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    BackgroundJob* job = m_run->job();
    connect(m_run, &TrainingRun::epochFinished, m_progress, &TrainingProgressView::addEpoch);
    connect(job, &BackgroundJob::logLine, m_progress, &TrainingProgressView::appendLog);
    connect(job, &BackgroundJob::warningRaised, m_progress,
            [this](const QString& w) { m_progress->appendLog(tr("Warning: %1").arg(w)); });
    connect(job, &BackgroundJob::succeeded, this, [this] {
        m_progress->setFinishedText(tr("Done: model saved, registered and predicted"));
    });
    connect(job, &BackgroundJob::failed, this, [this](const QString& message) {
        m_problem->setText(tr("Training failed: %1").arg(message));
        m_problem->show();
        m_progress->appendLog(tr("Failed: %1").arg(message));
        m_progress->setFinishedText(tr("Failed"));
    });
    connect(job, &BackgroundJob::finished, this, &TrainDialog::onFinished);
    resize(1200, 720);
}

TrainDialog::~TrainDialog() = default;

bool TrainDialog::xgboostChosen() const {
    return m_kind->currentData().toString() == QLatin1String(kXgboostCode);
}

void TrainDialog::onPresetChanged() {
    const QString preset = m_preset->currentData().toString();
    m_features->setReadOnly(!preset.isEmpty());
    if (preset.isEmpty())
        return; // the list typed (or kept) in the field
    const ml::FeaturePresetDefinition d = ml::featurePresetDefinition(preset.toStdString());
    QString text = joinFeatures(d.required);
    if (!d.optional.empty())
        text += tr(" (+ %1 where every site has them)").arg(joinFeatures(d.optional));
    m_features->setText(text);
}

void TrainDialog::onKindChanged() {
    const bool xgboost = xgboostChosen();
    m_netBox->setEnabled(!xgboost);
    m_trainBox->setEnabled(!xgboost);
    m_targetRow->setEnabled(!xgboost);
    m_seeds->setEnabled(!xgboost);
    m_device->setEnabled(!xgboost);
    m_xgbRounds->setEnabled(xgboost);
    m_xgbConfiguration->setEnabled(xgboost);
    const auto kind = ml::parseModelKind(m_kind->currentData().toString().toStdString());
    const bool tamrl = kind == ml::ModelKind::TamRl;
    for (const IntField& f : m_intFields)
        if (f.member == &ml::MlConfig::stage2_epochs || f.member == &ml::MlConfig::encoder_hidden ||
            f.member == &ml::MlConfig::embedding || f.member == &ml::MlConfig::generator_hidden ||
            f.member == &ml::MlConfig::sites_per_batch ||
            f.member == &ml::MlConfig::support_windows || f.member == &ml::MlConfig::query_windows)
            f.box->setEnabled(tamrl);
    m_encoderUsesFluxes->setEnabled(tamrl);
    if (!tamrl) {
        m_encoderUsesFluxes->setChecked(false);
        m_encoderUsesClasses->setChecked(false);
    } else if (!m_tamrlChosen) { // (back) to TAM-RL: its encoder inputs start from the defaults
        m_encoderUsesFluxes->setChecked(ml::MlConfig{}.encoder_uses_fluxes);
        m_encoderUsesClasses->setChecked(ml::MlConfig{}.encoder_uses_classes);
    }
    m_tamrlChosen = tamrl;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_encoderUsesClasses, m_filmAt, m_earlyStopping})
        w->setEnabled(tamrl);
    // A name the user did not type follows the kind.
    if (!m_name->isModified())
        m_name->setText(unusedName(m_kind->currentText(), m_existingNames));
    onNameEdited();
}

void TrainDialog::onTargetsChanged() {
    int checked = 0;
    for (const QCheckBox* box : m_targets)
        checked += box->isChecked() ? 1 : 0;
    m_fluxAlpha->setEnabled(checked == int(m_targets.size()));
    m_trainButton->setEnabled(checked > 0 && !m_run->isRunning());
    const QString none = tr("Choose at least one target (GPP, RECO or NEE) to train.");
    if (checked == 0) {
        m_problem->setText(none);
        m_problem->show();
    } else if (m_problem->text() == none) {
        m_problem->clear();
        m_problem->hide();
    }
}

void TrainDialog::onNameEdited() {
    if (!m_folderEdited)
        m_folder->setText(defaultModelFolder(m_name->text().trimmed()));
}

TrainSettings TrainDialog::settings() const {
    TrainSettings s;
    s.kind = ml::parseModelKind(m_kind->currentData().toString().toStdString())
                 .value_or(ml::ModelKind::TamRl);
    s.name = m_name->text();
    s.config = m_hiddenConfig;
    s.xgboost = xgboostChosen();
    s.xgbMaxRounds = m_xgbRounds->value();
    s.featurePreset = m_preset->currentData().toString();
    // A preset's list is resolved against the cache at the start; until then its required part.
    s.config.features = s.featurePreset.isEmpty()
                            ? splitFeatures(m_features->text())
                            : ml::featurePresetDefinition(s.featurePreset.toStdString()).required;
    for (const IntField& f : m_intFields)
        s.config.*f.member = f.box->value();
    for (const DoubleField& f : m_doubleFields)
        s.config.*f.member = f.box->value();
    s.config.encoder_uses_fluxes = m_encoderUsesFluxes->isChecked();
    s.config.encoder_uses_classes = m_encoderUsesClasses->isChecked();
    s.config.film_at = m_filmAt->currentData().toString().toStdString();
    s.config.early_stopping = m_earlyStopping->currentData().toString().toStdString();
    s.config.targets.clear();
    for (const QCheckBox* box : m_targets)
        if (box->isChecked())
            s.config.targets.push_back(box->text().toStdString());
    s.config.device = m_device->currentData().toString().toStdString();
    s.config.threads = m_threads->value();
    s.config.seeds = m_seeds->value();
    s.config.seed = std::uint64_t(m_seed->value());
    s.heldOutFraction = m_heldOutFraction->value();
    s.heldOutListFile = m_heldOutList->text().trimmed();
    s.outputFolder = m_folder->text().trimmed();
    return s;
}

void TrainDialog::setSettings(const TrainSettings& s) {
    m_hiddenConfig = s.config;
    const int kindIndex =
        m_kind->findData(s.xgboost ? QString::fromLatin1(kXgboostCode)
                                   : QString::fromLatin1(ml::modelKindCode(s.kind)));
    m_kind->setCurrentIndex(kindIndex);
    m_name->setText(s.name);
    m_name->setModified(true);
    m_xgbRounds->setValue(s.xgbMaxRounds);
    const int presetIndex = m_preset->findData(s.featurePreset);
    m_preset->setCurrentIndex(presetIndex >= 0 ? presetIndex : m_preset->count() - 1);
    if (s.featurePreset.isEmpty())
        m_features->setText(joinFeatures(s.config.features));
    for (const IntField& f : m_intFields)
        f.box->setValue(s.config.*f.member);
    for (const DoubleField& f : m_doubleFields)
        f.box->setValue(s.config.*f.member);
    m_encoderUsesFluxes->setChecked(s.config.encoder_uses_fluxes);
    m_encoderUsesClasses->setChecked(s.config.encoder_uses_classes);
    m_filmAt->setCurrentIndex(
        std::max(0, m_filmAt->findData(QString::fromStdString(s.config.film_at))));
    m_earlyStopping->setCurrentIndex(
        std::max(0, m_earlyStopping->findData(QString::fromStdString(s.config.early_stopping))));
    for (QCheckBox* box : m_targets)
        box->setChecked(std::find(s.config.targets.begin(), s.config.targets.end(),
                                  box->text().toStdString()) != s.config.targets.end());
    m_device->setCurrentIndex(
        std::max(0, m_device->findData(QString::fromStdString(s.config.device))));
    m_threads->setValue(s.config.threads);
    m_seeds->setValue(s.config.seeds);
    m_seed->setValue(int(s.config.seed));
    m_heldOutFraction->setValue(s.heldOutFraction);
    m_heldOutList->setText(s.heldOutListFile);
    m_folder->setText(s.outputFolder);
    m_folderEdited = true;
}

bool TrainDialog::startTraining() {
    if (m_run->isRunning())
        return false;
    const TrainSettings s = settings();
    const QString problem = trainSettingsProblem(s, m_existingNames, ml::cudaAvailable());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    m_startedName = s.name;
    m_startedFolder = s.outputFolder;
    m_startedAt = QDateTime::currentDateTime().addSecs(-1); // file times have 1 s resolution here
    m_progress->reset(s);
    setRunning(true);
    m_session->trackWriter(m_run->job(), CacheChange::Models | CacheChange::Predictions, {s.name});
    m_run->start(m_session->connector(), s);
    return true;
}

bool TrainDialog::isTraining() const {
    return m_run->isRunning();
}

QString TrainDialog::problemText() const {
    return m_problem->text();
}

void TrainDialog::setRunning(bool running) {
    m_form->setEnabled(!running);
    m_trainButton->setEnabled(!running && !settings().config.targets.empty());
    m_cancelButton->setEnabled(running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
}

void TrainDialog::onFinished() {
    setRunning(false);
    const QFileInfo metadata(QDir(m_startedFolder).filePath(QStringLiteral("model.json")));
    const bool saved = metadata.exists() && metadata.lastModified() >= m_startedAt;
    if (m_run->job()->wasCancelled())
        m_progress->setFinishedText(saved ? tr("Cancelled: best checkpoint saved and registered")
                                          : tr("Cancelled before a checkpoint existed"));
    if (saved) {
        m_existingNames << m_startedName;
        Q_EMIT modelTrained(m_startedName, m_startedFolder);
    }
}

void TrainDialog::closeEvent(QCloseEvent* event) {
    if (m_run->isRunning()) {
        event->ignore();
        m_problem->setText(
            tr("Training is running: cancel it first (the best checkpoint is kept)."));
        m_problem->show();
        return;
    }
    QDialog::closeEvent(event);
}

void TrainDialog::reject() {
    if (m_run->isRunning()) {
        m_problem->setText(
            tr("Training is running: cancel it first (the best checkpoint is kept)."));
        m_problem->show();
        return;
    }
    QDialog::reject();
}

} // namespace fluxlens
