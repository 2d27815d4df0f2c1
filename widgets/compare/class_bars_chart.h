#pragma once

#include "metric_aggregation.h"

#include <QChart>
#include <vector>

class QBarCategoryAxis;
class QBarSeries;
class QGraphicsPathItem;
class QValueAxis;

namespace fluxlens {

// The paper's Fig. 3 as a QChart: mean RMSE per class (IGBP or Köppen) for each model, with error
// bars of ±1 standard deviation across sites where a class has more than one site. Independent of
// any view, so the figure export can render it.
class ClassBarsChart : public QChart {
    Q_OBJECT
public:
    explicit ClassBarsChart(QGraphicsItem* parent = nullptr);

    void setStats(std::vector<ClassStat> stats, const QStringList& models, SiteGrouping grouping,
                  FluxTarget target, QcChoice qc);
    const std::vector<ClassStat>& stats() const { return m_stats; }
    QStringList categories() const { return m_categories; }
    int errorBarCount() const { return m_errorBarCount; } // drawn error bars

private:
    void updateErrorBars();

    std::vector<ClassStat> m_stats;
    QStringList m_models;
    QStringList m_categories;
    std::vector<int> m_classCodes;
    QBarSeries* m_bars = nullptr;
    QBarCategoryAxis* m_axisX;
    QValueAxis* m_axisY;
    QGraphicsPathItem* m_errorBars;
    int m_errorBarCount = 0;
};

} // namespace fluxlens
