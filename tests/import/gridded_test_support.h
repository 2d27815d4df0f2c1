#pragma once

// Writes small gridded files with GDAL for the importer tests: a 10 × 10 grid of 1° pixels
// covering 0..10° E, 40..50° N, one band per time step, value = col + 10 row + 0.01 band.
#include <cpl_string.h>
#include <gdal.h>
#include <gdal_priv.h>
#include <memory>
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

// A CF NetCDF with several variables written through GDAL's multidimensional API, as products
// are distributed: time (hours since 2015-01-01, `stepHours` steps over 2 days), lat ascending
// 40.5..49.5, lon 0.5..9.5. GPP in µmol m-2 s-1, TER in gC m-2 d-1, Tair in K.
// GPP = lonIndex + 100 latIndex + step; TER = 2 × GPP's value; Tair = 280.
namespace fluxlens::test {
inline double multiValue(int lonIndex, int latIndex, int step) {
    return lonIndex + 100.0 * latIndex + step;
}

inline void writeMultiVariableNetcdf(const std::string& path, int stepHours) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    std::unique_ptr<GDALDataset> ds(driver->CreateMultiDimensional(path.c_str(), nullptr, nullptr));
    if (!ds)
        throw std::runtime_error("cannot create " + path);
    auto root = ds->GetRootGroup();
    const int steps = 48 / stepHours;
    auto timeDim = root->CreateDimension("time", GDAL_DIM_TYPE_TEMPORAL, {}, steps);
    auto latDim = root->CreateDimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH", 10);
    auto lonDim = root->CreateDimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, "EAST", 10);
    auto f64 = GDALExtendedDataType::Create(GDT_Float64);
    auto text = GDALExtendedDataType::CreateString();
    auto setText = [&](const std::shared_ptr<GDALMDArray>& array, const char* name,
                       const char* value) { array->CreateAttribute(name, {}, text)->Write(value); };
    auto coordinate = [&](const std::shared_ptr<GDALDimension>& dim, std::vector<double> values,
                          const char* units) {
        auto array = root->CreateMDArray(dim->GetName(), {dim}, f64);
        const GUInt64 start[1] = {0};
        const size_t count[1] = {values.size()};
        array->Write(start, count, nullptr, nullptr, f64, values.data());
        setText(array, "units", units);
        return array;
    };
    std::vector<double> hours, lats, lons;
    for (int s = 0; s < steps; ++s)
        hours.push_back(s * stepHours);
    for (int i = 0; i < 10; ++i) {
        lats.push_back(40.5 + i);
        lons.push_back(0.5 + i);
    }
    auto time = coordinate(timeDim, hours, "hours since 2015-01-01 00:00:00");
    setText(time, "calendar", "standard");
    auto lat = coordinate(latDim, lats, "degrees_north");
    auto lon = coordinate(lonDim, lons, "degrees_east");
    struct Var {
        const char* name;
        const char* units;
        double scale;
        double constant;
    };
    for (const Var& v : {Var{"GPP", "umol m-2 s-1", 1.0, 0.0}, Var{"TER", "gC m-2 d-1", 2.0, 0.0},
                         Var{"Tair", "K", 0.0, 280.0}}) {
        auto array = root->CreateMDArray(v.name, {timeDim, latDim, lonDim}, f64);
        setText(array, "units", v.units);
        std::vector<double> values;
        for (int s = 0; s < steps; ++s)
            for (int la = 0; la < 10; ++la)
                for (int lo = 0; lo < 10; ++lo)
                    values.push_back(v.constant + v.scale * multiValue(lo, la, s));
        const GUInt64 start[3] = {0, 0, 0};
        const size_t count[3] = {static_cast<size_t>(steps), 10, 10};
        array->Write(start, count, nullptr, nullptr, f64, values.data());
    }
}
} // namespace fluxlens::test
