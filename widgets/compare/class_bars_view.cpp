#include "class_bars_view.h"

#include "chart_theme.h"
#include "class_bars_chart.h"
#include "compare_data.h"
#include "metric_choice_bar.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace fluxlens {

ClassBarsView::ClassBarsView(CompareData* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_choices(new MetricChoiceBar(
          data, MetricChoiceBar::Target | MetricChoiceBar::Qc | MetricChoiceBar::Sites, this))
    , m_grouping(new QComboBox(this))
    , m_chart(new ClassBarsChart)
    , m_view(new QChartView(m_chart, this)) {
    m_grouping->addItem(tr("IGBP"), static_cast<int>(SiteGrouping::Igbp));
    m_grouping->addItem(tr("Köppen"), static_cast<int>(SiteGrouping::Koppen));
    m_choices->layout()->insertWidget(m_choices->layout()->count() - 1,
                                      new QLabel(tr("Classes:"), this));
    m_choices->layout()->insertWidget(m_choices->layout()->count() - 1, m_grouping);
    m_view->setRenderHint(QPainter::Antialiasing);
    followPaletteTheme(m_view);
    m_view->setToolTip(tr("Error bars: ±1 standard deviation across the sites of a class "
                          "(classes with more than one site)"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choices);
    layout->addWidget(m_view, 1);
    connect(m_choices, &MetricChoiceBar::changed, this, &ClassBarsView::rebuild);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ClassBarsView::rebuild);
    connect(m_data, &CompareData::sitesChanged, this, &ClassBarsView::rebuild);
    rebuild();
}

void ClassBarsView::rebuild() {
    const auto grouping = static_cast<SiteGrouping>(m_grouping->currentData().toInt());
    const QStringList names = m_data->allNames();
    m_chart->setStats(classStats(m_data->metrics(), m_data->sites(), names, m_choices->target(),
                                 m_choices->qc(), grouping),
                      names, grouping, m_choices->target(), m_choices->qc());
}

} // namespace fluxlens
