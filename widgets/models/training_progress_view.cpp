#include "training_progress_view.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace fluxlens {

namespace {
QColor seedColor(int member) {
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                     QColor(0xff, 0x7f, 0x0e), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return palette[member % 10];
}

QString duration(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("–");
    const qint64 s = qint64(std::llround(seconds));
    return s >= 3600 ? QStringLiteral("%1:%2:%3")
                           .arg(s / 3600)
                           .arg((s / 60) % 60, 2, 10, QChar(u'0'))
                           .arg(s % 60, 2, 10, QChar(u'0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
}
} // namespace

TrainingProgressView::TrainingProgressView(QWidget* parent)
    : QWidget(parent) {
    auto* charts = new QHBoxLayout;
    charts->addWidget(makeChart(m_stages[0], tr("Stage 1: decoder pre-training")));
    m_stage2View = makeChart(m_stages[1], tr("Stage 2: joint training (TAM-RL)"));
    charts->addWidget(m_stage2View);

    auto* caption = new QLabel(tr("Solid: training loss · dashed: validation loss · one colour "
                                  "per seed (see below)"),
                               this);
    caption->setAlignment(Qt::AlignCenter);
    m_seedBox = new QWidget(this);
    new QGridLayout(m_seedBox);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setPlaceholderText(tr("The training log appears here."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(charts, 3);
    layout->addWidget(caption);
    layout->addWidget(m_seedBox);
    layout->addWidget(m_status);
    layout->addWidget(m_log, 1);
}

QWidget* TrainingProgressView::makeChart(StageChart& stage, const QString& title) {
    stage.chart = new QChart;
    stage.chart->setTitle(title);
    stage.chart->legend()->setAlignment(Qt::AlignBottom);
    stage.chart->setMargins(QMargins(4, 4, 4, 4));
    stage.x = new QValueAxis;
    stage.x->setTitleText(tr("epoch"));
    stage.x->setLabelFormat(QStringLiteral("%d"));
    stage.y = new QValueAxis;
    stage.y->setTitleText(tr("loss (weighted MSE + α·L_flux)"));
    stage.chart->addAxis(stage.x, Qt::AlignBottom);
    stage.chart->addAxis(stage.y, Qt::AlignLeft);
    auto* view = new QChartView(stage.chart, this); // the view owns the chart
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 220);
    return view;
}

void TrainingProgressView::setUpSeries(StageChart& stage, int members, int epochs) {
    stage.chart->removeAllSeries();
    stage.train.clear();
    stage.validation.clear();
    stage.empty = true;
    stage.x->setRange(1, std::max(2, epochs));
    stage.x->setTickCount(std::min(std::max(2, epochs), 11));
    stage.y->setRange(0, 1);
    for (int m = 0; m < members; ++m) {
        for (bool validation : {false, true}) {
            auto* series = new QLineSeries;
            series->setName(validation ? tr("seed %1 validation").arg(m + 1)
                                       : tr("seed %1 train").arg(m + 1));
            QPen pen(seedColor(m), 2.0);
            if (validation)
                pen.setStyle(Qt::DashLine);
            series->setPen(pen);
            series->setPointsVisible(true);
            stage.chart->addSeries(series);
            series->attachAxis(stage.x);
            series->attachAxis(stage.y);
            (validation ? stage.validation : stage.train).push_back(series);
        }
    }
    // One legend entry per curve would crowd the chart: the caption explains colours and styles.
    stage.chart->legend()->setVisible(false);
}

void TrainingProgressView::reset(const TrainSettings& settings) {
    const int members = std::max(1, settings.config.seeds);
    const bool twoStages = settings.kind == ml::ModelKind::TamRl && !settings.xgboost;
    m_stage1Epochs = settings.config.stage1_epochs;
    m_stage2Epochs = twoStages ? settings.config.stage2_epochs : 0;
    m_stages[0].chart->setTitle(settings.xgboost ? tr("XGBoost has no epochs: the log below "
                                                      "shows each target's boosting rounds")
                                : twoStages      ? tr("Stage 1: decoder pre-training")
                                                 : tr("Training (single stage)"));
    m_seedBox->setVisible(!settings.xgboost);
    // L_flux is only in the loss when all three fluxes are trained (ml::fluxLossWeight).
    const QString lossTitle = ml::fluxLossWeight(settings.config) > 0
                                  ? tr("loss (weighted MSE + α·L_flux)")
                                  : tr("loss (weighted MSE)");
    for (StageChart& stage : m_stages)
        stage.y->setTitleText(lossTitle);
    setUpSeries(m_stages[0], members, m_stage1Epochs);
    setUpSeries(m_stages[1], twoStages ? members : 0, m_stage2Epochs);
    m_stage2View->setVisible(twoStages);

    auto* grid = static_cast<QGridLayout*>(m_seedBox->layout());
    for (SeedRow& row : m_seeds) {
        delete row.name;
        delete row.bar;
        delete row.label;
    }
    m_seeds.clear();
    const int perMember = m_stage1Epochs + m_stage2Epochs;
    for (int m = 0; m < members; ++m) {
        SeedRow row;
        row.name = new QLabel(tr("Seed %1").arg(m + 1), m_seedBox);
        row.name->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold").arg(seedColor(m).name()));
        row.bar = new QProgressBar(m_seedBox);
        row.bar->setRange(0, std::max(1, perMember));
        row.bar->setValue(0);
        row.label = new QLabel(tr("waiting"), m_seedBox);
        row.bestValidation = std::numeric_limits<double>::quiet_NaN();
        grid->addWidget(row.name, m, 0);
        grid->addWidget(row.bar, m, 1);
        grid->addWidget(row.label, m, 2);
        m_seeds.push_back(row);
    }
    m_plannedEpochs = plannedEpochs(settings);
    m_epochsDone = 0;
    m_log->clear();
    m_status->setText(tr("Starting…"));
    m_clock.start();
}

void TrainingProgressView::addEpoch(const TrainingEpoch& e) {
    const int stageIndex = e.stage == QLatin1String("joint") ? 1 : 0;
    StageChart& stage = m_stages[stageIndex];
    if (e.member < 0 || e.member >= int(stage.train.size()))
        return;
    auto extend = [&](double v) {
        if (!std::isfinite(v))
            return;
        if (stage.empty) {
            stage.yMin = stage.yMax = v;
            stage.empty = false;
        }
        stage.yMin = std::min(stage.yMin, v);
        stage.yMax = std::max(stage.yMax, v);
    };
    if (std::isfinite(e.trainLoss))
        stage.train[e.member]->append(e.epoch, e.trainLoss);
    if (std::isfinite(e.validationLoss))
        stage.validation[e.member]->append(e.epoch, e.validationLoss);
    extend(e.trainLoss);
    extend(e.validationLoss);
    if (!stage.empty) {
        const double pad = std::max(1e-6, 0.05 * (stage.yMax - stage.yMin));
        stage.y->setRange(std::max(0.0, stage.yMin - pad), stage.yMax + pad);
    }
    if (e.epoch > stage.x->max())
        stage.x->setRange(1, e.epoch);

    SeedRow& row = m_seeds[std::size_t(e.member)];
    if (e.improved || (std::isfinite(e.validationLoss) && !std::isfinite(row.bestValidation)))
        row.bestValidation = e.validationLoss;
    row.bar->setValue((stageIndex == 1 ? m_stage1Epochs : 0) + e.epoch);
    row.label->setText(tr("%1 epoch %2/%3, best validation %4")
                           .arg(stageIndex == 1 ? tr("joint") : tr("pre-training"))
                           .arg(e.epoch)
                           .arg(e.epochCount)
                           .arg(std::isfinite(row.bestValidation)
                                    ? QString::number(row.bestValidation, 'g', 4)
                                    : QStringLiteral("–")));
    ++m_epochsDone;
    updateStatus(e);
}

void TrainingProgressView::updateStatus(const TrainingEpoch& e) {
    const double elapsed = double(m_clock.elapsed()) / 1000.0;
    const double perEpoch = elapsed / std::max(1, m_epochsDone);
    const double eta = perEpoch * std::max(0, m_plannedEpochs - m_epochsDone);
    m_status->setText(tr("%1 windows/s · elapsed %2 · ETA %3 (at most; early stopping may end "
                         "a stage sooner)")
                          .arg(e.windowsPerSecond, 0, 'f', 0)
                          .arg(duration(elapsed), duration(eta)));
}

void TrainingProgressView::appendLog(const QString& line) {
    m_log->appendPlainText(line);
}

void TrainingProgressView::setFinishedText(const QString& text) {
    m_status->setText(text + QStringLiteral(" · ") +
                      tr("elapsed %1").arg(duration(double(m_clock.elapsed()) / 1000.0)));
}

QString TrainingProgressView::statusText() const {
    return m_status->text();
}

QString TrainingProgressView::logText() const {
    return m_log->toPlainText();
}

int TrainingProgressView::pointCount(int stage, int member, bool validation) const {
    const auto& list = validation ? m_stages[stage].validation : m_stages[stage].train;
    return member < int(list.size()) ? int(list[std::size_t(member)]->count()) : 0;
}

QString TrainingProgressView::lossAxisTitle() const {
    return m_stages[0].y->titleText();
}

} // namespace fluxlens
