#pragma once

#include "training_run.h"

#include <QElapsedTimer>
#include <QWidget>
#include <vector>

class QChart;
class QLabel;
class QLineSeries;
class QPlainTextEdit;
class QProgressBar;
class QValueAxis;

namespace fluxlens {

// Live view of a training run: train and validation loss per epoch for every seed, one chart per
// stage, a progress bar per seed, throughput, elapsed time and ETA, and the job's log.
class TrainingProgressView : public QWidget {
    Q_OBJECT
public:
    explicit TrainingProgressView(QWidget* parent = nullptr);

    void reset(const TrainSettings& settings); // clears everything, one row per seed
    void addEpoch(const TrainingEpoch& epoch);
    void appendLog(const QString& line);
    void setFinishedText(const QString& text); // replaces the throughput / ETA line at the end

    QString statusText() const;
    QString logText() const;
    // Points drawn so far for a seed's curve: stage 0 = stage 1, 1 = stage 2.
    int pointCount(int stage, int member, bool validation) const;
    QString lossAxisTitle() const;

private:
    struct StageChart {
        QChart* chart = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y = nullptr;
        std::vector<QLineSeries*> train, validation;
        double yMin = 0, yMax = 0;
        bool empty = true;
    };
    struct SeedRow {
        QLabel* name = nullptr;
        QProgressBar* bar = nullptr;
        QLabel* label = nullptr;
        double bestValidation = 0;
    };
    QWidget* makeChart(StageChart& stage, const QString& title);
    void setUpSeries(StageChart& stage, int members, int epochs);
    void updateStatus(const TrainingEpoch& epoch);

    StageChart m_stages[2];
    QWidget* m_stage2View = nullptr;
    QWidget* m_seedBox = nullptr;
    std::vector<SeedRow> m_seeds;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QElapsedTimer m_clock;
    int m_plannedEpochs = 1;
    int m_epochsDone = 0;
    int m_stage1Epochs = 0, m_stage2Epochs = 0;
};

} // namespace fluxlens
