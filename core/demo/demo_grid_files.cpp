#include "demo/demo_grid_files.h"

#include "common/input_error.h"
#include "demo/demo_grid_netcdf.h"
#include "demo/demo_grid_rasters.h"
#include "demo/demo_grid_world.h"
#include "demo/demo_writers.h"
#include "geo/koppen_legend.h"

#include <cstdio>
#include <nlohmann/json.hpp>

namespace fluxlens::demo {
namespace {
using nlohmann::ordered_json;

ordered_json fromFile(const char* source, const char* variable) {
    return {{"source", source}, {"variable", variable}};
}

ordered_json derived(const char* derive, std::vector<std::string> variables, const char* source) {
    ordered_json f;
    if (source)
        f["source"] = source;
    f["derive"] = derive;
    if (!variables.empty())
        f["variables"] = variables;
    return f;
}

// The driver map: the features of the `remote` and `tower` presets from the files written here.
std::string driverMapJson(const DemoGridOptions& g) {
    ordered_json era5Paths = ordered_json::array(), modisPaths = ordered_json::array();
    for (int y = g.firstYear; y <= g.lastYear; ++y) {
        era5Paths.push_back(era5LandGridFileName(y));
        modisPaths.push_back(modisGridFileName(y));
    }
    ordered_json features;
    for (int b = 1; b <= 7; ++b)
        features["b" + std::to_string(b)] =
            fromFile("modis", ("sur_refl_b0" + std::to_string(b)).c_str());
    features["NDVI"] = derived("ndvi", {"sur_refl_b01", "sur_refl_b02"}, "modis");
    features["EVI"] = derived("evi", {"sur_refl_b01", "sur_refl_b02", "sur_refl_b03"}, "modis");
    features["NIRv"] = derived("nirv", {"sur_refl_b01", "sur_refl_b02"}, "modis");
    features["t2m_degC"] = fromFile("era5", "t2m");
    features["ssrd_W_m2"] = fromFile("era5", "ssrd");
    features["vpd_hPa"] = derived("vpd", {"t2m", "d2m"}, "era5");
    features["tp_mm_d"] = fromFile("era5", "tp");
    features["swvl1_m3_m3"] = fromFile("era5", "swvl1");
    features["TA_F"] = fromFile("era5", "t2m");
    features["SW_IN_F"] = fromFile("era5", "ssrd");
    features["VPD_F"] = derived("vpd", {"t2m", "d2m"}, "era5");
    features["P_F"] = fromFile("era5", "tp");
    features["SW_IN_POT"] = derived("sw_in_pot", {}, nullptr);
    ordered_json map{{"format", "fluxlens-driver-map"},
                     {"version", 1},
                     {"sources",
                      {{"era5", {{"kind", "era5-land"}, {"paths", era5Paths}}},
                       {"modis", {{"kind", "modis-stack"}, {"paths", modisPaths}}},
                       {"landcover", {{"kind", "landcover"}, {"paths", {kLandCoverFileName}}}}}},
                     {"features", features},
                     {"statics",
                      {{"igbp", fromFile("landcover", "LC_Type1")},
                       {"koppen", {{"path", kGridKoppenFileName}}},
                       {"land_fraction", fromFile("era5", "lsm")}}}};
    return map.dump(2) + "\n";
}

std::string towerPixelsCsv(const DemoPlan& plan, const DemoGrid& g) {
    std::string out = "site_id,lat,lon,row,col,pixel_lat,pixel_lon\n";
    char line[160];
    for (int r = 0; r < g.grid.rows(); ++r)
        for (int c = 0; c < g.grid.columns(); ++c) {
            const int site = g.towerSite[static_cast<std::size_t>(r * g.grid.columns() + c)];
            if (site < 0)
                continue;
            const PlannedSite& s = plan.sites[static_cast<std::size_t>(site)];
            std::snprintf(line, sizeof line, "%s,%.4f,%.4f,%d,%d,%.6f,%.6f\n", s.id.c_str(),
                          s.lat_deg, s.lon_deg, r, c, g.grid.latOfRow(r), g.grid.lonOfColumn(c));
            out += line;
        }
    return out;
}

std::vector<std::uint8_t> classCodes(const auto& classes) {
    std::vector<std::uint8_t> codes;
    for (const auto c : classes)
        codes.push_back(static_cast<std::uint8_t>(c));
    return codes;
}
} // namespace

std::string era5LandGridFileName(int year) {
    return "era5land_daily_" + std::to_string(year) + ".nc";
}

std::string modisGridFileName(int year) {
    return "mod09ga_" + std::to_string(year) + ".nc";
}

std::string gridReferenceFileName(int firstYear, int lastYear) {
    return "reference_synthetic_daily_" + std::to_string(firstYear) + "-" +
           std::to_string(lastYear) + ".nc";
}

WrittenDemoGrid writeDemoGridFiles(const DemoPlan& plan, const DemoGridOptions& options,
                                   const std::filesystem::path& demoFolder,
                                   const DemoJobControl& control, unsigned threads) {
    WrittenDemoGrid written;
    written.grid = resolveGridOptions(options, plan.options);
    written.folder = demoFolder / kGridFolder;
    const DemoGridOptions& g = written.grid;
    const auto koppenMap = shippedKoppenMapPath();
    if (!koppenMap)
        throw InputError(kShippedKoppenMapFile,
                         "the Köppen map FluxLens ships (the demo grid's land mask) is not "
                         "installed");
    std::vector<float> land = landFractionFromKoppenMap(g, *koppenMap);
    const DemoGrid grid =
        computeDemoGrid(plan, g, std::move(land), control.subRange(0.0, 0.85), threads);
    for (std::size_t p = 0; p < grid.pixelCount(); ++p)
        written.landPixels += grid.hasData(p) ? 1 : 0;

    const int years = g.lastYear - g.firstYear + 1;
    const int steps = 2 * years + 6;
    int step = 0;
    auto done = [&](const std::string& file) {
        written.files.push_back(file);
        control.throwIfCancelled();
        control.subRange(0.85, 1.0).report(static_cast<double>(++step) / steps);
    };
    for (int y = g.firstYear; y <= g.lastYear; ++y) {
        writeEra5LandYear(grid, y, written.folder / era5LandGridFileName(y));
        done(era5LandGridFileName(y));
        writeModisYear(grid, y, written.folder / modisGridFileName(y));
        done(modisGridFileName(y));
    }
    writeClassGeoTiff(g, classCodes(grid.igbp),
                      {"LC_Type1",
                       255,
                       {{"LC_Type1", "IGBP land cover type (MCD12Q1 type 1; 17 = water)"},
                        {"source", "FluxLens demo generator (synthetic)"}}},
                      written.folder / kLandCoverFileName);
    done(kLandCoverFileName);
    writeClassGeoTiff(g, classCodes(grid.koppen),
                      {"Koppen-Geiger class",
                       -1,
                       {{"legend", "Beck et al. (2018) class numbers 1-30, 0 = sea"},
                        {"source", "FluxLens demo generator (synthetic): classes from each "
                                   "pixel's generated weather"}}},
                      written.folder / kGridKoppenFileName);
    done(kGridKoppenFileName);
    writeTextFile(written.folder / kDriverMapFileName, driverMapJson(g));
    done(kDriverMapFileName);
    const std::string reference = gridReferenceFileName(g.firstYear, g.lastYear);
    writeFluxMap(grid, FluxMapKind::Reference, kDriverMapFileName, written.folder / reference);
    done(reference);
    writeFluxMap(grid, FluxMapKind::Truth, kDriverMapFileName, written.folder / kTruthFileName);
    done(kTruthFileName);
    writeTextFile(written.folder / kTowerPixelsFileName, towerPixelsCsv(plan, grid));
    done(kTowerPixelsFileName);
    for (const int site : grid.towerSite)
        if (site >= 0)
            written.towerSites.push_back(plan.sites[static_cast<std::size_t>(site)].id);
    return written;
}

} // namespace fluxlens::demo
