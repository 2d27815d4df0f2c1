#pragma once

#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace fluxlens {

class BackgroundJob;
class JobReporter;
class ModelTableModel;

// Models ▸ Library: the models registered in the cache with their metadata (kind, date, sites,
// data hash, metrics); load a model folder from disk (validated by the engine: a corrupt one is
// reported in the banner, nothing changes), delete, predict every site, evaluate, open in the
// FiLM lab. Predicting and evaluating run in a BackgroundJob.
class ModelLibraryWidget : public QWidget {
    Q_OBJECT
public:
    explicit ModelLibraryWidget(const QString& cachePath, QWidget* parent = nullptr);
    ~ModelLibraryWidget() override;

    ModelTableModel* tableModel() const { return m_model; }
    BackgroundJob* job() const { return m_job; }
    QString errorText() const; // the banner's text; empty when no error is shown
    QString selectedModel() const;
    void selectModel(const QString& name);

public Q_SLOTS:
    void setCachePath(const QString& path);
    void refresh();
    // Validates and registers a model folder; false (and the banner says why) when unusable.
    bool loadModelFolder(const QString& folder);
    void predictModel(const QString& name); // background job
    void evaluateModels();                  // background job, every model with predictions
    bool removeModel(const QString& name, bool deleteFiles);

Q_SIGNALS:
    void modelsChanged(); // models, predictions or metrics in the cache changed
    void filmLabRequested(const QString& modelName);
    void trainRequested();

private:
    void showError(const QString& message);
    void showInfo(const QString& message);
    void updateButtons();
    void updateDetails();
    void chooseFolder();
    void confirmDelete();
    void startJob(const QString& title, const std::function<QString(JobReporter&)>& work);

    QString m_cachePath;
    ModelTableModel* m_model;
    QTableView* m_table;
    QLabel* m_banner;
    QPlainTextEdit* m_details;
    QProgressBar* m_progress;
    QPushButton* m_load;
    QPushButton* m_predict;
    QPushButton* m_evaluate;
    QPushButton* m_delete;
    QPushButton* m_film;
    QPushButton* m_cancel;
    BackgroundJob* m_job;
};

} // namespace fluxlens
