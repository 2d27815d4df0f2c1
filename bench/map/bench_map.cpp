// Renders the world map at 1920x1080 with 600 towers over the crude GSHHS land and prints frame
// times. Target (issue 2): median full frame under 16 ms.
//   QT_QPA_PLATFORM=offscreen bench_map [basemap.shp] [frames]
#include "geo/land_polygons.h"
#include "map/map_coloring.h"
#include "map/map_renderer.h"
#include "map/map_scene.h"
#include "map/map_viewport.h"
#include "site_record.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace fluxlens;

namespace {
double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

std::vector<SiteRecord> syntheticTowers(int n) {
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lon(-170, 170), lat(-55, 75);
    std::vector<SiteRecord> sites;
    for (int i = 0; i < n; ++i) {
        SiteRecord r;
        r.site.id = "ZZ-" + std::to_string(i);
        r.site.lon_deg = lon(rng);
        r.site.lat_deg = lat(rng);
        r.site.koppen = static_cast<KoppenClass>(1 + i % kKoppenClassCount);
        sites.push_back(r);
    }
    return sites;
}
} // namespace

int main(int argc, char** argv) {
    QGuiApplication app(argc, argv);
    const QString basemap = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                     : QString::fromStdString(defaultLandPolygonPath());
    const int frames = argc > 2 ? std::atoi(argv[2]) : 60;
    const QSize size(1920, 1080);

    QElapsedTimer timer;
    timer.start();
    MapScene scene;
    scene.loadBasemap(basemap);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    if (!scene.hasLand()) {
        std::fprintf(stderr, "bench_map: %s\n", qPrintable(scene.basemapError()));
        return 1;
    }
    timer.restart();
    scene.setProjection(MapProjection::Robinson);
    scene.setProjection(MapProjection::EqualEarth);
    const double reprojectMs = timer.nsecsElapsed() / 1e6 / 2;

    const auto sites = syntheticTowers(600);
    scene.setSites(sites);
    std::vector<TowerMarker> towers;
    std::vector<const SiteRecord*> pointers;
    for (const auto& r : sites) {
        towers.push_back({r.id(), scene.towerPositions().value(r.id()),
                          MapColoring::color(r, MapColorMode::Koppen), towers.size() % 50 == 0});
        pointers.push_back(&r);
    }
    const MapLegend legend = MapColoring::legend(pointers, MapColorMode::Koppen);
    const MapStyle style = MapStyle::print();
    MapViewport viewport;
    viewport.setWorld(scene.worldBounds());

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> full, towersOnly;
    QImage base(size, QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < frames; ++i) {
        // Every frame pans a little, as during a drag, so nothing can be reused.
        viewport.panBy(QPointF(i % 2 ? 3 : -3, 0), size);
        timer.restart();
        {
            QPainter p(&image);
            MapRenderer::paintBase(p, size, scene, viewport, style);
            MapRenderer::paintTowers(p, size, viewport, towers, style, towers[7].id);
            MapRenderer::paintLegend(p, size, legend, style);
        }
        full.push_back(timer.nsecsElapsed() / 1e6);
    }
    {
        QPainter p(&base);
        MapRenderer::paintBase(p, size, scene, viewport, style);
    }
    for (int i = 0; i < frames; ++i) {
        // Hover or selection changes: the widget redraws towers over its cached base.
        timer.restart();
        {
            QPainter p(&image);
            p.drawImage(0, 0, base);
            MapRenderer::paintTowers(p, size, viewport, towers, style,
                                     towers[i % towers.size()].id);
            MapRenderer::paintLegend(p, size, legend, style);
        }
        towersOnly.push_back(timer.nsecsElapsed() / 1e6);
    }
    LandPolygons land = readLandPolygons(basemap.toStdString());
    std::printf("map benchmark: %dx%d, %zu towers, %zu land rings / %zu vertices (%s)\n",
                size.width(), size.height(), towers.size(), land.rings.size(), land.vertexCount(),
                qPrintable(basemap));
    std::printf("  basemap read + project:        %8.2f ms (once)\n", loadMs);
    std::printf("  reprojection:                  %8.2f ms (per projection change)\n", reprojectMs);
    std::printf("  full frame (pan), median:      %8.2f ms  max %.2f ms  over %d frames  target < "
                "16 ms: %s\n",
                median(full), *std::max_element(full.begin(), full.end()), frames,
                median(full) < 16.0 ? "met" : "NOT MET");
    std::printf("  towers over cached base, median: %6.2f ms\n", median(towersOnly));
    return 0;
}
