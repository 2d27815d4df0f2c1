#include "class_bars_chart.h"

#include "chart_palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QGraphicsPathItem>
#include <QLegend>
#include <QPainterPath>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <set>

namespace fluxlens {

ClassBarsChart::ClassBarsChart(QGraphicsItem* parent)
    : QChart(parent)
    , m_axisX(new QBarCategoryAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_errorBars(new QGraphicsPathItem(this)) {
    addAxis(m_axisX, Qt::AlignBottom);
    addAxis(m_axisY, Qt::AlignLeft);
    legend()->setAlignment(Qt::AlignBottom);
    setMargins(QMargins(4, 4, 4, 4));
    m_errorBars->setPen(QPen(QColor(20, 20, 20), 1.2));
    m_errorBars->setZValue(100);
    connect(this, &QChart::plotAreaChanged, this, &ClassBarsChart::updateErrorBars);
}

void ClassBarsChart::setStats(std::vector<ClassStat> stats, const QStringList& models,
                              SiteGrouping grouping, FluxTarget target, QcChoice qc) {
    m_stats = std::move(stats);
    m_models = models;
    removeAllSeries();
    m_bars = nullptr;
    std::set<int> classes;
    for (const ClassStat& s : m_stats)
        classes.insert(s.classCode);
    m_classCodes.assign(classes.begin(), classes.end());
    // Unknown (0) last.
    if (!m_classCodes.empty() && m_classCodes.front() == 0)
        std::rotate(m_classCodes.begin(), m_classCodes.begin() + 1, m_classCodes.end());
    m_categories.clear();
    for (int c : m_classCodes)
        m_categories.append(siteClassLabel(c, grouping));

    setTitle(tr("Mean %1 RMSE by %2 class (%3)")
                 .arg(fluxTargetName(target),
                      grouping == SiteGrouping::Igbp ? tr("IGBP") : tr("Köppen"),
                      qcChoiceName(qc)));
    m_axisX->clear();
    m_axisX->append(m_categories);
    m_axisY->setTitleText(tr("RMSE (%1)").arg(fluxUnit()));

    m_bars = new QBarSeries(this);
    double top = 0.0;
    for (qsizetype m = 0; m < models.size(); ++m) {
        auto* set = new QBarSet(models[m]);
        set->setColor(seriesColor(static_cast<int>(m)));
        set->setBorderColor(seriesColor(static_cast<int>(m)).darker(130));
        for (int c : m_classCodes) {
            double v = 0.0;
            for (const ClassStat& s : m_stats)
                if (s.classCode == c && s.model == models[m]) {
                    v = s.meanRmse;
                    top = std::max(top, v + (std::isfinite(s.sdRmse) ? s.sdRmse : 0.0));
                }
            set->append(v);
        }
        m_bars->append(set);
    }
    addSeries(m_bars);
    m_bars->attachAxis(m_axisX);
    m_bars->attachAxis(m_axisY);
    m_axisY->setRange(0.0, top > 0.0 ? top * 1.08 : 1.0);
    m_axisY->applyNiceNumbers();
    updateErrorBars();
}

void ClassBarsChart::updateErrorBars() {
    QPainterPath path;
    m_errorBarCount = 0;
    const auto models = static_cast<int>(m_models.size());
    if (m_bars && models > 0) {
        const double groupWidth = m_bars->barWidth(); // fraction of a category
        for (std::size_t i = 0; i < m_classCodes.size(); ++i) {
            for (int m = 0; m < models; ++m) {
                const ClassStat* stat = nullptr;
                for (const ClassStat& s : m_stats)
                    if (s.classCode == m_classCodes[i] && s.model == m_models[m])
                        stat = &s;
                if (!stat || stat->sites < 2 || !std::isfinite(stat->sdRmse))
                    continue;
                const double x =
                    static_cast<double>(i) - groupWidth / 2.0 + (m + 0.5) * groupWidth / models;
                const QPointF lo =
                    mapToPosition(QPointF(x, std::max(0.0, stat->meanRmse - stat->sdRmse)), m_bars);
                const QPointF hi = mapToPosition(QPointF(x, stat->meanRmse + stat->sdRmse), m_bars);
                const double cap = std::max(2.0, plotArea().width() /
                                                     std::max<std::size_t>(1, m_classCodes.size()) *
                                                     groupWidth / models / 4.0);
                path.moveTo(lo);
                path.lineTo(hi);
                path.moveTo(hi.x() - cap, hi.y());
                path.lineTo(hi.x() + cap, hi.y());
                path.moveTo(lo.x() - cap, lo.y());
                path.lineTo(lo.x() + cap, lo.y());
                ++m_errorBarCount;
            }
        }
    }
    m_errorBars->setPen(QPen(legend()->labelColor(), 1.2)); // follows the theme's text
    m_errorBars->setPath(path);
}

} // namespace fluxlens
