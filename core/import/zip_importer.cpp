#include "import/zip_importer.h"

#include "common/input_error.h"
#include "import/fluxnet_file_name.h"
#include "import/text_importer.h"
#include "import/zip_archive.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace fluxlens {
namespace {
bool isTextEntry(const std::string& name) {
    std::string extension = std::filesystem::path(name).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".csv" || extension == ".txt";
}

int resolutionPreference(FluxnetResolution r) {
    switch (r) {
    case FluxnetResolution::Daily:
        return 0;
    case FluxnetResolution::HalfHourly:
        return 1;
    case FluxnetResolution::Hourly:
        return 2;
    default:
        return 99;
    }
}
} // namespace

ImportBatch importZipArchive(const std::string& path, const ImportControl& control) {
    const auto entries = listZipEntries(path);
    ImportBatch merged;
    merged.importer = "zip";
    // The flux series to read: per site and product, the preferred resolution.
    std::map<std::string, std::pair<std::string, FluxnetFileName>> seriesBySite;
    std::vector<std::string> otherTextEntries;
    std::vector<std::string> skipped;
    for (const auto& entry : entries) {
        const std::string base = std::filesystem::path(entry).filename().string();
        if (auto name = parseFluxnetFileName(base)) {
            if (!name->isFluxSeries() || resolutionPreference(name->resolution) == 99) {
                skipped.push_back(base);
                continue;
            }
            const std::string key = name->prefix + "_" + name->siteId;
            auto it = seriesBySite.find(key);
            if (it == seriesBySite.end()) {
                seriesBySite.emplace(key, std::pair{entry, *name});
            } else if (resolutionPreference(name->resolution) <
                       resolutionPreference(it->second.second.resolution)) {
                skipped.push_back(std::filesystem::path(it->second.first).filename().string());
                it->second = {entry, *name};
            } else {
                skipped.push_back(base);
            }
        } else if (isTextEntry(entry)) {
            otherTextEntries.push_back(entry);
        } else {
            skipped.push_back(base);
        }
    }
    std::vector<std::string> toRead;
    for (const auto& [key, series] : seriesBySite)
        toRead.push_back(series.first);
    toRead.insert(toRead.end(), otherTextEntries.begin(), otherTextEntries.end());
    if (toRead.empty())
        throw InputError(path, "the archive holds no file FluxLens imports (" +
                                   std::to_string(entries.size()) + " entries)");
    std::vector<std::string> importers;
    for (std::size_t i = 0; i < toRead.size(); ++i) {
        const std::string& entry = toRead[i];
        const std::string bytes = readZipEntry(path, entry);
        const std::string base = std::filesystem::path(entry).filename().string();
        ImportBatch part = importTextFile(
            path + "/" + entry, base, bytes,
            control.subRange(double(i) / toRead.size(), double(i + 1) / toRead.size()));
        importers.push_back(part.importer);
        for (auto& site : part.sites)
            merged.sites.push_back(std::move(site));
        for (auto& table : part.tables)
            merged.tables.push_back(std::move(table));
        for (auto& warning : part.warnings)
            merged.warnings.push_back(base + ": " + warning);
        if (seriesBySite.size() == 1 && otherTextEntries.empty())
            merged.datasetKey = part.datasetKey;
    }
    merged.importer = "zip:" + importers.front();
    if (!skipped.empty()) {
        std::string list;
        for (const auto& s : skipped)
            list += (list.empty() ? "" : ", ") + s;
        merged.warnings.push_back("archive entries not imported: " + list);
    }
    return merged;
}

} // namespace fluxlens
