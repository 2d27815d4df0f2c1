#pragma once

#include "map_renderer.h"

#include <QColor>
#include <QCoreApplication>
#include <functional>
#include <vector>

namespace fluxlens {

struct SiteRecord;

enum class MapColorMode { Koppen, Igbp, Custom };

// Colours supplied by another view (e.g. a metric), with their own legend.
struct CustomMapColoring {
    std::function<QColor(const SiteRecord&)> color;
    MapLegend legend;
};

// Tower colours and the matching legend for a colour mode.
class MapColoring {
    Q_DECLARE_TR_FUNCTIONS(MapColoring)
public:
    static QColor color(const SiteRecord& record, MapColorMode mode);
    // One entry per class present among the given sites, in class order; "unknown" last.
    static MapLegend legend(const std::vector<const SiteRecord*>& sites, MapColorMode mode);
};

} // namespace fluxlens
