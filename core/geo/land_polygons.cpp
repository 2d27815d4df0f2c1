#include "geo/land_polygons.h"

#include "common/input_error.h"

#include <memory>
#include <ogrsf_frmts.h>

namespace fluxlens {
namespace {
struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
struct FeatureDeleter {
    void operator()(OGRFeature* f) const { OGRFeature::DestroyFeature(f); }
};

void appendRing(const OGRLinearRing* ring, bool isHole, LandPolygons& out) {
    if (!ring || ring->getNumPoints() < 3)
        return;
    Ring r;
    r.isHole = isHole;
    r.lonLat.reserve(static_cast<std::size_t>(ring->getNumPoints()));
    for (int i = 0; i < ring->getNumPoints(); ++i)
        r.lonLat.push_back({ring->getX(i), ring->getY(i)});
    out.rings.push_back(std::move(r));
}

void appendPolygon(const OGRPolygon* polygon, LandPolygons& out) {
    appendRing(polygon->getExteriorRing(), false, out);
    for (int i = 0; i < polygon->getNumInteriorRings(); ++i)
        appendRing(polygon->getInteriorRing(i), true, out);
}

void appendGeometry(const OGRGeometry* g, LandPolygons& out) {
    if (!g)
        return;
    switch (wkbFlatten(g->getGeometryType())) {
    case wkbPolygon:
        appendPolygon(g->toPolygon(), out);
        break;
    case wkbMultiPolygon:
        for (const OGRPolygon* p : *g->toMultiPolygon())
            appendPolygon(p, out);
        break;
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g->toGeometryCollection())
            appendGeometry(part, out);
        break;
    default:
        break;
    }
}
} // namespace

std::size_t LandPolygons::vertexCount() const {
    std::size_t n = 0;
    for (const auto& r : rings)
        n += r.lonLat.size();
    return n;
}

std::string defaultLandPolygonPath() {
    return "/usr/share/cartopy/data/shapefiles/gshhs/c/GSHHS_c_L1.shp";
}

LandPolygons readLandPolygons(const std::string& path) {
    GDALAllRegister();
    // GDAL's own messages (e.g. about unclosed GSHHS rings) are replaced by ours.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    struct PopHandler {
        ~PopHandler() { CPLPopErrorHandler(); }
    } popHandler;
    std::unique_ptr<GDALDataset, DatasetCloser> dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset)
        throw InputError(path, "cannot open as a vector data source: " +
                                   std::string(CPLGetLastErrorMsg()));
    if (dataset->GetLayerCount() < 1)
        throw InputError(path, "holds no vector layer");
    OGRLayer* layer = dataset->GetLayer(0);

    std::unique_ptr<OGRCoordinateTransformation> toWgs84;
    if (const OGRSpatialReference* srs = layer->GetSpatialRef()) {
        OGRSpatialReference wgs84;
        wgs84.SetWellKnownGeogCS("WGS84");
        wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        if (!srs->IsSame(&wgs84)) {
            OGRSpatialReference source(*srs);
            source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
            toWgs84.reset(OGRCreateCoordinateTransformation(&source, &wgs84));
        }
    }

    LandPolygons out;
    out.sourcePath = path;
    layer->ResetReading();
    while (std::unique_ptr<OGRFeature, FeatureDeleter> feature{layer->GetNextFeature()}) {
        OGRGeometry* g = feature->GetGeometryRef();
        if (g && toWgs84 && g->transform(toWgs84.get()) != OGRERR_NONE)
            continue;
        appendGeometry(g, out);
    }
    if (out.rings.empty())
        throw InputError(path, "layer '" + std::string(layer->GetName()) + "' holds no polygons");
    return out;
}

} // namespace fluxlens
