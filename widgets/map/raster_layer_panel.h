#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSlider;
class QToolButton;

namespace fluxlens {

class RasterLayer;

// The raster layer's controls above the map: variable, date slider with the date, opacity,
// difference with a product, close. Hidden while no file is open in the layer.
class RasterLayerPanel : public QWidget {
    Q_OBJECT
public:
    explicit RasterLayerPanel(RasterLayer* layer, QWidget* parent = nullptr);

    QComboBox* variableBox() const { return m_variable; }
    QSlider* dateSlider() const { return m_date; }
    QLabel* dateLabel() const { return m_dateLabel; }
    QSlider* opacitySlider() const { return m_opacity; }

Q_SIGNALS:
    // The user asked for a product to subtract: the window asks for the file.
    void differenceRequested();

private:
    void onOpened();
    void onChanged();

    RasterLayer* m_layer;
    QLabel* m_file;
    QComboBox* m_variable;
    QSlider* m_date;
    QLabel* m_dateLabel;
    QSlider* m_opacity;
    QToolButton* m_difference;
    QToolButton* m_plain;
    QLabel* m_busy;
};

} // namespace fluxlens
