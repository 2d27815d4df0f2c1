#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace fluxlens {

class BackgroundJob;
class CacheSession;

// Models ▸ Run the paper's experiment…: the settings of `fluxlens-cli experiment` (report folder,
// seeds, held-out share, models, threads) and, once started, its progress and log. The run is a
// BackgroundJob calling the same core/experiment code as the CLI; Cancel stops it and a second
// run into the same folder keeps the finished members. The session is told what the run changed
// (models, predictions, metrics) and lists it among its jobs.
class ExperimentDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExperimentDialog(CacheSession* session, QWidget* parent = nullptr);
    ~ExperimentDialog() override;

    // Checks the form; starts the run and returns true, or shows why not and returns false.
    bool start();
    bool isRunning() const;
    QString reportFolder() const;
    QProgressBar* progressBar() const { return m_progress; }
    QPlainTextEdit* logView() const { return m_log; }

Q_SIGNALS:
    // The report is written and the models, predictions and metrics are in the cache.
    void experimentFinished(const QString& reportFile);

protected:
    void reject() override;

private:
    void chooseFolder();
    void setRunning(bool running);

    CacheSession* m_session;
    QString m_cachePath;
    QLineEdit* m_folder;
    QSpinBox* m_seeds;
    QDoubleSpinBox* m_fraction;
    QSpinBox* m_splitSeed;
    QSpinBox* m_trainingSites; // 0: every site not held out
    QSpinBox* m_threads;
    QList<QCheckBox*> m_models;
    QProgressBar* m_progress;
    QPlainTextEdit* m_log;
    QLabel* m_problem;
    QPushButton* m_run;
    QPushButton* m_openReport;
    BackgroundJob* m_job = nullptr;
};

} // namespace fluxlens
