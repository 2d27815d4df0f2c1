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
class CacheSession;
class JobReporter;
class ModelTableModel;

// Models ▸ Library: the models registered in the cache with their metadata (kind, date, sites,
// data hash, metrics); load a model folder from disk (validated by the engine: a corrupt one is
// reported in the banner, nothing changes), delete, predict every site, evaluate, open in the
// FiLM lab. Predicting and evaluating run in a BackgroundJob.
class ModelLibraryWidget : public QWidget {
    Q_OBJECT
public:
    // Lists the models of the session's cache and follows it: refreshed whenever models,
    // predictions or metrics change there, whoever changed them.
    explicit ModelLibraryWidget(CacheSession* session, QWidget* parent = nullptr);
    ~ModelLibraryWidget() override;

    ModelTableModel* tableModel() const { return m_model; }
    BackgroundJob* job() const { return m_job; }
    QString errorText() const; // the banner's text; empty when no error is shown
    QString selectedModel() const;
    bool isRefreshing() const { return m_refreshing; }
    void selectModel(const QString& name);

public Q_SLOTS:
    void refresh(); // reads the models off the GUI thread; the table follows when done
    // Validates and registers a model folder; false (and the banner says why) when unusable.
    bool loadModelFolder(const QString& folder);
    void predictModel(const QString& name); // background job
    void evaluateModels();                  // background job, every model with predictions
    bool removeModel(const QString& name, bool deleteFiles);

Q_SIGNALS:
    void modelsChanged(); // this widget changed models, predictions or metrics in the cache
    void refreshed();     // the table shows the cache's models as they are now
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

    CacheSession* m_session;
    bool m_refreshing = false;
    int m_refreshSerial = 0;
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
