#include "demo/demo_reference_netcdf.h"

#include <cstdio>
#include <gdal_priv.h>
#include <memory>
#include <stdexcept>

namespace fluxlens::demo {
namespace {
struct DatasetCloser {
    void operator()(GDALDataset* d) const {
        if (d)
            GDALClose(d);
    }
};

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw std::runtime_error(path.string() + ": " + what + ": " + CPLGetLastErrorMsg());
}

template <class T>
T check(T value, const std::filesystem::path& path, const std::string& what) {
    if (!value)
        fail(path, what);
    return value;
}

void setText(const std::shared_ptr<GDALIHasAttribute>& owner, const std::string& name,
             const std::string& value, const std::filesystem::path& path) {
    auto attribute = check(owner->CreateAttribute(name, {}, GDALExtendedDataType::CreateString()),
                           path, "cannot create attribute " + name);
    if (!attribute->Write(value.c_str()))
        fail(path, "cannot write attribute " + name);
}

void setNumber(const std::shared_ptr<GDALMDArray>& owner, const std::string& name, double value,
               const std::filesystem::path& path) {
    auto attribute =
        check(owner->CreateAttribute(name, {}, GDALExtendedDataType::Create(GDT_Float64)), path,
              "cannot create attribute " + name);
    if (!attribute->Write(value))
        fail(path, "cannot write attribute " + name);
}

std::shared_ptr<GDALMDArray> coordinate(GDALGroup& root,
                                        const std::shared_ptr<GDALDimension>& dimension,
                                        const std::vector<double>& values,
                                        const std::filesystem::path& path) {
    auto array = check(root.CreateMDArray(dimension->GetName(), {dimension},
                                          GDALExtendedDataType::Create(GDT_Float64)),
                       path, "cannot create variable " + dimension->GetName());
    const GUInt64 start = 0;
    const size_t count = values.size();
    if (!array->Write(&start, &count, nullptr, nullptr, GDALExtendedDataType::Create(GDT_Float64),
                      values.data()))
        fail(path, "cannot write variable " + dimension->GetName());
    return array;
}
} // namespace

std::string referenceFileName(int firstYear, int lastYear) {
    return "reference/reference_synthetic_" + std::to_string(firstYear) + "-" +
           std::to_string(lastYear) + ".nc";
}

void writeReferenceNetcdf(const DemoPlan& plan, const std::vector<Site>& sites,
                          const std::filesystem::path& path, const ReferenceOptions& options,
                          const DemoJobControl& control) {
    const ReferenceGrid grid = planReferenceGrid(plan, sites, options);
    std::error_code ec;
    if (path.has_parent_path())
        std::filesystem::create_directories(path.parent_path(), ec);
    std::filesystem::remove(path, ec);

    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    if (!driver)
        throw std::runtime_error(path.string() + ": GDAL has no netCDF driver");
    CPLStringList datasetOptions;
    datasetOptions.SetNameValue("FORMAT", "NC4");
    datasetOptions.SetNameValue("CONVENTIONS", "CF-1.6");
    std::unique_ptr<GDALDataset, DatasetCloser> dataset(
        driver->CreateMultiDimensional(path.string().c_str(), nullptr, datasetOptions.List()));
    if (!dataset)
        fail(path, "cannot create NetCDF file");
    auto root = check(dataset->GetRootGroup(), path, "no root group");

    const std::size_t steps = grid.stepCount();
    auto timeDim =
        check(root->CreateDimension("time", GDAL_DIM_TYPE_TEMPORAL, std::string(), steps), path,
              "cannot create dimension time");
    auto latDim = check(root->CreateDimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH",
                                              static_cast<GUInt64>(grid.latCount)),
                        path, "cannot create dimension lat");
    auto lonDim = check(root->CreateDimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, "EAST",
                                              static_cast<GUInt64>(grid.lonCount)),
                        path, "cannot create dimension lon");

    std::vector<double> hours(steps), lats(static_cast<std::size_t>(grid.latCount)),
        lons(static_cast<std::size_t>(grid.lonCount));
    for (std::size_t i = 0; i < steps; ++i)
        hours[i] = static_cast<double>(i) * grid.options.stepHours;
    for (int i = 0; i < grid.latCount; ++i)
        lats[static_cast<std::size_t>(i)] = grid.latitude(i);
    for (int i = 0; i < grid.lonCount; ++i)
        lons[static_cast<std::size_t>(i)] = grid.longitude(i);
    auto time = coordinate(*root, timeDim, hours, path);
    char timeUnits[64];
    std::snprintf(timeUnits, sizeof timeUnits, "hours since %04d-01-01 00:00:00", grid.firstYear);
    setText(time, "units", timeUnits, path);
    setText(time, "calendar", "standard", path);
    setText(time, "standard_name", "time", path);
    setText(time, "axis", "T", path);
    setText(time, "comment", "start of each step; values are mean rates over [time, time + step)",
            path);
    auto lat = coordinate(*root, latDim, lats, path);
    setText(lat, "units", "degrees_north", path);
    setText(lat, "standard_name", "latitude", path);
    setText(lat, "axis", "Y", path);
    auto lon = coordinate(*root, lonDim, lons, path);
    setText(lon, "units", "degrees_east", path);
    setText(lon, "standard_name", "longitude", path);
    setText(lon, "axis", "X", path);

    setText(root, "title", kReferenceProductName, path);
    setText(root, "product", kReferenceProductName, path);
    setText(root, "source",
            "FluxLens demo generator: the demo process model with class-mean parameters on "
            "week-smoothed cell drivers (synthetic data, not a real product)",
            path);
    setText(root, "institution", "synthetic demo", path);
    char comment[160];
    std::snprintf(comment, sizeof comment,
                  "%g degree grid, %d-hourly steps; only cells holding demo sites carry data; "
                  "seed %llu",
                  grid.options.cellSize_deg, grid.options.stepHours,
                  static_cast<unsigned long long>(plan.options.seed));
    setText(root, "comment", comment, path);

    CPLStringList arrayOptions;
    arrayOptions.SetNameValue("COMPRESS", "DEFLATE");
    arrayOptions.SetNameValue("ZLEVEL", "4");
    arrayOptions.SetNameValue("BLOCKSIZE", (std::to_string(steps) + ",1,1").c_str());
    struct Variable {
        const char* name;
        const char* longName;
        std::shared_ptr<GDALMDArray> array;
    };
    std::array<Variable, 3> variables{{{"GPP", "gross primary production", nullptr},
                                       {"RECO", "ecosystem respiration", nullptr},
                                       {"NEE", "net ecosystem exchange (RECO - GPP)", nullptr}}};
    for (auto& v : variables) {
        v.array = check(root->CreateMDArray(v.name, {timeDim, latDim, lonDim},
                                            GDALExtendedDataType::Create(GDT_Float32),
                                            arrayOptions.List()),
                        path, std::string("cannot create variable ") + v.name);
        if (!v.array->SetNoDataValue(-9999.0))
            fail(path, std::string("cannot set the fill value of ") + v.name);
        setText(v.array, "units", "gC m-2 d-1", path);
        setText(v.array, "long_name", v.longName, path);
        setNumber(v.array, "missing_value", -9999.0, path);
    }

    for (std::size_t c = 0; c < grid.cells.size(); ++c) {
        control.throwIfCancelled();
        const ReferenceCell& cell = grid.cells[c];
        const ReferenceCellSeries series = computeReferenceCell(plan, grid, cell);
        const GUInt64 start[3] = {0, static_cast<GUInt64>(cell.latIndex),
                                  static_cast<GUInt64>(cell.lonIndex)};
        const size_t count[3] = {steps, 1, 1};
        const std::vector<float>* data[3] = {&series.gpp, &series.reco, &series.nee};
        for (std::size_t v = 0; v < variables.size(); ++v)
            if (!variables[v].array->Write(start, count, nullptr, nullptr,
                                           GDALExtendedDataType::Create(GDT_Float32),
                                           data[v]->data()))
                fail(path, std::string("cannot write variable ") + variables[v].name);
        control.report(static_cast<double>(c + 1) / static_cast<double>(grid.cells.size()));
    }
    variables = {};
    time.reset();
    lat.reset();
    lon.reset();
    root.reset();
    CPLErrorReset();
    dataset.reset(); // closes the file, flushing what is left
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        fail(path, "cannot finish the NetCDF file");
}

} // namespace fluxlens::demo
