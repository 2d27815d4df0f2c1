#pragma once

#include <QString>

namespace fluxlens {

struct SiteRecord;

// The map's tooltip for a tower: id, name, classes, years of data, then `layerLine` (the raster
// layer's pixel value and the tower's observation that day) when not empty.
QString towerTooltip(const SiteRecord& record, const QString& layerLine);

} // namespace fluxlens
