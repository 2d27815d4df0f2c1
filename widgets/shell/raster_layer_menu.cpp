#include "raster_layer_menu.h"

#include "export/export_dialog.h"
#include "export/figure_writer.h"
#include "map/map_figure.h"
#include "map/raster_layer.h"
#include "map/raster_layer_panel.h"
#include "map/world_map_widget.h"
#include "message_banner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace fluxlens {
namespace {
// A class, so that lupdate files the strings of these free functions under their context.
struct RasterLayerMenu {
    Q_DECLARE_TR_FUNCTIONS(RasterLayerMenu)
};

QString askForGrid(QWidget* parent, const QString& title) {
    return QFileDialog::getOpenFileName(
        parent, title, {},
        RasterLayerMenu::tr("Gridded files (*.nc *.nc4 *.h5 *.hdf5 *.zarr);;All files (*)"));
}
} // namespace

void chooseRasterLayerFile(WorldMapWidget* map, QWidget* parent) {
    const QString path = askForGrid(
        parent, RasterLayerMenu::tr("Open a gridded file (upscaled map, FLUXCOM-X-BASE, …)"));
    if (!path.isEmpty())
        map->rasterLayer()->open(path);
}

RasterLayerPanel* installRasterLayer(QMenu* view, WorldMapWidget* map, CacheSession* session,
                                     MessageBanner* banner, QWidget* parent) {
    RasterLayer* layer = map->rasterLayer();
    layer->setSession(session);
    auto* panel = new RasterLayerPanel(layer, parent);
    view->addAction(RasterLayerMenu::tr("Open &raster layer…"), map,
                    [map, parent] { chooseRasterLayerFile(map, parent); });
    QObject::connect(panel, &RasterLayerPanel::differenceRequested, map, [layer, parent] {
        const QString path = askForGrid(
            parent, RasterLayerMenu::tr("Product to subtract from the map (e.g. FLUXCOM-X-BASE)"));
        if (!path.isEmpty())
            layer->setProduct(path);
    });
    QObject::connect(layer, &RasterLayer::failed, banner, [banner](const QString& message) {
        banner->showMessage(RasterLayerMenu::tr("Raster layer: %1").arg(message));
    });
    return panel;
}

QString exportMapFigure(WorldMapWidget* map, QWidget* parent) {
    // Translated in the main window's context, where the action lives.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    ExportDialog dialog(QCoreApplication::translate("fluxlens::MainWindow", "map"),
                        QDir(folder).filePath(QStringLiteral("fluxlens-map.pdf")), parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const MapFigure figure = map->figure();
    FigureSpec spec = dialog.spec();
    spec.title = QCoreApplication::translate("fluxlens::MainWindow", "FluxLens map of flux towers");
    spec.description = figure.description();
    try {
        writeFigure(dialog.path(), spec,
                    [&](QPainter& p, const QSizeF& size) { figure.paint(p, size, spec); });
        if (dialog.writeCsv())
            figure.writeCsv(ExportDialog::csvPathFor(dialog.path()));
        return QCoreApplication::translate("fluxlens::MainWindow", "Map written to %1")
            .arg(dialog.path());
    } catch (const std::exception& e) {
        QMessageBox::warning(parent,
                             QCoreApplication::translate("fluxlens::MainWindow", "Export map"),
                             QString::fromUtf8(e.what()));
    }
    return {};
}

} // namespace fluxlens
