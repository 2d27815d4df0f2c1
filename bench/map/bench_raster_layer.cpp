// The map's raster layer on a global grid: writes a CF NetCDF of `resolution` degrees (default
// 0.1°, 3600 × 1800, 3 dates) and prints the time to inspect it, to read one date for display
// (decimated to at most 2048 pixels a side), to read 200 towers' exact pixels, to colour the
// slice and to draw it at 1920 × 1080. The layer reads on a worker thread, so these figures are
// how long after a date change the map shows it, not a stall of the GUI.
//   QT_QPA_PLATFORM=offscreen bench_raster_layer [resolution_deg] [folder]
#include "map/map_scene.h"
#include "map/map_style.h"
#include "map/map_viewport.h"
#include "map/raster_color_scale.h"
#include "map/raster_renderer.h"
#include "test_grids.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>

using namespace fluxlens;

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    const double resolution = argc > 1 ? std::atof(argv[1]) : 0.1;
    QTemporaryDir temporary;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temporary.path();
    const std::string path = QDir(folder).filePath(QStringLiteral("global.nc")).toStdString();
    test::TestGrid g;
    g.west = -180;
    g.east = 180;
    g.south = -90;
    g.north = 90;
    g.res = resolution;
    QElapsedTimer timer;
    timer.start();
    test::writeTestGrid(
        path, g, {{"GPP", "gC m-2 d-1"}}, [&](const std::string&, int t, int r, int c) {
            const double lat = g.north - (r + 0.5) * g.res, lon = g.west + (c + 0.5) * g.res;
            return 6 * std::cos(lat * M_PI / 180) * (1 + 0.2 * std::sin(lon * M_PI / 90)) + t;
        });
    std::printf("grid %d x %d (%.3f deg), 3 dates written in %.1f s\n", g.cols(), g.rows(), g.res,
                timer.nsecsElapsed() / 1e9);

    timer.restart();
    const RasterFileInfo info = inspectRasterFile(path);
    std::printf("inspect: %.1f ms\n", timer.nsecsElapsed() / 1e6);
    timer.restart();
    const RasterSlice slice = readRasterSlice(info, "GPP", 1);
    std::printf("read one date for display (%d x %d): %.1f ms, %.1f MB\n", slice.geometry.cols,
                slice.geometry.rows, timer.nsecsElapsed() / 1e6,
                slice.values.size() * sizeof(float) / 1e6);
    timer.restart();
    const RasterSlice sample = readRasterSlice(info, "GPP", 2, 256);
    std::printf("read one date for the colour range (%d x %d): %.1f ms\n", sample.geometry.cols,
                sample.geometry.rows, timer.nsecsElapsed() / 1e6);
    std::vector<std::pair<double, double>> towers;
    for (int i = 0; i < 200; ++i)
        towers.emplace_back(-170 + 340.0 * i / 200, -50 + 120.0 * ((i * 37) % 200) / 200);
    timer.restart();
    const auto values = readRasterPoints(info, "GPP", 1, towers);
    std::printf("read 200 towers' exact pixels: %.1f ms\n", timer.nsecsElapsed() / 1e6);
    timer.restart();
    const RasterColorScale scale = fitColorScale(slice.values, RasterColorMap::Sequential);
    const QImage image = colorizeSlice(slice, scale);
    std::printf("colour range and colouring: %.1f ms\n", timer.nsecsElapsed() / 1e6);

    MapScene scene;
    MapViewport viewport;
    viewport.setWorld(scene.worldBounds());
    const QSize size(1920, 1080);
    QImage frame(size, QImage::Format_ARGB32_Premultiplied);
    RasterPicture picture{image, slice.geometry, scale, QStringLiteral("bench"), 0.85};
    const MapStyle style = MapStyle::print();
    std::vector<double> ms;
    for (int i = 0; i < 10; ++i) {
        frame.fill(Qt::white);
        QPainter painter(&frame);
        timer.restart();
        RasterRenderer::paintRaster(painter, size, scene, viewport, picture, style);
        RasterRenderer::paintColorBar(painter, size, picture, style);
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("draw layer and colour bar at 1920x1080 (whole world): median %.1f ms\n", ms[5]);
    return values.empty() ? 1 : 0;
}
