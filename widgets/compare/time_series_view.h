#pragma once

#include "time_series_data.h"

#include <QFutureWatcher>
#include <QHash>
#include <QStringList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QToolButton;

namespace fluxlens {

class CompareData;
class SiteSelection;
class TimeSeriesChart;
class TimeSeriesChartView;
class RangeSlider;

// The time series of the current site (SiteSelection::currentId()): flux and aggregation
// choosers, the chart with its interactions, and a range slider over the whole record. Data are
// read off the GUI thread; a result for a site that is no longer current is dropped. The last few
// sites stay in memory so going back is instant.
class TimeSeriesView : public QWidget {
    Q_OBJECT
public:
    TimeSeriesView(CompareData* data, SiteSelection* selection, QWidget* parent = nullptr);
    ~TimeSeriesView() override;

    TimeSeriesChart* chart() const { return m_chart; }
    TimeSeriesChartView* chartView() const { return m_view; }
    RangeSlider* rangeSlider() const { return m_slider; }
    QComboBox* targetChooser() const { return m_target; }
    QComboBox* aggregationChooser() const { return m_aggregation; }
    QString shownSite() const; // the site whose data the chart shows; empty when none
    bool isLoading() const { return !m_loading.isEmpty(); }

    // Shows `siteId` (what a change of the current site does).
    void showSite(const QString& siteId);

Q_SIGNALS:
    void siteShown(const QString& siteId); // after the chart shows the site's data
    void loadFailed(const QString& message);

private:
    void onLoaded(SiteTimeSeries loaded);
    void forgetSeries(); // the cache changed: read the current site again
    void display(std::shared_ptr<const SiteTimeSeries> data);

    CompareData* m_data;
    SiteSelection* m_selection;
    QComboBox* m_target;
    QComboBox* m_aggregation;
    QToolButton* m_reset;
    QLabel* m_status;
    TimeSeriesChart* m_chart; // owned by m_view
    TimeSeriesChartView* m_view;
    RangeSlider* m_slider;
    QString m_wanted;     // the site the view should show
    QString m_loading;    // the site being read
    int m_readSerial = 0; // reads started; a result of an older one is dropped
    QHash<QString, std::shared_ptr<const SiteTimeSeries>> m_recent;
    QStringList m_recentOrder; // oldest first
};

} // namespace fluxlens
