#include "import/zip_importer.h"

#include "common/input_error.h"
#include "import/fluxnet_companions.h"
#include "import/fluxnet_file_name.h"
#include "import/import_skipped.h"
#include "import/text_importer.h"
#include "import/zip_archive.h"

#include <algorithm>
#include <filesystem>

namespace fluxlens {
namespace {
bool isTextEntry(const std::string& name) {
    std::string extension = std::filesystem::path(name).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".csv" || extension == ".txt";
}

std::string baseNameOf(const std::string& entry) {
    return std::filesystem::path(entry).filename().string();
}
} // namespace

ImportBatch importZipArchive(const std::string& path, const ImportControl& control) {
    const auto entries = listZipEntries(path);
    ImportBatch merged;
    const auto companions = fluxnetSubDailyCompanions(entries);
    std::vector<std::string> toRead;
    std::vector<std::string> skipped; // "name (reason)"
    for (const auto& entry : entries) {
        if (auto companion = companions.find(entry); companion != companions.end())
            skipped.push_back(baseNameOf(entry) + " (" + companion->second + ")");
        else if (isTextEntry(entry))
            toRead.push_back(entry);
        else if (!entry.ends_with("/"))
            skipped.push_back(baseNameOf(entry) + " (not a text file FluxLens reads)");
    }
    std::vector<std::string> importers;
    std::size_t flux_series = 0;
    for (std::size_t i = 0; i < toRead.size(); ++i) {
        const std::string& entry = toRead[i];
        const std::string bytes = readZipEntry(path, entry);
        const std::string base = baseNameOf(entry);
        ImportBatch part;
        try {
            part = importTextFile(
                path + "/" + entry, base, bytes,
                control.subRange(double(i) / toRead.size(), double(i + 1) / toRead.size()));
        } catch (const ImportSkipped& skip) {
            skipped.push_back(base + " (" + skip.what() + ")");
            continue;
        }
        importers.push_back(part.importer);
        if (!part.datasetKey.empty()) {
            ++flux_series;
            merged.datasetKey = part.datasetKey;
        }
        for (auto& site : part.sites)
            merged.sites.push_back(std::move(site));
        for (auto& table : part.tables)
            merged.tables.push_back(std::move(table));
        for (auto& warning : part.warnings)
            merged.warnings.push_back(base + ": " + warning);
    }
    if (importers.empty())
        throw InputError(path, "the archive holds no file FluxLens imports (" +
                                   std::to_string(entries.size()) + " entries)");
    // One series: a newer release of the archive replaces it. Several: the archive is its own
    // data set.
    if (flux_series != 1)
        merged.datasetKey.clear();
    merged.importer = "zip:" + importers.front();
    for (std::size_t i = 1; i < importers.size(); ++i)
        if (std::find(importers.begin(), importers.begin() + i, importers[i]) ==
            importers.begin() + i)
            merged.importer += "+" + importers[i];
    for (const auto& s : skipped)
        merged.warnings.push_back("archive entry skipped: " + s);
    return merged;
}

} // namespace fluxlens
