#include "ml/feature_preset.h"
#include "ml/flux_model.h"
#include "session/cache_session.h"
#include "train_dialog.h"
#include "train_dialog_helpers.h"
#include "training_progress_view.h"
#include "training_run.h"
#include "xgboost_training.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>
#include <limits>

namespace fluxlens {

using namespace train_dialog_detail;

// The dialog's form: every setting of TAM-RL, CT-LSTM, TAMLSTM and XGBoost in its group.
QSpinBox* TrainDialog::addInt(QFormLayout* form, const QString& label, int ml::MlConfig::*member,
                              int minimum, int maximum, const QString& tooltip) {
    auto* box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setValue(ml::MlConfig{}.*member);
    box->setToolTip(tooltip + tr("\nDefault: %1").arg(ml::MlConfig{}.*member));
    form->addRow(label, box);
    form->labelForField(box)->setToolTip(box->toolTip());
    m_intFields.push_back({member, box});
    return box;
}

QDoubleSpinBox* TrainDialog::addDouble(QFormLayout* form, const QString& label,
                                       double ml::MlConfig::*member, double minimum, double maximum,
                                       int decimals, const QString& tooltip) {
    auto* box = new QDoubleSpinBox;
    box->setDecimals(decimals);
    box->setRange(minimum, maximum);
    box->setSingleStep(std::pow(10.0, -decimals + 1));
    box->setValue(ml::MlConfig{}.*member);
    box->setToolTip(tooltip + tr("\nDefault: %1").arg(ml::MlConfig{}.*member));
    form->addRow(label, box);
    form->labelForField(box)->setToolTip(box->toolTip());
    m_doubleFields.push_back({member, box});
    return box;
}

// The form, group by group (the order of creation is the tab order).
QWidget* TrainDialog::makeForm() {
    auto* page = new QWidget;
    auto* column = new QVBoxLayout(page);
    column->addWidget(makeModelGroup());
    column->addWidget(makeNetworkGroup());
    column->addWidget(makeTrainingGroup());
    column->addWidget(makeRunGroup());
    column->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TrainDialog::onKindChanged);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &TrainDialog::onPresetChanged);
    onPresetChanged();
    connect(m_name, &QLineEdit::textEdited, this, &TrainDialog::onNameEdited);
    onKindChanged();
    return page;
}

// Model: kind, name, targets, drivers, and XGBoost's own settings.
QWidget* TrainDialog::makeModelGroup() {
    auto* box = new QGroupBox(tr("Model"));
    auto* form = new QFormLayout(box);
    addKindAndName(form);
    addTargets(form);
    addFeaturePreset(form);
    m_features = new QLineEdit(joinFeatures(ml::defaultFeatures()));
    m_features->setToolTip(tr("Input features (cache column names), comma-separated. DOY_SIN and "
                              "DOY_COS are computed from the date."));
    form->addRow(tr("Features"), m_features);
    addXgboostSettings(form);
    return box;
}

void TrainDialog::addKindAndName(QFormLayout* form) {
    m_kind = new QComboBox;
    for (ml::ModelKind k : kKinds)
        m_kind->addItem(QString::fromLatin1(ml::defaultModelName(k)),
                        QString::fromLatin1(ml::modelKindCode(k)));
    m_kind->setObjectName(QStringLiteral("modelKind"));
    if (xgboostAvailable())
        m_kind->addItem(QStringLiteral("XGBoost"), QString::fromLatin1(kXgboostCode));
    m_kind->setToolTip(tr("TAM-RL: task encoder + FiLM generator + LSTM decoder.\nCT-LSTM: LSTM "
                          "with one-hot IGBP and Köppen statics.\nTAMLSTM: the TAM-RL decoder "
                          "alone (no FiLM).\nXGBoost: gradient-boosted trees on each day's "
                          "drivers, lagged means and IGBP class, in the FLUXCOM-X QuickEval "
                          "configuration."));
    form->addRow(tr("Kind"), m_kind);
    m_name = new QLineEdit;
    m_name->setToolTip(tr("Name in the cache; the model's predictions are stored under it."));
    form->addRow(tr("Name"), m_name);
}

void TrainDialog::addTargets(QFormLayout* form) {
    auto* targets = new QWidget;
    auto* targetRow = new QHBoxLayout(targets);
    targetRow->setContentsMargins(0, 0, 0, 0);
    const QString targetTips[] = {
        tr("Gross primary production (GPP_NT_VUT_USTAR50)."),
        tr("Ecosystem respiration (RECO_NT_VUT_USTAR50, or NEE + GPP where it is missing)."),
        tr("Net ecosystem exchange (NEE_VUT_USTAR50)."),
    };
    const std::vector<std::string> targetNames = ml::allTargets();
    for (std::size_t t = 0; t < targetNames.size(); ++t) {
        auto* box = new QCheckBox(QString::fromStdString(targetNames[t]));
        box->setObjectName(QStringLiteral("target_") + QString::fromStdString(targetNames[t]));
        box->setChecked(true);
        box->setToolTip(
            targetTips[t] +
            tr("\nUnchecked: this flux gets no loss. If the other two are trained it is "
               "predicted as their balance (NEE = RECO − GPP), otherwise it is left missing."));
        connect(box, &QCheckBox::toggled, this, &TrainDialog::onTargetsChanged);
        targetRow->addWidget(box);
        m_targets.push_back(box);
    }
    targetRow->addStretch(1);
    m_targetRow = targets;
    targets->setToolTip(tr("The fluxes the model learns; at least one. L_flux (weight α) ties NEE "
                           "to RECO − GPP only when all three are trained."));
    form->addRow(tr("Targets"), targets);
    form->labelForField(targets)->setToolTip(targets->toolTip());
}

void TrainDialog::addFeaturePreset(QFormLayout* form) {
    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("featurePreset"));
    m_preset->addItem(tr("Tower meteorology (tower)"), QStringLiteral("tower"));
    m_preset->addItem(tr("ERA5-Land and MODIS (remote)"), QStringLiteral("remote"));
    m_preset->addItem(tr("ERA5 at the tower (era5)"), QStringLiteral("era5"));
    m_preset->addItem(tr("Custom list"), QString());
    m_preset->setItemData(0,
                          tr("FLUXNET tower meteorology: TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT "
                             "and the day of year, plus LW_IN_F, PA_F and WS_F when every site "
                             "has them."),
                          Qt::ToolTipRole);
    m_preset->setItemData(1,
                          tr("ERA5-Land t2m, ssrd, vpd, tp and swvl1, MODIS bands b1–b7, NDVI, "
                             "EVI and NIRv, and the day of year (the default)."),
                          Qt::ToolTipRole);
    m_preset->setItemData(
        2,
        tr("ERA5 downscaled to the tower (the FLUXNET product's ERA5_DD "
           "member): TA_ERA, SW_IN_ERA, VPD_ERA, P_ERA and the day of year, "
           "plus SW_IN_POT, LW_IN_ERA, PA_ERA and WS_ERA when every site has them."),
        Qt::ToolTipRole);
    m_preset->setItemData(3, tr("The cache columns typed in the field below."), Qt::ToolTipRole);
    m_preset->setCurrentIndex(1);
    m_preset->setToolTip(tr("The drivers the model learns from. A preset is checked against the "
                            "cache when training starts: sites without any of its drivers are "
                            "left out, a site lacking some of them stops the run with their "
                            "names."));
    form->addRow(tr("Feature preset"), m_preset);
    form->labelForField(m_preset)->setToolTip(m_preset->toolTip());
}

void TrainDialog::addXgboostSettings(QFormLayout* form) {
    m_xgbRounds = new QSpinBox;
    m_xgbRounds->setRange(1, 100000);
    m_xgbRounds->setValue(TrainSettings{}.xgbMaxRounds);
    m_xgbRounds->setToolTip(tr("XGBoost: boosting rounds per target at most; early stopping "
                               "after 10 rounds without a better RMSE on the validation sites "
                               "usually ends sooner.\nDefault: %1")
                                .arg(TrainSettings{}.xgbMaxRounds));
    form->addRow(tr("Boosting rounds"), m_xgbRounds);
    form->labelForField(m_xgbRounds)->setToolTip(m_xgbRounds->toolTip());
    m_xgbConfiguration = new QLabel(tr("FLUXCOM-X QuickEval configuration"));
    m_xgbConfiguration->setToolTip(
        tr("XGBoost settings of FLUXCOM-X's quick-evaluation reference configuration: objective "
           "reg:squarederror, eta 0.05, max_depth 10, subsample 0.5, colsample_bynode 1, "
           "min_child_weight 5, tree_method hist, up to 1000 rounds, early stopping after 10 "
           "rounds on validation sites. Not quoted from the X-BASE paper itself."));
    form->addRow(tr("Settings"), m_xgbConfiguration);
    form->labelForField(m_xgbConfiguration)->setToolTip(m_xgbConfiguration->toolTip());
}

// Network: the sizes of the decoder, the task encoder and the FiLM generator.
QWidget* TrainDialog::makeNetworkGroup() {
    using C = ml::MlConfig;
    auto* netBox = new QGroupBox(tr("Network"));
    m_netBox = netBox;
    auto* net = new QFormLayout(netBox);
    addInt(net, tr("Window (days)"), &C::window_days, 2, 3660,
           tr("Length of one training and inference window."));
    addInt(net, tr("Stride (days)"), &C::stride_days, 1, 3660,
           tr("Step between consecutive windows; at most the window length."));
    addInt(net, tr("Decoder hidden units"), &C::hidden, 1, 4096,
           tr("Hidden units of the LSTM decoder (the size of γ2/β2)."));
    addInt(net, tr("Decoder layers"), &C::layers, 1, 8, tr("Stacked LSTM layers of the decoder."));
    addInt(net, tr("Encoder hidden units"), &C::encoder_hidden, 1, 4096,
           tr("TAM-RL: hidden units of the BiLSTM task encoder."));
    addInt(net, tr("Embedding size"), &C::embedding, 1, 4096,
           tr("TAM-RL: length of a site's task embedding."));
    addInt(net, tr("Generator hidden units"), &C::generator_hidden, 1, 4096,
           tr("TAM-RL: hidden units of the MLP that turns the embedding into γ and β."));
    addDouble(net, tr("Dropout"), &C::dropout, 0.0, 0.95, 2,
              tr("Dropout on the decoder's hidden states before the heads, in training only "
                 "(the authors' code: 0.3)."));
    m_filmAt = new QComboBox;
    m_filmAt->addItem(tr("Input and hidden states"), QStringLiteral("both"));
    m_filmAt->addItem(tr("Input only"), QStringLiteral("input"));
    m_filmAt->addItem(tr("Hidden states only"), QStringLiteral("hidden"));
    m_filmAt->setToolTip(tr("TAM-RL: where FiLM acts. γ1, β1 scale and shift the input features, "
                            "γ2, β2 the decoder's hidden states; the paper uses both."));
    net->addRow(tr("FiLM acts on"), m_filmAt);
    m_encoderUsesFluxes = new QCheckBox(tr("Encoder sees fluxes (few-shot)"));
    m_encoderUsesFluxes->setToolTip(
        tr("Off (default): the task encoder sees drivers only, so it works for any grid cell "
           "(zero-shot).\nOn: drivers plus observed fluxes, as in the original TAM-RL."));
    net->addRow(QString(), m_encoderUsesFluxes);
    m_encoderUsesClasses = new QCheckBox(tr("Encoder sees IGBP and Köppen classes"));
    m_encoderUsesClasses->setToolTip(
        tr("On (default): the task encoder also gets the site's IGBP and Köppen class on every "
           "day, as the authors' CarbonBench code does.\nOff: drivers only, as the paper "
           "describes."));
    net->addRow(QString(), m_encoderUsesClasses);
    return netBox;
}

// Training: epochs, batches, learning rates, the loss and early stopping.
QWidget* TrainDialog::makeTrainingGroup() {
    using C = ml::MlConfig;
    auto* trainBox = new QGroupBox(tr("Training"));
    m_trainBox = trainBox;
    auto* train = new QFormLayout(trainBox);
    addInt(train, tr("Stage 1 epochs"), &C::stage1_epochs, 0, 100000,
           tr("Decoder pre-training (TAM-RL), or all training of a baseline."));
    addInt(train, tr("Stage 2 epochs"), &C::stage2_epochs, 0, 100000,
           tr("TAM-RL: joint training with support and query sets per site."));
    addInt(train, tr("Batch (windows)"), &C::batch_windows, 1, 100000,
           tr("Windows per batch in stage 1 and for the baselines."));
    addInt(train, tr("Sites per batch"), &C::sites_per_batch, 1, 100000,
           tr("Stage 2: sites (tasks) per batch."));
    addInt(train, tr("Support windows"), &C::support_windows, 1, 100000,
           tr("Stage 2: support windows per site (what the encoder sees)."));
    addInt(train, tr("Query windows"), &C::query_windows, 1, 100000,
           tr("Stage 2: query windows per site (where the loss is computed)."));
    addDouble(train, tr("Learning rate"), &C::learning_rate, 1e-6, 1.0, 6,
              tr("Adam learning rate in stage 1 and for the baselines."));
    addDouble(train, tr("Stage 2 learning rate"), &C::stage2_learning_rate, 1e-6, 1.0, 6,
              tr("Adam learning rate in stage 2."));
    m_fluxAlpha =
        addDouble(train, tr("α (flux consistency)"), &C::flux_alpha, 0.0, 100.0, 3,
                  tr("Weight of L_flux = mean((NEE − (RECO − GPP))²) in the loss; used only when "
                     "GPP, RECO and NEE are all trained."));
    addDouble(train, tr("Gradient clip"), &C::grad_clip, 1e-3, 1000.0, 3,
              tr("Maximum gradient norm."));
    addInt(train, tr("Patience (epochs)"), &C::patience, 1, 100000,
           tr("Epochs without a better validation loss before a stage stops early."));
    addDouble(train, tr("Validation share"), &C::validation_fraction, 0.0, 0.95, 2,
              tr("Share of the training sites used for early stopping."));
    addInt(train, tr("Support years"), &C::support_years, 1, 100,
           tr("The first N calendar years of a site give its support windows."));
    addInt(train, tr("Loss on the last days"), &C::loss_last_days, 0, 3660,
           tr("0: the loss covers every day of a window. N (from the stride to the window "
              "length): only each window's last N days, which then alone give the predictions "
              "(the authors' code: 15 of 30)."));
    m_earlyStopping = new QComboBox;
    m_earlyStopping->addItem(tr("Across both stages"), QStringLiteral("across_stages"));
    m_earlyStopping->addItem(tr("Within each stage"), QStringLiteral("per_stage"));
    m_earlyStopping->setToolTip(
        tr("TAM-RL: across both stages (default), the pretrained decoder stays when no joint epoch "
           "validates better; within each stage, the best joint epoch is kept even when it "
           "validates worse than the pretrained decoder."));
    train->addRow(tr("Model selection"), m_earlyStopping);
    return trainBox;
}

// Device, split and seeds: where it runs, which sites it never sees, the ensemble, the folder.
QWidget* TrainDialog::makeRunGroup() {
    auto* box = new QGroupBox(tr("Device, split and seeds"));
    auto* form = new QFormLayout(box);
    addDeviceRows(form);
    addHeldOutRows(form);
    addSeedRows(form);
    addFolderRow(form);
    return box;
}

void TrainDialog::addDeviceRows(QFormLayout* form) {
    m_device = new QComboBox;
    const bool cuda = ml::cudaAvailable();
    m_device->addItem(tr("auto (%1)").arg(cuda ? tr("CUDA") : tr("CPU")), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(cuda ? tr("CUDA") : tr("CUDA (not available)"), QStringLiteral("cuda"));
    if (!cuda) {
        auto* items = qobject_cast<QStandardItemModel*>(m_device->model());
        items->item(2)->setEnabled(false);
        items->item(2)->setToolTip(tr("This build of LibTorch sees no CUDA device."));
    }
    m_device->setToolTip(tr("%1; CUDA is %2.")
                             .arg(QString::fromStdString(ml::torchVersionString()),
                                  cuda ? tr("available") : tr("not available")));
    form->addRow(tr("Device"), m_device);
    m_threads = new QSpinBox;
    m_threads->setRange(1, 256);
    m_threads->setValue(ml::MlConfig{}.threads);
    m_threads->setToolTip(tr("Intra-op CPU threads (1 is fastest for these small LSTMs)."));
    form->addRow(tr("CPU threads"), m_threads);
}

void TrainDialog::addHeldOutRows(QFormLayout* form) {
    m_heldOutFraction = new QDoubleSpinBox;
    m_heldOutFraction->setRange(0.0, 0.95);
    m_heldOutFraction->setDecimals(2);
    m_heldOutFraction->setSingleStep(0.05);
    m_heldOutFraction->setValue(TrainSettings{}.heldOutFraction);
    m_heldOutFraction->setToolTip(tr("Share of sites held out for zero-shot evaluation, "
                                     "stratified by Köppen class; never seen in training."));
    form->addRow(tr("Held-out share"), m_heldOutFraction);
    m_heldOutList = new QLineEdit;
    m_heldOutList->setPlaceholderText(tr("optional: a file with one site id per line"));
    m_heldOutList->setToolTip(tr("When set, these sites are held out instead of a share."));
    form->addRow(tr("Held-out list"), withBrowse(m_heldOutList, [this] {
                     const QString f = QFileDialog::getOpenFileName(this, tr("Held-out sites"));
                     if (!f.isEmpty())
                         m_heldOutList->setText(f);
                 }));
    connect(m_heldOutList, &QLineEdit::textChanged, this,
            [this](const QString& t) { m_heldOutFraction->setEnabled(t.isEmpty()); });
}

void TrainDialog::addSeedRows(QFormLayout* form) {
    m_seeds = new QSpinBox;
    m_seeds->setRange(1, 100);
    m_seeds->setValue(ml::MlConfig{}.seeds);
    m_seeds->setToolTip(tr("Ensemble members (the paper uses 10): predictions give mean and "
                           "spread."));
    form->addRow(tr("Seeds"), m_seeds);
    m_seed = new QSpinBox;
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(ml::MlConfig{}.seed));
    m_seed->setToolTip(tr("Seed of member 0; member k uses seed + k. Also seeds the held-out "
                          "split."));
    form->addRow(tr("First seed"), m_seed);
}

void TrainDialog::addFolderRow(QFormLayout* form) {
    m_folder = new QLineEdit;
    m_folder->setToolTip(tr("The model folder (weights and model.json)."));
    form->addRow(tr("Save to"), withBrowse(m_folder, [this] {
                     const QString d = QFileDialog::getExistingDirectory(this, tr("Model folder"));
                     if (!d.isEmpty()) {
                         m_folder->setText(d);
                         m_folderEdited = true;
                     }
                 }));
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; });
}

} // namespace fluxlens
