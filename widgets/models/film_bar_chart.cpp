#include "film_bar_chart.h"

#include "value_axis_ticks.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace fluxlens {

FilmBarChart::FilmBarChart(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_gamma(new QBarSet(tr("γ (scale)")))
    , m_beta(new QBarSet(tr("β (shift)")))
    , m_x(new QBarCategoryAxis)
    , m_y(new QValueAxis) {
    m_gamma->setColor(QColor(0x1f, 0x77, 0xb4));
    m_beta->setColor(QColor(0xff, 0x7f, 0x0e));
    auto* series = new QBarSeries;
    series->append(m_gamma);
    series->append(m_beta);
    m_chart->addSeries(series);
    m_chart->setTitle(title);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    series->attachAxis(m_x);
    series->attachAxis(m_y);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    QFont small = m_x->labelsFont();
    small.setPointSizeF(std::max(6.0, small.pointSizeF() - 2));
    m_x->setLabelsFont(small);
    auto* view = new QChartView(m_chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
}

void FilmBarChart::setCategories(const QStringList& names) {
    m_gamma->remove(0, m_gamma->count());
    m_beta->remove(0, m_beta->count());
    m_x->clear();
    m_x->append(names);
    m_x->setLabelsAngle(names.size() > 20 ? -90 : (names.size() > 8 ? -45 : 0));
    m_yMin = -0.5;
    m_yMax = 1.5;
    m_y->setRange(m_yMin, m_yMax);
}

void FilmBarChart::setValues(const std::vector<float>& gamma, const std::vector<float>& beta) {
    const int n = int(std::min(gamma.size(), beta.size()));
    if (m_gamma->count() != n) {
        m_gamma->remove(0, m_gamma->count());
        m_beta->remove(0, m_beta->count());
        for (int i = 0; i < n; ++i) {
            *m_gamma << gamma[std::size_t(i)];
            *m_beta << beta[std::size_t(i)];
        }
    } else {
        for (int i = 0; i < n; ++i) {
            m_gamma->replace(i, gamma[std::size_t(i)]);
            m_beta->replace(i, beta[std::size_t(i)]);
        }
    }
    for (int i = 0; i < n; ++i)
        for (double v : {double(gamma[std::size_t(i)]), double(beta[std::size_t(i)])})
            if (std::isfinite(v)) {
                m_yMin = std::min(m_yMin, v);
                m_yMax = std::max(m_yMax, v);
            }
    // The range only grows while a site is shown, so bars can be compared across slider moves.
    setNiceRange(*m_y, m_yMin, m_yMax, 4);
}

void FilmBarChart::clear() {
    setCategories({});
}

int FilmBarChart::barCount() const {
    return int(m_gamma->count());
}

double FilmBarChart::gammaAt(int i) const {
    return m_gamma->at(i);
}

double FilmBarChart::betaAt(int i) const {
    return m_beta->at(i);
}

} // namespace fluxlens
