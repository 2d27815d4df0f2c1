#pragma once

// Writes small gridded files with GDAL for the importer tests: a 10 × 10 grid of 1° pixels
// covering 0..10° E, 40..50° N, one band per time step, value = col + 10 row + 0.01 band.
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>
#include <stdexcept>
#include <string>
#include <vector>

namespace fluxlens::test {

inline double gridValue(int col, int row, int band) {
    return col + 10.0 * row + 0.01 * band;
}

struct GridSpec {
    std::string variable = "GPP";
    std::string units = "umol m-2 s-1";
    int bands = 48;
    std::string timeUnits = "hours since 2015-01-01 00:00:00"; // NetCDF only
    std::vector<std::string> bandDates;                        // GeoTIFF: band descriptions
};

// driver: "netCDF" or "GTiff".
inline void writeGrid(const std::string& path, const std::string& driver, const GridSpec& spec) {
    GDALAllRegister();
    GDALDriverH memDriver = GDALGetDriverByName("MEM");
    GDALDatasetH mem = GDALCreate(memDriver, "", 10, 10, spec.bands, GDT_Float32, nullptr);
    double gt[6] = {0.0, 1.0, 0.0, 50.0, 0.0, -1.0};
    GDALSetGeoTransform(mem, gt);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    GDALSetSpatialRef(mem, srs);
    OSRDestroySpatialReference(srs);
    std::string values;
    for (int b = 0; b < spec.bands; ++b)
        values += (b ? "," : "") + std::to_string(b);
    if (driver == "netCDF") {
        GDALSetMetadataItem(mem, "NETCDF_DIM_EXTRA", "{time}", nullptr);
        GDALSetMetadataItem(mem, "NETCDF_DIM_time_DEF",
                            ("{" + std::to_string(spec.bands) + ",6}").c_str(), nullptr);
        GDALSetMetadataItem(mem, "NETCDF_DIM_time_VALUES", ("{" + values + "}").c_str(), nullptr);
        GDALSetMetadataItem(mem, "time#units", spec.timeUnits.c_str(), nullptr);
    }
    std::vector<float> pixels(100);
    for (int b = 0; b < spec.bands; ++b) {
        GDALRasterBandH band = GDALGetRasterBand(mem, b + 1);
        for (int row = 0; row < 10; ++row)
            for (int col = 0; col < 10; ++col)
                pixels[row * 10 + col] = static_cast<float>(gridValue(col, row, b));
        if (GDALRasterIO(band, GF_Write, 0, 0, 10, 10, pixels.data(), 10, 10, GDT_Float32, 0, 0) !=
            CE_None)
            throw std::runtime_error("cannot fill the MEM band");
        GDALSetRasterUnitType(band, spec.units.c_str());
        if (driver == "netCDF") {
            GDALSetMetadataItem(band, "NETCDF_VARNAME", spec.variable.c_str(), nullptr);
            GDALSetMetadataItem(band, "units", spec.units.c_str(), nullptr);
            GDALSetMetadataItem(band, "NETCDF_DIM_time", std::to_string(b).c_str(), nullptr);
        }
        if (b < static_cast<int>(spec.bandDates.size()))
            GDALSetDescription(band, spec.bandDates[b].c_str());
    }
    GDALDatasetH out = GDALCreateCopy(GDALGetDriverByName(driver.c_str()), path.c_str(), mem, FALSE,
                                      nullptr, nullptr, nullptr);
    GDALClose(mem);
    if (!out)
        throw std::runtime_error("GDAL cannot write " + path + ": " + CPLGetLastErrorMsg());
    GDALClose(out);
}

} // namespace fluxlens::test
