#pragma once

#include <QWidget>

class QChartView;
class QComboBox;

namespace fluxlens {

class CompareData;
class MetricChoiceBar;
class ClassBarsChart;

// Bars by IGBP or Köppen class (Fig. 3) for every model and reference product.
class ClassBarsView : public QWidget {
    Q_OBJECT
public:
    explicit ClassBarsView(CompareData* data, QWidget* parent = nullptr);

    ClassBarsChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }
    QComboBox* groupingChooser() const { return m_grouping; }
    MetricChoiceBar* choices() const { return m_choices; }

private:
    void rebuild();

    CompareData* m_data;
    MetricChoiceBar* m_choices;
    QComboBox* m_grouping;
    ClassBarsChart* m_chart; // owned by m_view
    QChartView* m_view;
};

} // namespace fluxlens
