#pragma once

#include <QWidget>

class QChartView;

namespace fluxlens {

class CompareData;
class SiteSelection;
class MetricChoiceBar;
class SiteScatterChart;

// Per-site scatter (Fig. 5): RMSE and R² of the chosen model against the chosen reference, side
// by side; clicking a point selects its site everywhere (Ctrl-click toggles it); the shared
// selection is ringed.
class SiteScatterView : public QWidget {
    Q_OBJECT
public:
    SiteScatterView(CompareData* data, SiteSelection* selection, QWidget* parent = nullptr);

    SiteScatterChart* rmseChart() const { return m_rmse; }
    SiteScatterChart* r2Chart() const { return m_r2; }
    QChartView* rmseView() const { return m_rmseView; }
    QChartView* r2View() const { return m_r2View; }
    MetricChoiceBar* choices() const { return m_choices; }

private:
    void rebuild();
    void onSiteClicked(const QString& id);

    CompareData* m_data;
    SiteSelection* m_selection;
    MetricChoiceBar* m_choices;
    SiteScatterChart* m_rmse; // owned by m_rmseView
    SiteScatterChart* m_r2;
    QChartView* m_rmseView;
    QChartView* m_r2View;
};

} // namespace fluxlens
