// fluxlens-cli export-series: one site's daily observations next to every model's predictions
// and every reference product, as CSV, so any figure can be checked in other tools.
#include "args.h"
#include "cache/cache.h"
#include "cache/variables.h"
#include "command.h"
#include "common/dates.h"
#include "common/input_error.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

namespace fluxlens::cli {
namespace {
struct Series {
    std::string header;
    std::map<int, double> values; // day number -> value (finite only)
};

void addColumn(std::vector<Series>& out, const std::string& header, const DailyTable& table,
               std::string_view column) {
    Series s;
    s.header = header;
    for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
        if (table.columnNames[c] != column)
            continue;
        for (std::size_t i = 0; i < table.dayNumbers.size(); ++i)
            if (std::isfinite(table.columns[c][i]))
                s.values.emplace(table.dayNumbers[i], table.columns[c][i]);
    }
    out.push_back(std::move(s));
}

std::string csvField(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos)
        return s;
    std::string quoted = "\"";
    for (char c : s)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

// Shortest text that reads back as the same double.
std::string number(double v) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, result.ptr);
}

int runExportSeries(std::span<const std::string> arguments) {
    const Args args(arguments, {});
    args.rejectUnknown({"--cache", "--site", "--out"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const std::string path = args.required("--cache");
    const std::string siteId = args.required("--site");
    const std::filesystem::path outPath = args.required("--out");
    const Cache cache = Cache::openExisting(path);
    if (!cache.site(siteId))
        throw InputError(path, "no site '" + siteId + "' in the cache");

    std::vector<Series> series;
    const DailyTable flux = cache.loadDaily(siteId, DailyKind::Flux);
    addColumn(series, "GPP", flux, var::GPP_NT_VUT_USTAR50);
    addColumn(series, "NEE", flux, var::NEE_VUT_USTAR50);
    addColumn(series, "NEE_QC", flux, var::NEE_VUT_USTAR50_QC);
    for (const std::string& model : cache.predictionModels()) {
        const DailyTable p = cache.loadPredictions(model, siteId);
        addColumn(series, model + "_GPP", p, var::GPP_mean);
        addColumn(series, model + "_NEE", p, var::NEE_mean);
    }
    for (const std::string& product : cache.referenceProducts()) {
        const DailyTable r = cache.loadDaily(siteId, DailyKind::Reference, product);
        addColumn(series, product + "_GPP", r, var::GPP);
        addColumn(series, product + "_NEE", r, var::NEE);
    }
    std::set<int> days;
    for (const Series& s : series)
        for (const auto& [day, value] : s.values)
            days.insert(day);

    // Written next to the target and renamed at the end: a failed export leaves no half file.
    const std::filesystem::path partial = outPath.string() + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            throw InputError(outPath.string(), "cannot create the file");
        out << "date";
        for (const Series& s : series)
            out << ',' << csvField(s.header);
        out << '\n';
        for (int day : days) {
            out << formatIsoDate(fromDayNumber(day));
            for (const Series& s : series) {
                out << ',';
                if (const auto it = s.values.find(day); it != s.values.end())
                    out << number(it->second);
            }
            out << '\n';
        }
        out.close();
        if (!out) {
            std::error_code ignored;
            std::filesystem::remove(partial, ignored);
            throw InputError(outPath.string(), "writing failed (disk full or no permission?)");
        }
    }
    std::error_code ec;
    std::filesystem::rename(partial, outPath, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw InputError(outPath.string(), "cannot replace the file: " + ec.message());
    }
    std::cout << "wrote " << days.size() << " day(s) x " << series.size() << " series of site "
              << siteId << " to " << outPath.string() << "\n";
    return 0;
}

const CommandRegistration registration{
    {"export-series", "write one site's observed and predicted daily fluxes as CSV",
     "Usage: fluxlens-cli export-series --cache FILE --site ID --out FILE.csv\n"
     "  --cache FILE  the FluxLens cache\n"
     "  --site ID     the site to export\n"
     "  --out FILE    the CSV to write (replaced when it exists)\n"
     "Columns: date (YYYY-MM-DD, UTC), observed GPP (GPP_NT_VUT_USTAR50), NEE (NEE_VUT_USTAR50)\n"
     "and NEE_QC (NEE_VUT_USTAR50_QC, fraction 0-1), then <model>_GPP and <model>_NEE for every\n"
     "model with predictions (ensemble mean) and every reference product. Fluxes in\n"
     "gC m-2 d-1; an empty cell is a missing value. One row per day that has any value.",
     runExportSeries}};
} // namespace
} // namespace fluxlens::cli
