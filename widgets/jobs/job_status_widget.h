#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace fluxlens {

class BackgroundJob;

// Status-bar companion of a BackgroundJob: title, progress bar and a cancel button, visible
// only while the job runs.
class JobStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit JobStatusWidget(QWidget* parent = nullptr);

    void track(BackgroundJob* job); // follows this job until it finishes

private:
    QLabel* m_label;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
};

} // namespace fluxlens
