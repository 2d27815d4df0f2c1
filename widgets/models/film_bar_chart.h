#pragma once

#include <QStringList>
#include <QWidget>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QValueAxis;

namespace fluxlens {

// Grouped bars of one FiLM layer: γ (scale) and β (shift) per input feature or hidden unit.
// γ = 1 and β = 0 leave a value unchanged; the y range only grows while one site is shown, so
// moving the sliders shows the bars themselves moving.
class FilmBarChart : public QWidget {
    Q_OBJECT
public:
    FilmBarChart(const QString& title, QWidget* parent = nullptr);

    void setCategories(const QStringList& names); // resets the bars and the y range
    void setValues(const std::vector<float>& gamma, const std::vector<float>& beta);
    void clear();
    int barCount() const;
    double gammaAt(int i) const;
    double betaAt(int i) const;

private:
    QChart* m_chart;
    QBarSet* m_gamma;
    QBarSet* m_beta;
    QBarCategoryAxis* m_x;
    QValueAxis* m_y;
    double m_yMin = 0, m_yMax = 1;
};

} // namespace fluxlens
