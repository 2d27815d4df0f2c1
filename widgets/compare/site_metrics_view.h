#pragma once

#include <QWidget>

class QTableView;
class QLabel;

namespace fluxlens {

class CompareData;
class SiteFilter;
class SiteSelection;
class MetricChoiceBar;
class SiteMetricsModel;
class SiteMetricsProxy;

// The site metrics table: sortable, filtered by the shared SiteFilter, per target and QC mask;
// its row selection and the shared SiteSelection follow each other.
class SiteMetricsView : public QWidget {
    Q_OBJECT
public:
    SiteMetricsView(CompareData* data, SiteFilter* filter, SiteSelection* selection,
                    QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    SiteMetricsModel* model() const { return m_model; }
    SiteMetricsProxy* proxy() const { return m_proxy; }
    MetricChoiceBar* choices() const { return m_choices; }

private:
    void syncFromSelection();
    void syncToSelection();
    void updateCount();

    CompareData* m_data;
    SiteSelection* m_selection;
    MetricChoiceBar* m_choices;
    SiteMetricsModel* m_model;
    SiteMetricsProxy* m_proxy;
    QTableView* m_table;
    QLabel* m_count;
    bool m_syncing = false;
};

} // namespace fluxlens
