// fluxlens-cli demo: writes the synthetic demo world in the real file formats.
#include "args.h"
#include "command.h"
#include "demo/demo_generator.h"
#include "demo/demo_reference_netcdf.h"
#include "demo/demo_writers.h"

#include <charconv>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

namespace fluxlens::cli {
namespace {
const char* kUsage =
    "Usage: fluxlens-cli demo --out DIR [--sites N] [--years A-B] [--seed S]\n"
    "\n"
    "Writes the synthetic demo world (network \"synthetic demo\", site IDs ZZ-xxx) to DIR:\n"
    "FLUXNET2015 daily CSVs, MODIS and ERA5-Land point CSVs, the site metadata, the hidden site\n"
    "parameters and the NetCDF product \"reference (synthetic)\". The same options give\n"
    "byte-identical files. Defaults: 120 sites, 2001-2020, seed 1.\n"
    "Prints one JSON line with the folder, the counts and the seconds taken.";

std::pair<int, int> parseYears(const std::string& text) {
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
    throw UsageError("option --years expects a span like 2001-2020, got '" + text + "'");
}

int runDemo(std::span<const std::string> arguments) {
    const Args args(arguments, {});
    args.rejectUnknown({"--out", "--sites", "--years", "--seed"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    demo::DemoOptions options;
    const std::filesystem::path out = args.required("--out");
    options.siteCount = args.intValue("--sites", options.siteCount);
    if (const auto years = args.value("--years"))
        std::tie(options.firstYear, options.lastYear) = parseYears(*years);
    if (const auto seed = args.value("--seed")) {
        const auto r = std::from_chars(seed->data(), seed->data() + seed->size(), options.seed);
        if (r.ec != std::errc{} || r.ptr != seed->data() + seed->size())
            throw UsageError("option --seed expects a whole number, got '" + *seed + "'");
    }
    try {
        demo::validateOptions(options);
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

    nlohmann::json report{{"folder", out.string()},
                          {"sites", written.sites.size()},
                          {"first_year", options.firstYear},
                          {"last_year", options.lastYear},
                          {"seed", options.seed},
                          {"files", written.files.size() + 1},
                          {"reference", reference},
                          {"seconds", seconds}};
    std::cout << report.dump() << "\n";
    return 0;
}

const CommandRegistration registration{
    {"demo", "write the synthetic demo world (FLUXNET, MODIS, ERA5-Land, reference NetCDF)", kUsage,
     runDemo}};
} // namespace
} // namespace fluxlens::cli
