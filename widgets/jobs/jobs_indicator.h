#pragma once

#include <QString>
#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace fluxlens {

class BackgroundJob;

// The status bar's progress area (as in Qt Creator): one entry per running job (import, demo
// world, training, evaluation, export, compaction) with what it is doing, its progress and a
// cancel button. When a job ends its entry gives way to a short notice, and jobEnded() says how
// it ended so the window can tell the user.
class JobsIndicator : public QWidget {
    Q_OBJECT
public:
    explicit JobsIndicator(QWidget* parent = nullptr);

    // Shows `job` from now until it finishes; a job tracked again (restarted) gets a new entry.
    void track(BackgroundJob* job);
    int runningCount() const;
    // What the entries say, in order, for tests and accessibility: "Demo models: Training…".
    QStringList entryTexts() const;
    QString lastNotice() const;

Q_SIGNALS:
    // `message` is "Import: finished", "Demo models: failed: <why>", … in the user's language.
    void jobEnded(const QString& title, const QString& message, bool succeeded);

private:
    void showNotice(const QString& text);

    QHBoxLayout* m_entries;
    QLabel* m_notice;
};

} // namespace fluxlens
