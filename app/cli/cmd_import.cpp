// fluxlens-cli import: files and folders into the cache, one JSON line per file.
#include "args.h"
#include "cache/cache.h"
#include "command.h"
#include "common/input_error.h"
#include "geo/koppen_map.h"
#include "import/import_job.h"

#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

namespace fluxlens::cli {
namespace {
const char* const kUsage =
    "Usage: fluxlens-cli import --cache FILE [--product NAME] [--window N] [--koppen-map FILE]\n"
    "                           PATH...\n"
    "\n"
    "Imports files, or folders recursively, into the cache (created when absent):\n"
    "FLUXNET2015/AmeriFlux/ICOS FLUXNET-format _DD_, _HH_ and _HR_ files (.csv or zipped),\n"
    "site tables, BADM BIF files, MODIS and ERA5-Land point extracts, and gridded products\n"
    "(NetCDF, GeoTIFF; sampled at the cached sites, the mean of an N x N pixel window with\n"
    "--window N, and stored under --product NAME, by default the file's global 'product' or\n"
    "'title' attribute).\n"
    "\n"
    "Prints one JSON line per file:\n"
    "  "
    "{\"file\",\"status\":\"imported\"|\"unchanged\"|\"skipped\"|\"failed\",\"importer\",\"sites\","
    "\"rows\","
    "\"warnings\",\"error\"}\n"
    "then a summary line "
    "{\"files\",\"imported\",\"unchanged\",\"skipped\",\"failed\",\"sites\",\"rows\","
    "\"errors\":[{\"file\",\"line\",\"message\"}]}.\n"
    "Files FluxLens knows but does not import (the demo's hidden-parameter table) are\n"
    "\"skipped\" with a \"reason\", not failed.\n"
    "Sites without a Koeppen class get the class of the Koeppen-Geiger map at their\n"
    "coordinates (the Beck et al. 2018 map FluxLens ships, or --koppen-map FILE: any GDAL\n"
    "raster in longitude/latitude with the Beck codes 1-30), else one derived from at least\n"
    "20 complete years of cached climate; the line lists them under \"koppen\" with their\n"
    "\"source\" (map or climate).\n"
    "FLUXNET members FluxLens does not model (MM/WW/YY aggregates, ERAI, AUXMETEO, AUXNEE,\n"
    "README and licence texts, an HH file beside the DD file of the same site and years) are\n"
    "\"skipped\" with a \"reason\".\n"
    "Exit status 0 when no file failed, 1 when any did (the others are still imported).";

nlohmann::ordered_json errorJson(const FileImportResult& r) {
    return {{"file", r.errorFile},
            {"line", r.errorLine > 0 ? nlohmann::ordered_json(r.errorLine)
                                     : nlohmann::ordered_json(nullptr)},
            {"message", r.errorMessage}};
}

std::string errorText(const FileImportResult& r) {
    std::string text = r.errorFile;
    if (r.errorLine > 0)
        text += ":" + std::to_string(r.errorLine);
    return text + ": " + r.errorMessage;
}

nlohmann::ordered_json fileJson(const FileImportResult& r) {
    nlohmann::ordered_json line{{"file", r.file},
                                {"status", std::string(statusName(r.status))},
                                {"importer", r.importer.empty()
                                                 ? nlohmann::ordered_json(nullptr)
                                                 : nlohmann::ordered_json(r.importer)},
                                {"sites", r.sites},
                                {"rows", r.rows},
                                {"warnings", r.warnings},
                                {"error", r.status == FileImportResult::Status::Failed
                                              ? nlohmann::ordered_json(errorText(r))
                                              : nlohmann::ordered_json(nullptr)}};
    if (r.status == FileImportResult::Status::Skipped)
        line["reason"] = r.skipReason;
    if (!r.koppenAssigned.empty()) {
        nlohmann::ordered_json koppen = nlohmann::ordered_json::array();
        for (const auto& a : r.koppenAssigned)
            koppen.push_back({{"site", a.siteId},
                              {"koppen", std::string(koppenCode(a.koppen))},
                              {"source", std::string(koppenSourceName(a.source))}});
        line["koppen"] = koppen;
    }
    return line;
}

int runImport(std::span<const std::string> args) {
    const Args parsed(args, {});
    parsed.rejectUnknown({"--cache", "--product", "--window", "--koppen-map"});
    const std::string cachePath = parsed.required("--cache");
    if (parsed.positional().empty())
        throw UsageError("no file or folder to import");
    ImportOptions options;
    options.productName = parsed.value("--product").value_or("");
    options.window = parsed.intValue("--window", 1);
    if (options.window < 1)
        throw UsageError("--window must be at least 1");
    options.koppenMapPath = parsed.value("--koppen-map").value_or("");
    if (!options.koppenMapPath.empty())
        KoppenMap::open(options.koppenMapPath); // an unreadable map is an error before any import

    Cache cache = Cache::open(cachePath);
    std::int64_t files = 0, imported = 0, unchanged = 0, skipped = 0, failed = 0, rows = 0;
    std::set<std::string> sites;
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    auto report = [&](const FileImportResult& r) {
        ++files;
        switch (r.status) {
        case FileImportResult::Status::Imported:
            ++imported;
            rows += r.rows;
            break;
        case FileImportResult::Status::Unchanged:
            ++unchanged;
            break;
        case FileImportResult::Status::Skipped:
            ++skipped;
            break;
        case FileImportResult::Status::Failed:
        case FileImportResult::Status::Cancelled:
            ++failed;
            errors.push_back(errorJson(r));
            break;
        }
        std::cout << fileJson(r).dump() << std::endl;
    };
    for (const std::string& path : parsed.positional()) {
        std::vector<std::string> found;
        try {
            found = collectImportFiles({path});
        } catch (const InputError& e) {
            FileImportResult missing;
            missing.file = path;
            missing.errorFile = e.file();
            missing.errorMessage = e.message();
            report(missing);
            continue;
        }
        const auto results = importFiles(cache, found, options, ImportControl(), report);
        for (const auto& r : results)
            if (r.status == FileImportResult::Status::Imported)
                for (const auto& id : r.siteIds)
                    sites.insert(id);
    }
    const nlohmann::ordered_json summary{
        {"files", files},         {"imported", imported},
        {"unchanged", unchanged}, {"skipped", skipped},
        {"failed", failed},       {"sites", static_cast<std::int64_t>(sites.size())},
        {"rows", rows},           {"errors", errors}};
    std::cout << summary.dump() << std::endl;
    return failed > 0 ? 1 : 0;
}

const CommandRegistration registration{
    {"import", "import flux, site, satellite, reanalysis and gridded files into the cache", kUsage,
     runImport}};
} // namespace
} // namespace fluxlens::cli
