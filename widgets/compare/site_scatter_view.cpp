#include "site_scatter_view.h"

#include "chart_theme.h"
#include "compare_data.h"
#include "metric_choice_bar.h"
#include "site_scatter_chart.h"
#include "site_selection.h"

#include <QChartView>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace fluxlens {

SiteScatterView::SiteScatterView(CompareData* data, SiteSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_selection(selection)
    , m_choices(new MetricChoiceBar(data,
                                    MetricChoiceBar::Target | MetricChoiceBar::Qc |
                                        MetricChoiceBar::Model | MetricChoiceBar::Reference |
                                        MetricChoiceBar::Sites,
                                    this))
    , m_rmse(new SiteScatterChart(ScatterMetric::Rmse))
    , m_r2(new SiteScatterChart(ScatterMetric::R2))
    , m_rmseView(new QChartView(m_rmse, this))
    , m_r2View(new QChartView(m_r2, this)) {
    for (QChartView* v : {m_rmseView, m_r2View}) {
        v->setRenderHint(QPainter::Antialiasing);
        followPaletteTheme(v);
        v->setMinimumSize(260, 240);
        v->setToolTip(tr("Click a point to select its site; Ctrl-click adds or removes it"));
    }
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_rmseView);
    charts->addWidget(m_r2View);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choices);
    layout->addLayout(charts, 1);

    connect(m_choices, &MetricChoiceBar::changed, this, &SiteScatterView::rebuild);
    connect(m_data, &CompareData::sitesChanged, this, &SiteScatterView::rebuild);
    connect(m_selection, &SiteSelection::selectionChanged, this, [this] {
        m_rmse->setSelectedSites(m_selection->selectedIds());
        m_r2->setSelectedSites(m_selection->selectedIds());
    });
    connect(m_rmse, &SiteScatterChart::siteClicked, this, &SiteScatterView::onSiteClicked);
    connect(m_r2, &SiteScatterChart::siteClicked, this, &SiteScatterView::onSiteClicked);
    rebuild();
}

void SiteScatterView::rebuild() {
    const auto build = [this](SiteScatterChart* chart) {
        chart->setSelectedSites(m_selection->selectedIds());
        chart->setPoints(scatterPoints(m_data->metrics(), m_data->sites(), m_choices->model(),
                                       m_choices->reference(), m_choices->target(), m_choices->qc(),
                                       chart->metric()),
                         m_choices->model(), m_choices->reference(), m_choices->target());
    };
    build(m_rmse);
    build(m_r2);
}

void SiteScatterView::onSiteClicked(const QString& id) {
    if (id.isEmpty())
        return;
    if (QGuiApplication::keyboardModifiers() & Qt::ControlModifier)
        m_selection->toggle(id);
    else
        m_selection->select(id);
}

} // namespace fluxlens
