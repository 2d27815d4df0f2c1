#pragma once

#include "session/cache_connector.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace fluxlens {

class BackgroundJob;

// File ▸ Import… and drops: imports files and folders into the cache off the GUI thread, with a
// progress bar, a per-file log and Cancel (which rolls back only the file in progress).
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    struct Counts {
        int imported = 0;
        int unchanged = 0;
        int failed = 0;
        int skipped =
            0; // known companion files that are no data (e.g. the demo's hidden parameters)
    };

    ImportDialog(CacheConnector cache, QStringList paths, QString productName,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // A Köppen map to use instead of the shipped one (AppSettings::koppenMapPath); before start().
    void setKoppenMapPath(const QString& path) { m_koppenMapPath = path; }
    void start();
    bool isRunning() const;
    BackgroundJob* job() const { return m_job; }
    Counts counts() const { return m_counts; }
    QString logText() const;

    // Gridded files need a product name; true when any of `paths` (not walking folders) is one.
    static bool looksGridded(const QString& path);

Q_SIGNALS:
    void importFinished(); // the cache changed (or may have): views should reload

protected:
    void reject() override; // Escape / close: cancels a running import first

private:
    void onFinished();
    void appendLog(const QString& line);

    CacheConnector m_cache;
    QStringList m_paths;
    QString m_productName;
    QString m_koppenMapPath;
    BackgroundJob* m_job;
    QLabel* m_summary;
    QProgressBar* m_progress;
    QPlainTextEdit* m_log;
    QPushButton* m_cancelButton;
    Counts m_counts;
};

} // namespace fluxlens
