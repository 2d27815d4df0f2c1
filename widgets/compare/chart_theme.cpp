#include "chart_theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QPalette>

namespace fluxlens {

ChartTheme ChartTheme::screen(const QPalette& palette) {
    ChartTheme t;
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    t.background = palette.color(QPalette::Base);
    t.text = palette.color(QPalette::WindowText);
    t.mutedText = palette.color(QPalette::Disabled, QPalette::WindowText);
    t.axisLine = dark ? QColor(170, 170, 170) : QColor(90, 90, 90);
    t.grid = dark ? QColor(75, 75, 75) : QColor(225, 225, 225);
    t.font = QFont();
    t.titleFont = t.font;
    t.titleFont.setBold(true);
    return t;
}

ChartTheme ChartTheme::print(int fontSize_px) {
    ChartTheme t;
    t.background = Qt::white;
    t.text = QColor(20, 20, 20);
    t.mutedText = QColor(150, 150, 150);
    t.axisLine = QColor(60, 60, 60);
    t.grid = QColor(220, 220, 220);
    t.font = QFont(QStringLiteral("DejaVu Sans"));
    t.font.setPixelSize(std::max(4, fontSize_px));
    t.titleFont = t.font;
    t.titleFont.setPixelSize(std::max(4, fontSize_px + fontSize_px / 6));
    t.titleFont.setBold(true);
    return t;
}

void applyChartTheme(QChart& chart, const ChartTheme& theme) {
    chart.setBackgroundBrush(theme.background);
    chart.setBackgroundPen(Qt::NoPen);
    chart.setBackgroundRoundness(0);
    chart.setDropShadowEnabled(false);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setTitleBrush(theme.text);
    chart.setTitleFont(theme.titleFont);
    QLegend* legend = chart.legend();
    legend->setFont(theme.font);
    legend->setLabelColor(theme.text);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);
    for (QLegendMarker* marker : legend->markers()) {
        marker->setFont(theme.font);
        // Charts fade the entries of hidden series with a grey label; keep that distinction.
        const bool faded = marker->labelBrush().color() == QColor(Qt::gray) ||
                           marker->labelBrush().color() == theme.mutedText;
        marker->setLabelBrush(faded ? theme.mutedText : theme.text);
    }
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsFont(theme.font);
        axis->setLabelsBrush(theme.text);
        axis->setTitleFont(theme.font);
        axis->setTitleBrush(theme.text);
        axis->setLinePenColor(theme.axisLine);
        axis->setGridLineColor(theme.grid);
        axis->setMinorGridLineColor(theme.grid.lighter(105));
    }
}

namespace {
class PaletteFollower : public QObject {
public:
    explicit PaletteFollower(QChartView* view)
        : QObject(view)
        , m_view(view) {
        apply();
        view->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_view && (event->type() == QEvent::PaletteChange ||
                                  event->type() == QEvent::ApplicationPaletteChange))
            apply();
        return false;
    }

private:
    void apply() {
        if (QChart* chart = m_view->chart())
            applyChartTheme(*chart, ChartTheme::screen(m_view->palette()));
        m_view->setBackgroundBrush(m_view->palette().base());
    }

    QChartView* m_view;
};
} // namespace

void followPaletteTheme(QChartView* view) {
    new PaletteFollower(view); // owned by the view
}

} // namespace fluxlens
