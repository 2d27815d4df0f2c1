// fluxlens-cli demo: writes the synthetic demo world in the real file formats.
#include "args.h"
#include "command.h"
#include "demo/demo_generator.h"
#include "demo/demo_grid_files.h"
#include "demo/demo_reference_netcdf.h"
#include "demo/demo_writers.h"

#include <charconv>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>

namespace fluxlens::cli {
namespace {
const char* kUsage =
    "Usage: fluxlens-cli demo --out DIR [--sites N] [--years A-B] [--seed S]\n"
    "                         [--grid W,S,E,N [--grid-resolution DEG] [--grid-years A-B]]\n"
    "\n"
    "Writes the synthetic demo world (network \"synthetic demo\", site IDs ZZ-xxx) to DIR:\n"
    "FLUXNET2015 daily CSVs, MODIS and ERA5-Land point CSVs, the site metadata, the hidden site\n"
    "parameters and the NetCDF product \"reference (synthetic)\". The same options give\n"
    "byte-identical files. Defaults: 120 sites, 2001-2020, seed 1.\n"
    "\n"
    "--grid also writes gridded drivers for the box (degrees) under DIR/grid: ERA5-Land daily\n"
    "NetCDF and MOD09GA reflectance stacks per year, land cover and Koppen GeoTIFFs, the driver\n"
    "map drivers.json, the synthetic reference product and the true fluxes (truth.nc) from the\n"
    "same process model; a pixel holding a tower carries that tower's own drivers and fluxes.\n"
    "Central Europe is --grid 5,45,15,55. Defaults: 0.25 degrees, the last two demo years.\n"
    "Prints one JSON line with the folder, the counts and the seconds taken.";

std::pair<int, int> parseYears(const std::string& text, const std::string& option) {
    const auto dash = text.find('-');
    int a = 0, b = 0;
    if (dash != std::string::npos) {
        const auto* s = text.data();
        const auto r1 = std::from_chars(s, s + dash, a);
        const auto r2 = std::from_chars(s + dash + 1, s + text.size(), b);
        if (r1.ec == std::errc{} && r1.ptr == s + dash && r2.ec == std::errc{} &&
            r2.ptr == s + text.size())
            return {a, b};
    }
    throw UsageError("option " + option + " expects a span like 2001-2020, got '" + text + "'");
}

int runDemo(std::span<const std::string> arguments) {
    const Args args(arguments, {});
    args.rejectUnknown(
        {"--out", "--sites", "--years", "--seed", "--grid", "--grid-resolution", "--grid-years"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    demo::DemoOptions options;
    const std::filesystem::path out = args.required("--out");
    options.siteCount = args.intValue("--sites", options.siteCount);
    if (const auto years = args.value("--years"))
        std::tie(options.firstYear, options.lastYear) = parseYears(*years, "--years");
    if (const auto seed = args.value("--seed")) {
        const auto r = std::from_chars(seed->data(), seed->data() + seed->size(), options.seed);
        if (r.ec != std::errc{} || r.ptr != seed->data() + seed->size())
            throw UsageError("option --seed expects a whole number, got '" + *seed + "'");
    }
    std::optional<demo::DemoGridOptions> grid;
    if (const auto box = args.value("--grid")) {
        try {
            grid = demo::parseGridBox(*box, args.doubleValue("--grid-resolution", 0.25));
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());
        }
        if (const auto years = args.value("--grid-years"))
            std::tie(grid->firstYear, grid->lastYear) = parseYears(*years, "--grid-years");
    } else if (args.value("--grid-resolution") || args.value("--grid-years")) {
        throw UsageError("--grid-resolution and --grid-years need --grid W,S,E,N");
    }
    try {
        demo::validateOptions(options);
        if (grid)
            grid = demo::resolveGridOptions(*grid, options);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }

    const auto started = std::chrono::steady_clock::now();
    const demo::DemoPlan plan = demo::planDemoWorld(options);
    const demo::WrittenDemoWorld written = demo::writeDemoCsvFiles(plan, out);
    const std::string reference = demo::referenceFileName(options.firstYear, options.lastYear);
    demo::writeReferenceNetcdf(plan, written.sites, out / reference);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    nlohmann::json gridReport;
    if (grid) {
        const auto gridStarted = std::chrono::steady_clock::now();
        const demo::WrittenDemoGrid g = demo::writeDemoGridFiles(plan, *grid, out);
        gridReport = {
            {"folder", g.folder.string()},
            {"box", {g.grid.west_deg, g.grid.south_deg, g.grid.east_deg, g.grid.north_deg}},
            {"resolution", g.grid.resolution_deg},
            {"rows", g.grid.rows()},
            {"columns", g.grid.columns()},
            {"land_pixels", g.landPixels},
            {"first_year", g.grid.firstYear},
            {"last_year", g.grid.lastYear},
            {"tower_pixels", g.towerSites},
            {"files", g.files},
            {"seconds",
             std::chrono::duration<double>(std::chrono::steady_clock::now() - gridStarted)
                 .count()}};
    }

    nlohmann::json report{{"folder", out.string()},
                          {"sites", written.sites.size()},
                          {"first_year", options.firstYear},
                          {"last_year", options.lastYear},
                          {"seed", options.seed},
                          {"files", written.files.size() + 1},
                          {"reference", reference},
                          {"seconds", seconds}};
    if (grid)
        report["grid"] = gridReport;
    std::cout << report.dump() << "\n";
    return 0;
}

const CommandRegistration registration{
    {"demo", "write the synthetic demo world (FLUXNET, MODIS, ERA5-Land, reference NetCDF)", kUsage,
     runDemo}};
} // namespace
} // namespace fluxlens::cli
