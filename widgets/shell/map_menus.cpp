#include "map_menus.h"

#include "app_settings.h"
#include "map/world_map_widget.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <utility>

namespace fluxlens {
namespace {
// A class, so that lupdate files the strings of these free functions under their context.
struct MapMenus {
    Q_DECLARE_TR_FUNCTIONS(MapMenus)
};
} // namespace

void fillProjectionMenu(QMenu* menu, AppSettings* settings) {
    auto* projections = new QActionGroup(menu);
    for (auto p :
         {MapProjection::EqualEarth, MapProjection::Robinson, MapProjection::PlateCarree}) {
        QAction* a = menu->addAction(QString::fromUtf8(projectionName(p).data()));
        a->setCheckable(true);
        a->setChecked(p == settings->projection());
        projections->addAction(a);
        QObject::connect(a, &QAction::triggered, settings,
                         [settings, p] { settings->setProjection(p); });
    }
}

void fillColourMenu(QMenu* menu, WorldMapWidget* map, QAction* metricColouring) {
    auto* colours = new QActionGroup(menu);
    const std::pair<MapColorMode, QString> modes[] = {
        {MapColorMode::Koppen, MapMenus::tr("Köppen–Geiger class")},
        {MapColorMode::Igbp, MapMenus::tr("IGBP land cover")}};
    QAction* koppenColours = nullptr;
    for (const auto& [mode, label] : modes) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(mode == map->colorMode());
        colours->addAction(a);
        QObject::connect(a, &QAction::triggered, map, [map, mode] { map->setColorMode(mode); });
        if (mode == MapColorMode::Koppen)
            koppenColours = a;
    }
    menu->addAction(metricColouring);
    colours->addAction(metricColouring);
    QObject::connect(metricColouring, &QAction::triggered, koppenColours,
                     [metricColouring, koppenColours] {
                         if (!metricColouring->isChecked())
                             koppenColours->setChecked(true);
                     });
}

} // namespace fluxlens
