// libFuzzer entry for the gridded importer's metadata and time parsing. The bytes are lines:
//   1 time#units   2 time#calendar   3 the GPP variable's units   4 scale  5 offset  6 no-data
//   7.. one per band (at most 6): a NETCDF_DIM_time value, or a band description holding a date
// ("-" leaves an item unset). They become the metadata of a small GeoTIFF in GDAL's in-memory file
// system, imported at two sites as importGridded does with a file on disk; the same units go
// through parseCfTimeUnits directly. Each must end in samples or an InputError, never a crash,
// hang or sanitizer report.
#include "common/input_error.h"
#include "import/cf_time.h"
#include "import/gridded_importer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <string>
#include <string_view>
#include <vector>

namespace {
constexpr int kMaxBands = 6;
constexpr const char* kPath = "/vsimem/fuzz_GPP_2015.tif";

std::vector<std::string> lines(std::string_view text) {
    std::vector<std::string> out;
    while (!text.empty() && out.size() < 6 + kMaxBands) {
        const auto end = text.find('\n');
        out.emplace_back(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    }
    out.resize(6 + 1, "-"); // at least one band line
    return out;
}

bool set(const std::string& value) {
    return value != "-";
}

// Reads a number as GDAL's metadata would hold it; std::strtod copes with any text.
double number(const std::string& text) {
    return std::strtod(text.c_str(), nullptr);
}

void writeRaster(const std::vector<std::string>& item) {
    const int bands = static_cast<int>(item.size()) - 6;
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    GDALDatasetH ds = GDALCreate(driver, kPath, 3, 3, bands, GDT_Float32, nullptr);
    double transform[6] = {9.0, 1.0, 0.0, 52.0, 0.0, -1.0}; // 9..12 E, 49..52 N
    GDALSetGeoTransform(ds, transform);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    OSRSetAxisMappingStrategy(srs, OAMS_TRADITIONAL_GIS_ORDER);
    GDALSetSpatialRef(ds, srs);
    OSRDestroySpatialReference(srs);
    if (set(item[0]))
        GDALSetMetadataItem(ds, "time#units", item[0].c_str(), nullptr);
    if (set(item[1]))
        GDALSetMetadataItem(ds, "time#calendar", item[1].c_str(), nullptr);
    for (int b = 1; b <= bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(ds, b);
        float values[9];
        for (int i = 0; i < 9; ++i)
            values[i] = static_cast<float>(b * 10 + i) / 7.0f;
        (void)GDALRasterIO(band, GF_Write, 0, 0, 3, 3, values, 3, 3, GDT_Float32, 0, 0);
        if (set(item[2]))
            GDALSetRasterUnitType(band, item[2].c_str());
        if (set(item[3]))
            GDALSetRasterScale(band, number(item[3]));
        if (set(item[4]))
            GDALSetRasterOffset(band, number(item[4]));
        if (set(item[5]))
            GDALSetRasterNoDataValue(band, number(item[5]));
        const std::string& time = item[static_cast<std::size_t>(5 + b)];
        if (!set(time))
            continue;
        // Numbers are time values on the CF axis, anything else a band description.
        char* end = nullptr;
        (void)std::strtod(time.c_str(), &end);
        if (end != time.c_str() && *end == '\0')
            GDALSetMetadataItem(band, "NETCDF_DIM_time", time.c_str(), nullptr);
        else
            GDALSetDescription(band, time.c_str());
    }
    GDALClose(ds);
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    GDALAllRegister();
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::string> item =
        lines(std::string_view(reinterpret_cast<const char*>(data), size));
    (void)fluxlens::parseCfTimeUnits(item[0], item[1]);

    writeRaster(item);
    std::vector<fluxlens::Site> sites(2);
    sites[0].id = "FZ-In";
    sites[0].lat_deg = 50.5;
    sites[0].lon_deg = 10.5;
    sites[1].id = "FZ-Out";
    sites[1].lat_deg = -30.0;
    sites[1].lon_deg = 100.0;
    for (int window : {1, 3}) {
        try {
            (void)fluxlens::importGridded(kPath, "Fuzz product", sites, window,
                                          fluxlens::ImportControl());
        } catch (const fluxlens::InputError&) {
        }
    }
    VSIUnlink(kPath);
    return 0;
}
