#pragma once

#include <QWidget>

class QTableView;
class QLabel;

namespace fluxlens {

class CompareData;
class MetricChoiceBar;
class RelativeRmseModel;

// Relative RMSE heatmap (Fig. 4): models × IGBP classes against the chosen reference, with a
// colour key.
class RelativeRmseView : public QWidget {
    Q_OBJECT
public:
    explicit RelativeRmseView(CompareData* data, QWidget* parent = nullptr);

    RelativeRmseModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    MetricChoiceBar* choices() const { return m_choices; }

private:
    void rebuild();

    CompareData* m_data;
    MetricChoiceBar* m_choices;
    RelativeRmseModel* m_model;
    QTableView* m_table;
    QLabel* m_key;
};

} // namespace fluxlens
