#include "figure_spec.h"

#include <QFileInfo>
#include <cmath>

namespace fluxlens {

bool FigureSpec::formatFromPath(const QString& path, Format& format) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        format = Format::Svg;
    else if (suffix == QLatin1String("pdf"))
        format = Format::Pdf;
    else
        return false;
    return true;
}

QSize FigureSpec::pixelSize() const {
    return {static_cast<int>(std::lround(width_mm / 25.4 * dpi)),
            static_cast<int>(std::lround(height_mm / 25.4 * dpi))};
}

} // namespace fluxlens
