#pragma once

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

namespace fluxlens {

// How a figure is written: format, physical size, resolution and fonts. The export dialog fills
// it; the GUI and the headless `fluxlens --export` render through the same code.
struct FigureSpec {
    enum class Format { Png, Svg, Pdf };

    Format format = Format::Png;
    double width_mm = 183.0; // double column
    double height_mm = 110.0;
    int dpi = 300; // PNG only; SVG and PDF are vector
    double fontSize_pt = 7.0;
    QString title;       // written into SVG <title> and PDF metadata
    QString description; // site, model, period, metric: SVG <desc>

    static constexpr double kSingleColumn_mm = 89.0;
    static constexpr double kDoubleColumn_mm = 183.0;

    // From a file name's extension; nullopt-like false when unknown.
    static bool formatFromPath(const QString& path, Format& format);
    QSize pixelSize() const; // PNG size: mm × dpi / 25.4
    // Size in points (1/72 in), the unit vector output and layout use.
    QSizeF pointSize() const { return {width_mm / 25.4 * 72.0, height_mm / 25.4 * 72.0}; }
};

} // namespace fluxlens
