#include "map_menus.h"

#include "app_settings.h"
#include "map/world_map_widget.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QFileDialog>
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

QString chooseKoppenMapFile(QWidget* parent, AppSettings* settings) {
    // Translated in the main window's context, where the action lives.
    const QString path = QFileDialog::getOpenFileName(
        parent,
        QCoreApplication::translate("fluxlens::MainWindow",
                                    "Köppen–Geiger map for sites without a class (cancel: the "
                                    "shipped Beck et al. 2018 map)"),
        settings->koppenMapPath(),
        QCoreApplication::translate(
            "fluxlens::MainWindow",
            "Rasters with Beck et al. class codes (*.tif *.tiff *.nc *.img);;All files (*)"));
    settings->setKoppenMapPath(path);
    return path.isEmpty()
               ? QCoreApplication::translate(
                     "fluxlens::MainWindow",
                     "Köppen classes of imported sites: the shipped Beck et al. (2018) map")
               : QCoreApplication::translate("fluxlens::MainWindow",
                                             "Köppen classes of imported sites: %1")
                     .arg(path);
}

} // namespace fluxlens
