#include "demo/demo_reference_netcdf.h"

#include "demo/demo_netcdf_writer.h"

#include <array>
#include <cstdio>

namespace fluxlens::demo {

std::string referenceFileName(int firstYear, int lastYear) {
    return "reference/reference_synthetic_" + std::to_string(firstYear) + "-" +
           std::to_string(lastYear) + ".nc";
}

void writeReferenceNetcdf(const DemoPlan& plan, const std::vector<Site>& sites,
                          const std::filesystem::path& path, const ReferenceOptions& options,
                          const DemoJobControl& control) {
    const ReferenceGrid grid = planReferenceGrid(plan, sites, options);
    NetcdfWriter file(path, "CF-1.6");
    const std::size_t steps = grid.stepCount();
    auto timeDim = file.dimension("time", GDAL_DIM_TYPE_TEMPORAL, std::string(), steps);
    auto latDim = file.dimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH",
                                 static_cast<std::size_t>(grid.latCount));
    auto lonDim = file.dimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, "EAST",
                                 static_cast<std::size_t>(grid.lonCount));

    std::vector<double> hours(steps), lats(static_cast<std::size_t>(grid.latCount)),
        lons(static_cast<std::size_t>(grid.lonCount));
    for (std::size_t i = 0; i < steps; ++i)
        hours[i] = static_cast<double>(i) * grid.options.stepHours;
    for (int i = 0; i < grid.latCount; ++i)
        lats[static_cast<std::size_t>(i)] = grid.latitude(i);
    for (int i = 0; i < grid.lonCount; ++i)
        lons[static_cast<std::size_t>(i)] = grid.longitude(i);
    auto time = file.coordinate(timeDim, hours);
    char timeUnits[64];
    std::snprintf(timeUnits, sizeof timeUnits, "hours since %04d-01-01 00:00:00", grid.firstYear);
    file.text(*time, "units", timeUnits);
    file.text(*time, "calendar", "standard");
    file.text(*time, "standard_name", "time");
    file.text(*time, "axis", "T");
    file.text(*time, "comment",
              "start of each step; values are mean rates over [time, time + step)");
    auto lat = file.coordinate(latDim, lats);
    file.text(*lat, "units", "degrees_north");
    file.text(*lat, "standard_name", "latitude");
    file.text(*lat, "axis", "Y");
    auto lon = file.coordinate(lonDim, lons);
    file.text(*lon, "units", "degrees_east");
    file.text(*lon, "standard_name", "longitude");
    file.text(*lon, "axis", "X");

    file.text(file.root(), "title", kReferenceProductName);
    file.text(file.root(), "product", kReferenceProductName);
    file.text(file.root(), "source",
              "FluxLens demo generator: the demo process model with class-mean parameters on "
              "week-smoothed cell drivers (synthetic data, not a real product)");
    file.text(file.root(), "institution", "synthetic demo");
    char comment[160];
    std::snprintf(comment, sizeof comment,
                  "%g degree grid, %d-hourly steps; only cells holding demo sites carry data; "
                  "seed %llu",
                  grid.options.cellSize_deg, grid.options.stepHours,
                  static_cast<unsigned long long>(plan.options.seed));
    file.text(file.root(), "comment", comment);

    struct Variable {
        const char* name;
        const char* longName;
        std::shared_ptr<GDALMDArray> array;
    };
    std::array<Variable, 3> variables{{{"GPP", "gross primary production", nullptr},
                                       {"RECO", "ecosystem respiration", nullptr},
                                       {"NEE", "net ecosystem exchange (RECO - GPP)", nullptr}}};
    for (auto& v : variables) {
        v.array = file.variable(v.name, {timeDim, latDim, lonDim}, GDT_Float32,
                                std::to_string(steps) + ",1,1");
        if (!v.array->SetNoDataValue(-9999.0))
            file.fail(std::string("cannot set the fill value of ") + v.name);
        file.text(*v.array, "units", "gC m-2 d-1");
        file.text(*v.array, "long_name", v.longName);
        file.number(*v.array, "missing_value", -9999.0);
    }

    for (std::size_t c = 0; c < grid.cells.size(); ++c) {
        control.throwIfCancelled();
        const ReferenceCell& cell = grid.cells[c];
        const ReferenceCellSeries series = computeReferenceCell(plan, grid, cell);
        const std::vector<GUInt64> start{0, static_cast<GUInt64>(cell.latIndex),
                                         static_cast<GUInt64>(cell.lonIndex)};
        const std::vector<std::size_t> count{steps, 1, 1};
        const std::vector<float>* data[3] = {&series.gpp, &series.reco, &series.nee};
        for (std::size_t v = 0; v < variables.size(); ++v)
            file.write(*variables[v].array, start, count, GDT_Float32, data[v]->data());
        control.report(static_cast<double>(c + 1) / static_cast<double>(grid.cells.size()));
    }
    variables = {};
    time.reset();
    lat.reset();
    lon.reset();
    file.finish();
}

} // namespace fluxlens::demo
