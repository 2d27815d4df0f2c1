#include "demo/demo_grid_netcdf.h"

#include "common/dates.h"
#include "demo/demo_netcdf_writer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <ogr_spatialref.h>

namespace fluxlens::demo {
namespace {
using Dim = std::shared_ptr<GDALDimension>;

struct Axes {
    Dim time, lat, lon;
};

struct YearSlice {
    int firstDay = 0; // index into the grid's days
    int days = 0;
};

YearSlice yearSlice(const DemoGrid& g, int year) {
    const int first = firstDayOfYearsLater(g.firstDayNumber, year - g.grid.firstYear);
    const int next = firstDayOfYearsLater(g.firstDayNumber, year - g.grid.firstYear + 1);
    return {first - g.firstDayNumber, next - first};
}

std::string blockSize(const DemoGrid& g) {
    return "1," + std::to_string(std::min(g.grid.rows(), 256)) + "," +
           std::to_string(std::min(g.grid.columns(), 256));
}

// Latitude (descending) and longitude coordinates, named as the file's convention wants.
Axes horizontalAxes(NetcdfWriter& file, const DemoGrid& g, const std::string& latName,
                    const std::string& lonName) {
    Axes axes;
    axes.lat = file.dimension(latName, GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH",
                              static_cast<std::size_t>(g.grid.rows()));
    axes.lon = file.dimension(lonName, GDAL_DIM_TYPE_HORIZONTAL_X, "EAST",
                              static_cast<std::size_t>(g.grid.columns()));
    std::vector<double> lats, lons;
    for (int r = 0; r < g.grid.rows(); ++r)
        lats.push_back(g.grid.latOfRow(r));
    for (int c = 0; c < g.grid.columns(); ++c)
        lons.push_back(g.grid.lonOfColumn(c));
    auto lat = file.coordinate(axes.lat, lats);
    file.text(*lat, "units", "degrees_north");
    file.text(*lat, "standard_name", "latitude");
    file.text(*lat, "long_name", "latitude");
    file.text(*lat, "axis", "Y");
    auto lon = file.coordinate(axes.lon, lons);
    file.text(*lon, "units", "degrees_east");
    file.text(*lon, "standard_name", "longitude");
    file.text(*lon, "long_name", "longitude");
    file.text(*lon, "axis", "X");
    return axes;
}

// A time axis of whole days from `firstDayNumber`, in `unitSeconds` (86400: days, 1: seconds).
Dim timeAxis(NetcdfWriter& file, const std::string& name, int firstDayNumber, int days,
             double unitSeconds, GDALDataType type, const std::string& units,
             const std::string& calendar) {
    Dim dim =
        file.dimension(name, GDAL_DIM_TYPE_TEMPORAL, std::string(), static_cast<std::size_t>(days));
    std::vector<double> values;
    for (int d = 0; d < days; ++d)
        values.push_back((firstDayNumber + d) * (86400.0 / unitSeconds));
    auto time = file.coordinate(dim, values, type);
    file.text(*time, "units", units);
    file.text(*time, "calendar", calendar);
    file.text(*time, "standard_name", "time");
    file.text(*time, "long_name", "time");
    file.text(*time, "axis", "T");
    return dim;
}

void syntheticLabel(NetcdfWriter& file, const DemoGrid& g, const std::string& title) {
    file.text(file.root(), "title", title);
    file.text(file.root(), "institution", "synthetic demo");
    char comment[200];
    std::snprintf(comment, sizeof comment,
                  "synthetic data from the FluxLens demo world, not a real product; grid "
                  "%g,%g,%g,%g at %g degrees, years %d-%d",
                  g.grid.west_deg, g.grid.south_deg, g.grid.east_deg, g.grid.north_deg,
                  g.grid.resolution_deg, g.grid.firstYear, g.grid.lastYear);
    file.text(file.root(), "comment", comment);
}

struct Era5Variable {
    GridDriver driver;
    const char* name;
    const char* longName;
    const char* units;
    const char* standardName;
};

constexpr std::array<Era5Variable, kGridDriverCount> kEra5Variables{{
    {kT2m, "t2m", "2 metre temperature", "K", "air_temperature"},
    {kD2m, "d2m", "2 metre dewpoint temperature", "K", "dew_point_temperature"},
    {kSsrd, "ssrd", "Surface short-wave (solar) radiation downwards", "J m**-2",
     "integral_wrt_time_of_surface_downwelling_shortwave_flux_in_air"},
    {kStrd, "strd", "Surface long-wave (thermal) radiation downwards", "J m**-2",
     "integral_wrt_time_of_surface_downwelling_longwave_flux_in_air"},
    {kTp, "tp", "Total precipitation", "m", "lwe_thickness_of_precipitation_amount"},
    {kSwvl1, "swvl1", "Volumetric soil water layer 1", "m**3 m**-3", ""},
    {kSp, "sp", "Surface pressure", "Pa", "surface_air_pressure"},
    {kU10, "u10", "10 metre U wind component", "m s**-1", "eastward_wind"},
    {kV10, "v10", "10 metre V wind component", "m s**-1", "northward_wind"},
}};

std::shared_ptr<GDALMDArray> floatField(NetcdfWriter& file, const std::string& name,
                                        const std::vector<Dim>& dims, const std::string& blocks) {
    auto array = file.variable(name, dims, GDT_Float32, blocks);
    if (!array->SetNoDataValue(std::numeric_limits<double>::quiet_NaN()))
        file.fail("cannot set the fill value of " + name);
    return array;
}

void writeLandFraction(NetcdfWriter& file, const DemoGrid& g, const std::string& name,
                       const Axes& axes) {
    auto lsm = file.variable(name, {axes.lat, axes.lon}, GDT_Float32, "");
    file.text(*lsm, "units", "1");
    file.text(*lsm, "long_name", name == "lsm" ? "Land-sea mask" : "land fraction of the pixel");
    file.text(*lsm, "standard_name", "land_area_fraction");
    file.text(*lsm, "comment",
              "share of the pixel that is land in the Beck et al. (2018) "
              "Koppen-Geiger map FluxLens ships (0.083 degrees)");
    file.write(
        *lsm, {0, 0},
        {static_cast<std::size_t>(g.grid.rows()), static_cast<std::size_t>(g.grid.columns())},
        GDT_Float32, g.landFraction.data());
}

std::uint64_t fnv1a(const std::vector<float>& values, std::uint64_t hash) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(values.data());
    for (std::size_t i = 0; i < values.size() * sizeof(float); ++i)
        hash = (hash ^ bytes[i]) * 0x100000001B3ULL;
    return hash;
}

void writeCrs(NetcdfWriter& file) {
    auto crs = file.variable("crs", {}, GDT_Int32, "");
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    char* wkt = nullptr;
    wgs84.exportToWkt(&wkt);
    const std::string crsWkt = wkt ? wkt : "";
    CPLFree(wkt);
    file.text(*crs, "grid_mapping_name", "latitude_longitude");
    file.number(*crs, "longitude_of_prime_meridian", 0.0);
    file.number(*crs, "semi_major_axis", 6378137.0);
    file.number(*crs, "inverse_flattening", 298.257223563);
    file.text(*crs, "crs_wkt", crsWkt);
    file.text(*crs, "spatial_ref", crsWkt);
    file.text(*crs, "epsg_code", "EPSG:4326");
}
} // namespace

void writeEra5LandYear(const DemoGrid& g, int year, const std::filesystem::path& path) {
    const YearSlice slice = yearSlice(g, year);
    NetcdfWriter file(path, "CF-1.7");
    Axes axes;
    axes.time = timeAxis(file, "valid_time", g.firstDayNumber + slice.firstDay, slice.days, 1.0,
                         GDT_Int64, "seconds since 1970-01-01", "proleptic_gregorian");
    const Axes horizontal = horizontalAxes(file, g, "latitude", "longitude");
    axes.lat = horizontal.lat;
    axes.lon = horizontal.lon;
    syntheticLabel(file, g, "ERA5-Land daily (synthetic demo)");
    file.text(file.root(), "GRIB_centre", "ecmf");
    file.text(file.root(), "source",
              "FluxLens demo generator: the demo weather and soil-water model at each pixel; "
              "daily means, radiation and precipitation summed over the day");
    const std::size_t counts = static_cast<std::size_t>(g.grid.pixelCount());
    for (const Era5Variable& v : kEra5Variables) {
        auto array = floatField(file, v.name, {axes.time, axes.lat, axes.lon}, blockSize(g));
        file.text(*array, "units", v.units);
        file.text(*array, "long_name", v.longName);
        if (*v.standardName)
            file.text(*array, "standard_name", v.standardName);
        file.write(*array, {0, 0, 0},
                   {static_cast<std::size_t>(slice.days), static_cast<std::size_t>(g.grid.rows()),
                    static_cast<std::size_t>(g.grid.columns())},
                   GDT_Float32, g.drivers[v.driver].data() + slice.firstDay * counts);
    }
    writeLandFraction(file, g, "lsm", horizontal);
    file.finish();
}

void writeModisYear(const DemoGrid& g, int year, const std::filesystem::path& path) {
    const YearSlice slice = yearSlice(g, year);
    NetcdfWriter file(path, "CF-1.8");
    Axes axes;
    axes.time = timeAxis(file, "time", g.firstDayNumber + slice.firstDay, slice.days, 86400.0,
                         GDT_Int32, "days since 1970-01-01", "standard");
    const Axes horizontal = horizontalAxes(file, g, "lat", "lon");
    axes.lat = horizontal.lat;
    axes.lon = horizontal.lon;
    syntheticLabel(file, g, "MOD09GA surface reflectance stack (synthetic demo)");
    file.text(file.root(), "source",
              "FluxLens demo generator: canopy, soil and snow spectra mixed by the demo "
              "vegetation model at each pixel, with cloud gaps");
    const std::size_t counts = static_cast<std::size_t>(g.grid.pixelCount());
    static constexpr const char* kWavelengths[7] = {"620-670",   "841-876",   "459-479",  "545-565",
                                                    "1230-1250", "1628-1652", "2105-2155"};
    for (std::size_t b = 0; b < 7; ++b) {
        const std::string name = "sur_refl_b0" + std::to_string(b + 1);
        auto array = file.variable(name, {axes.time, axes.lat, axes.lon}, GDT_Int16, blockSize(g));
        if (!array->SetNoDataValue(static_cast<double>(kModisFill)) || !array->SetScale(0.0001) ||
            !array->SetOffset(0.0))
            file.fail("cannot set the fill value and scale of " + name);
        file.text(*array, "units", "1");
        file.text(*array, "long_name",
                  "surface reflectance for band " + std::to_string(b + 1) + " (" + kWavelengths[b] +
                      " nm)");
        file.numbers(*array, "valid_range", {-100.0, 16000.0}, GDT_Int16);
        file.write(*array, {0, 0, 0},
                   {static_cast<std::size_t>(slice.days), static_cast<std::size_t>(g.grid.rows()),
                    static_cast<std::size_t>(g.grid.columns())},
                   GDT_Int16, g.reflectance[b].data() + slice.firstDay * counts);
    }
    file.finish();
}

void writeFluxMap(const DemoGrid& g, FluxMapKind kind, const std::string& driversFile,
                  const std::filesystem::path& path) {
    const bool truth = kind == FluxMapKind::Truth;
    const std::vector<float>& gpp = truth ? g.gppTrue : g.gppReference;
    const std::vector<float>& reco = truth ? g.recoTrue : g.recoReference;
    std::vector<float> nee(gpp.size());
    for (std::size_t i = 0; i < nee.size(); ++i)
        nee[i] = reco[i] - gpp[i];

    NetcdfWriter file(path, "CF-1.8");
    Axes axes;
    axes.time = timeAxis(file, "time", g.firstDayNumber, g.dayCount, 86400.0, GDT_Int32,
                         "days since 1970-01-01", "standard");
    const Axes horizontal = horizontalAxes(file, g, "lat", "lon");
    axes.lat = horizontal.lat;
    axes.lon = horizontal.lon;
    syntheticLabel(file, g,
                   truth ? "true fluxes of the demo world (synthetic)"
                         : "reference (synthetic), daily on the demo grid");
    file.text(file.root(), "source",
              truth ? "FluxLens demo generator: the process model's true GPP, RECO and NEE at "
                      "each pixel (the demo tower's own where a pixel holds one)"
                    : "FluxLens demo generator: the demo process model with class-mean "
                      "parameters on week-smoothed pixel drivers (an X-BASE stand-in)");
    file.text(file.root(), "product", truth ? "truth (synthetic)" : "reference (synthetic)");
    file.text(file.root(), "fluxlens_model",
              truth ? "none (process-model truth)" : "none (synthetic reference product)");
    char hash[32];
    std::snprintf(hash, sizeof hash, "fnv1a64:%016llx",
                  static_cast<unsigned long long>(
                      fnv1a(nee, fnv1a(reco, fnv1a(gpp, 0xCBF29CE484222325ULL)))));
    file.text(file.root(), "fluxlens_data_hash", hash);
    file.text(file.root(), "fluxlens_drivers", driversFile);
    file.text(file.root(), "history", "fluxlens-cli demo --grid");

    writeCrs(file);
    struct Variable {
        const char* name;
        const char* longName;
        const std::vector<float>* values;
    };
    const std::array<Variable, 3> variables{{{"GPP", "gross primary production", &gpp},
                                             {"RECO", "ecosystem respiration", &reco},
                                             {"NEE", "net ecosystem exchange (RECO - GPP)", &nee}}};
    for (const Variable& v : variables) {
        auto array = floatField(file, v.name, {axes.time, axes.lat, axes.lon}, blockSize(g));
        file.text(*array, "units", "gC m-2 d-1");
        file.text(*array, "long_name", v.longName);
        file.text(*array, "grid_mapping", "crs");
        file.text(*array, "cell_methods", "time: mean");
        file.write(*array, {0, 0, 0},
                   {static_cast<std::size_t>(g.dayCount), static_cast<std::size_t>(g.grid.rows()),
                    static_cast<std::size_t>(g.grid.columns())},
                   GDT_Float32, v.values->data());
    }
    writeLandFraction(file, g, "land_fraction", horizontal);
    file.finish();
}

} // namespace fluxlens::demo
