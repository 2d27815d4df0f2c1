#include "map_coloring.h"

#include "koppen_colors.h"
#include "site_record.h"

#include <set>

namespace fluxlens {

QColor MapColoring::color(const SiteRecord& record, MapColorMode mode) {
    switch (mode) {
    case MapColorMode::Koppen:
        return koppenQColor(record.site.koppen);
    case MapColorMode::Igbp:
        return igbpQColor(record.site.igbp);
    case MapColorMode::Custom:
        break;
    }
    return Qt::gray;
}

MapLegend MapColoring::legend(const std::vector<const SiteRecord*>& sites, MapColorMode mode) {
    MapLegend legend;
    std::set<int> present;
    for (const SiteRecord* r : sites)
        present.insert(mode == MapColorMode::Koppen ? static_cast<int>(r->site.koppen)
                                                    : static_cast<int>(r->site.igbp));
    // Unknown (0) sorts first in the set but belongs last in the legend.
    const bool hasUnknown = present.erase(0) > 0;
    if (mode == MapColorMode::Koppen) {
        legend.title = tr("Köppen–Geiger (Beck et al. 2018)");
        for (int k : present) {
            const auto c = static_cast<KoppenClass>(k);
            legend.entries.push_back({koppenQColor(c), QString::fromUtf8(koppenCode(c).data()),
                                      QString::fromUtf8(koppenDescription(c).data())});
        }
        if (hasUnknown)
            legend.entries.push_back({koppenQColor(KoppenClass::Unknown), tr("unknown"), {}});
    } else {
        legend.title = tr("IGBP land cover");
        for (int k : present) {
            const auto c = static_cast<IgbpClass>(k);
            legend.entries.push_back({igbpQColor(c), QString::fromUtf8(igbpCode(c).data()),
                                      QString::fromUtf8(igbpDescription(c).data())});
        }
        if (hasUnknown)
            legend.entries.push_back({igbpQColor(IgbpClass::Unknown), tr("unknown"), {}});
    }
    return legend;
}

} // namespace fluxlens
