#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace fluxlens {

class CompareData;
class MetricChoiceBar;
class Table1Model;

// Table 1 with the headline improvements of the chosen model over the chosen reference in %.
class Table1View : public QWidget {
    Q_OBJECT
public:
    explicit Table1View(CompareData* data, QWidget* parent = nullptr);

    Table1Model* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* headlineLabel() const { return m_headline; }
    MetricChoiceBar* choices() const { return m_choices; }

private:
    void rebuild();
    void updateHeadline();

    CompareData* m_data;
    MetricChoiceBar* m_choices;
    Table1Model* m_model;
    QTableView* m_table;
    QLabel* m_headline;
};

} // namespace fluxlens
