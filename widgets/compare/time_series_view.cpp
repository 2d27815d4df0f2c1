#include "time_series_view.h"

#include "chart_theme.h"
#include "compare_data.h"
#include "range_slider.h"
#include "session/cache_session.h"
#include "site_selection.h"
#include "time_series_chart.h"
#include "time_series_chart_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace fluxlens {
namespace {
constexpr int kRecentSites = 8;
}

TimeSeriesView::TimeSeriesView(CompareData* data, SiteSelection* selection, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_selection(selection)
    , m_target(new QComboBox(this))
    , m_aggregation(new QComboBox(this))
    , m_reset(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_chart(new TimeSeriesChart)
    , m_view(new TimeSeriesChartView(m_chart, this))
    , m_slider(new RangeSlider(this)) {
    for (FluxTarget t : kAllFluxTargets)
        m_target->addItem(fluxTargetName(t), static_cast<int>(t));
    m_aggregation->addItem(tr("Daily"), static_cast<int>(Aggregation::Daily));
    m_aggregation->addItem(tr("8-day"), static_cast<int>(Aggregation::EightDay));
    m_aggregation->addItem(tr("Monthly"), static_cast<int>(Aggregation::Monthly));
    m_aggregation->setToolTip(tr("Mean of the valid days of each period (8-day periods restart "
                                 "on 1 January)"));
    m_reset->setText(tr("Whole record"));
    m_reset->setToolTip(tr("Show the whole record (Home)"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Flux:"), this));
    bar->addWidget(m_target);
    bar->addWidget(new QLabel(tr("Aggregation:"), this));
    bar->addWidget(m_aggregation);
    bar->addWidget(m_reset);
    bar->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    followPaletteTheme(m_view);
    layout->addWidget(m_slider);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setTarget(static_cast<FluxTarget>(m_target->currentData().toInt()));
    });
    connect(m_aggregation, &QComboBox::currentIndexChanged, this, [this] {
        m_chart->setAggregation(static_cast<Aggregation>(m_aggregation->currentData().toInt()));
    });
    connect(m_reset, &QToolButton::clicked, m_chart, &TimeSeriesChart::resetDayRange);
    connect(m_chart, &TimeSeriesChart::dayRangeChanged, this, [this](double first, double last) {
        m_slider->setBounds(m_chart->dataFirstDay(), m_chart->dataLastDay());
        m_slider->setRange(first, last);
    });
    connect(m_slider, &RangeSlider::rangeEdited, m_chart, &TimeSeriesChart::setDayRange);
    connect(m_selection, &SiteSelection::currentChanged, this, &TimeSeriesView::showSite);
    connect(m_data, &CompareData::seriesChanged, this, &TimeSeriesView::forgetSeries);
    m_status->setText(tr("Select a site to see its time series"));
    if (!m_selection->currentId().isEmpty())
        showSite(m_selection->currentId());
}

TimeSeriesView::~TimeSeriesView() = default;

void TimeSeriesView::forgetSeries() {
    m_recent.clear();
    m_recentOrder.clear();
    const QString site = m_wanted;
    m_wanted.clear();
    if (!m_loading.isEmpty()) {
        m_loading.clear(); // the read under way may predate the change: its result is dropped
        ++m_readSerial;
    }
    showSite(site.isEmpty() ? m_selection->currentId() : site);
}

QString TimeSeriesView::shownSite() const {
    return m_chart->siteData() ? m_chart->siteData()->siteId : QString();
}

void TimeSeriesView::showSite(const QString& siteId) {
    if (siteId == m_wanted && (shownSite() == siteId || m_loading == siteId))
        return;
    m_wanted = siteId;
    if (siteId.isEmpty()) {
        display(nullptr);
        m_status->setText(tr("Select a site to see its time series"));
        return;
    }
    if (const auto it = m_recent.constFind(siteId); it != m_recent.constEnd()) {
        display(*it);
        return;
    }
    CacheSession* session = m_data->session();
    if (!session || !session->isOpen()) {
        m_status->setText(tr("No cache open"));
        return;
    }
    m_status->setText(tr("Reading %1 …").arg(siteId));
    if (!m_loading.isEmpty())
        return; // onLoaded starts the wanted site next
    m_loading = siteId;
    const int serial = ++m_readSerial;
    session->read<SiteTimeSeries>(
        this, [siteId](const Cache& cache) { return loadSiteTimeSeries(cache, siteId); },
        [this, serial](SiteTimeSeries loaded) {
            if (serial == m_readSerial)
                onLoaded(std::move(loaded));
        },
        [this, serial, siteId](const QString& message) {
            SiteTimeSeries failed;
            failed.siteId = siteId;
            failed.error = message;
            if (serial == m_readSerial)
                onLoaded(std::move(failed));
        });
}

void TimeSeriesView::onLoaded(SiteTimeSeries series) {
    auto loaded = std::make_shared<const SiteTimeSeries>(std::move(series));
    m_loading.clear();
    if (!loaded->error.isEmpty()) {
        m_status->setText(loaded->error);
        Q_EMIT loadFailed(loaded->error);
    } else {
        m_recent.insert(loaded->siteId, loaded);
        m_recentOrder.removeAll(loaded->siteId);
        m_recentOrder.append(loaded->siteId);
        while (m_recentOrder.size() > kRecentSites)
            m_recent.remove(m_recentOrder.takeFirst());
    }
    if (loaded->siteId == m_wanted) {
        if (loaded->error.isEmpty())
            display(loaded);
        return;
    }
    // The current site changed while reading: read the one wanted now.
    const QString wanted = m_wanted;
    m_wanted.clear();
    showSite(wanted);
}

void TimeSeriesView::display(std::shared_ptr<const SiteTimeSeries> data) {
    const QString site = data ? data->siteId : QString();
    const bool empty = !data || data->isEmpty();
    m_chart->setData(std::move(data));
    if (!site.isEmpty()) {
        m_status->setText(empty ? tr("%1: no daily data in the cache").arg(site) : QString());
        Q_EMIT siteShown(site);
    }
}

} // namespace fluxlens
