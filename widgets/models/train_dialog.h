#pragma once

#include "train_settings.h"

#include <QDateTime>
#include <QDialog>
#include <QStringList>
#include <vector>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace fluxlens {

class CacheSession;
class TrainingProgressView;
class TrainingRun;

// Models ▸ Train: model kind (TAM-RL, CT-LSTM, TAMLSTM, or XGBoost in the FLUXCOM-X QuickEval
// configuration), feature preset (tower, remote, era5 or a list), targets, hyperparameters
// (defaults and tooltips from MlConfig), device, held-out split and seeds on the left; live loss
// curves, throughput, ETA and the log on the right. Training runs in a BackgroundJob; Cancel keeps
// the best checkpoint so far. On success the model folder is saved, the model registered in the
// cache and its predictions stored.
class TrainDialog : public QDialog {
    Q_OBJECT
public:
    // existingModelNames: the cache's model names (a new model may not reuse one).
    TrainDialog(CacheSession* session, const QStringList& existingModelNames,
                QWidget* parent = nullptr);
    ~TrainDialog() override;

    TrainSettings settings() const; // what the form says now
    void setSettings(const TrainSettings& settings);
    // Checks the form; when it is valid starts training and returns true, otherwise shows why
    // (problemText()) and returns false.
    bool startTraining();
    bool isTraining() const;
    QString problemText() const;
    TrainingRun* run() const { return m_run; }
    TrainingProgressView* progressView() const { return m_progress; }
    // The "Train" button: disabled while training and while no target is chosen.
    QPushButton* trainButton() const { return m_trainButton; }

Q_SIGNALS:
    // The model is saved and registered (also after a cancel, which keeps the best checkpoint):
    // views listing models or predictions should refresh.
    void modelTrained(const QString& modelName, const QString& folder);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    struct IntField {
        int ml::MlConfig::*member;
        QSpinBox* box;
    };
    struct DoubleField {
        double ml::MlConfig::*member;
        QDoubleSpinBox* box;
    };
    // The form (train_dialog_form.cpp), built group by group.
    QWidget* makeForm();
    QWidget* makeModelGroup();
    void addKindAndName(QFormLayout* form);
    void addTargets(QFormLayout* form);
    void addFeaturePreset(QFormLayout* form);
    void addXgboostSettings(QFormLayout* form);
    QWidget* makeNetworkGroup();
    QWidget* makeTrainingGroup();
    QWidget* makeRunGroup();
    void addDeviceRows(QFormLayout* form);
    void addHeldOutRows(QFormLayout* form);
    void addSeedRows(QFormLayout* form);
    void addFolderRow(QFormLayout* form);
    QSpinBox* addInt(QFormLayout* form, const QString& label, int ml::MlConfig::*member,
                     int minimum, int maximum, const QString& tooltip);
    QDoubleSpinBox* addDouble(QFormLayout* form, const QString& label, double ml::MlConfig::*member,
                              double minimum, double maximum, int decimals, const QString& tooltip);
    void onKindChanged();
    void onPresetChanged();
    bool xgboostChosen() const;
    void onTargetsChanged();
    void onNameEdited();
    void setRunning(bool running);
    void onFinished();

    CacheSession* m_session;
    QStringList m_existingNames;
    bool m_folderEdited = false;
    QString m_startedName, m_startedFolder;
    QDateTime m_startedAt;

    QComboBox* m_kind;
    QLineEdit* m_name;
    QComboBox* m_preset; // data: "tower", "remote", "era5", or "" for the list in m_features
    QLineEdit* m_features;
    QSpinBox* m_xgbRounds;
    QLabel* m_xgbConfiguration;
    QWidget* m_netBox;
    QWidget* m_trainBox;
    QWidget* m_targetRow;
    QCheckBox* m_encoderUsesFluxes;
    QCheckBox* m_encoderUsesClasses = nullptr;
    bool m_tamrlChosen = false;           // the kind onKindChanged() last saw
    QComboBox* m_filmAt = nullptr;        // data: "both", "input", "hidden"
    QComboBox* m_earlyStopping = nullptr; // data: "across_stages", "per_stage"
    std::vector<QCheckBox*> m_targets;    // GPP, RECO, NEE (head order); object names target_<name>
    QDoubleSpinBox* m_fluxAlpha = nullptr;
    std::vector<IntField> m_intFields;
    std::vector<DoubleField> m_doubleFields;
    QComboBox* m_device;
    QSpinBox* m_threads;
    QSpinBox* m_seeds;
    QSpinBox* m_seed;
    QDoubleSpinBox* m_heldOutFraction;
    QLineEdit* m_heldOutList;
    QLineEdit* m_folder;
    QWidget* m_form;
    QLabel* m_problem;
    QPushButton* m_trainButton;
    QPushButton* m_cancelButton;
    QDialogButtonBox* m_buttons;
    TrainingProgressView* m_progress;
    TrainingRun* m_run;
    ml::MlConfig m_hiddenConfig; // keys the form does not show keep their values
};

} // namespace fluxlens
