#include "import/import_job.h"

#include "cache/cache.h"
#include "common/input_error.h"
#include "geo/koppen_legend.h"
#include "geo/koppen_map.h"
#include "import/file_bytes.h"
#include "import/fluxnet_companions.h"
#include "import/gridded_importer.h"
#include "import/gridded_multidim_reader.h"
#include "import/import_skipped.h"
#include "import/koppen_derivation.h"
#include "import/text_importer.h"
#include "import/upscaling_inputs.h"
#include "import/xlsx_sheet.h"
#include "import/zip_archive.h"
#include "import/zip_importer.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>

namespace fluxlens {
namespace {
namespace fs = std::filesystem;

bool isImportableName(const fs::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".csv" || extension == ".txt" || extension == ".zip" ||
           extension == ".xlsx" || looksLikeGriddedFile(path.string());
}

ImportBatch readBatch(Cache& cache, const std::string& path, std::string_view bytes,
                      const ImportOptions& options, const ImportControl& control) {
    if (looksLikeZipFile(path))
        return importZipArchive(path, control);
    if (looksLikeXlsxFile(path)) {
        const XlsxSheetText sheet = readXlsxSheetAsCsv(path);
        ImportBatch batch = importTextFile(path + " (sheet " + sheet.sheetName + ")",
                                           fs::path(path).filename().string(), sheet.csv, control);
        batch.importer = "xlsx:" + batch.importer;
        return batch;
    }
    if (looksLikeGriddedFile(path)) {
        std::string product = options.productName;
        if (product.empty())
            product = griddedProductAttribute(path).value_or("");
        if (product.empty())
            throw InputError(path, "a gridded file needs a product name (--product NAME) to be "
                                   "stored under: it has no global 'product' or 'title' "
                                   "attribute");
        ImportBatch batch = importGridded(path, product, cache.sites(), options.window, control);
        batch.importer = "gridded";
        batch.datasetKey = "gridded:" + product + ":" + fs::path(path).filename().string();
        return batch;
    }
    return importTextFile(path, fs::path(path).filename().string(), bytes, control);
}

// Data files (FLUXNET, point extracts) name their site without coordinates; the network they
// imply must not overwrite what a metadata file already told the cache about a known site.
void keepKnownSiteMetadata(const Cache& cache, ImportBatch& batch) {
    std::erase_if(batch.sites, [&](const Site& site) {
        return std::isnan(site.lat_deg) && cache.site(site.id).has_value();
    });
}

// Site-days the batch brings: the distinct days of each site over all its tables (whose days
// are sorted, so a union of sorted lists, not a sort).
std::int64_t siteDaysOf(const ImportBatch& batch) {
    std::map<std::string, std::vector<int>> daysBySite;
    std::vector<int> merged;
    for (const auto& table : batch.tables) {
        auto& days = daysBySite[table.siteId];
        merged.clear();
        std::set_union(days.begin(), days.end(), table.dayNumbers.begin(), table.dayNumbers.end(),
                       std::back_inserter(merged));
        days.swap(merged);
    }
    std::int64_t total = 0;
    for (const auto& [site, days] : daysBySite)
        total += static_cast<std::int64_t>(days.size());
    return total;
}

std::vector<std::string> siteIdsOf(const ImportBatch& batch) {
    std::set<std::string> ids;
    for (const auto& site : batch.sites)
        ids.insert(site.id);
    for (const auto& table : batch.tables)
        ids.insert(table.siteId);
    return {ids.begin(), ids.end()};
}
bool anySiteWithoutKoppen(const Cache& cache, const std::vector<std::string>& ids) {
    return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
        auto site = cache.site(id);
        return site && site->koppen == KoppenClass::Unknown && !std::isnan(site->lat_deg);
    });
}

// A map that cannot be read is reported with the file's warnings; climate derivation still runs.
std::vector<KoppenAssignment> assignKoppen(Cache& cache, const std::vector<std::string>& ids,
                                           const ImportOptions& options,
                                           std::vector<std::string>& warnings) {
    if (!anySiteWithoutKoppen(cache, ids))
        return {};
    std::optional<KoppenMap> map;
    const std::string path =
        options.koppenMapPath.empty() ? shippedKoppenMapPath().value_or("") : options.koppenMapPath;
    if (path.empty()) {
        warnings.push_back("the Köppen map FluxLens ships was not found (share/fluxlens/koppen): "
                           "Köppen classes come from site metadata or 20+ years of climate only");
    } else {
        try {
            map = KoppenMap::open(path);
        } catch (const InputError& e) {
            warnings.push_back("Köppen map not used: " + e.file() + ": " + e.message());
        }
    }
    return assignMissingKoppen(cache, ids, map ? &*map : nullptr, warnings);
}
} // namespace

std::string_view statusName(FileImportResult::Status status) {
    switch (status) {
    case FileImportResult::Status::Imported:
        return "imported";
    case FileImportResult::Status::Unchanged:
        return "unchanged";
    case FileImportResult::Status::Skipped:
        return "skipped";
    case FileImportResult::Status::Failed:
        return "failed";
    case FileImportResult::Status::Cancelled:
        return "cancelled";
    }
    return "failed";
}

FileImportResult importFile(Cache& cache, const std::string& path, const ImportOptions& options,
                            const ImportControl& control) {
    FileImportResult result;
    result.file = path;
    try {
        control.step(0.0);
        // Gridded files can be large: GDAL reads them itself; only their digest needs the bytes.
        const std::string bytes = readWholeFile(path);
        const std::string digest = sha256Hex(bytes);
        ImportBatch batch = readBatch(cache, path, bytes, options, control.subRange(0.0, 0.7));
        batch.filePath = fs::absolute(path).lexically_normal().string();
        batch.sha256 = digest;
        keepKnownSiteMetadata(cache, batch);
        result.importer = batch.importer;
        result.warnings = batch.warnings;
        const auto ids = siteIdsOf(batch);
        const StoreResult stored =
            cache.storeBatch(batch, [&](std::int64_t done, std::int64_t total) {
                if (control.cancelled())
                    return false;
                control.step(0.7 + 0.3 * (total > 0 ? double(done) / double(total) : 1.0));
                return true;
            });
        switch (stored.status) {
        case StoreResult::Status::Cancelled:
            result.status = FileImportResult::Status::Cancelled;
            return result;
        case StoreResult::Status::AlreadyImported:
            result.status = FileImportResult::Status::Unchanged;
            result.warnings.push_back("same content as " + stored.existingFilePath +
                                      ", already in the cache");
            return result;
        case StoreResult::Status::Imported:
            break;
        }
        result.status = FileImportResult::Status::Imported;
        result.sites = static_cast<std::int64_t>(ids.size());
        result.siteIds = ids;
        result.rows = siteDaysOf(batch); // after storeBatch checked that days are sorted
        if (options.deriveKoppen)
            result.koppenAssigned = assignKoppen(cache, ids, options, result.warnings);
        control.step(1.0);
    } catch (const ImportSkipped& e) {
        result.status = FileImportResult::Status::Skipped;
        result.skipReason = e.what();
    } catch (const ImportCancelled&) {
        result.status = FileImportResult::Status::Cancelled;
    } catch (const InputError& e) {
        result.status = FileImportResult::Status::Failed;
        result.errorFile = e.file();
        result.errorLine = e.line();
        result.errorMessage = e.message();
    } catch (const std::exception& e) {
        // Not a problem of the file's content (an SQLite failure, memory): still reported per file.
        result.status = FileImportResult::Status::Failed;
        result.errorFile = path;
        result.errorMessage = e.what();
    }
    return result;
}

std::vector<std::string> collectImportFiles(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const auto& p : paths) {
        std::error_code error;
        const fs::file_status status = fs::status(p, error);
        if (error || !fs::exists(status))
            throw InputError(p, "no such file or folder");
        if (!fs::is_directory(status)) {
            files.push_back(p);
            continue;
        }
        std::vector<std::string> found;
        for (auto it =
                 fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied);
             it != fs::recursive_directory_iterator(); ++it) {
            if (it->is_regular_file() && isImportableName(it->path()))
                found.push_back(it->path().string());
        }
        std::sort(found.begin(), found.end());
        // Gridded products are sampled at the cached sites: after the site tables beside them.
        std::stable_partition(found.begin(), found.end(),
                              [](const std::string& f) { return !looksLikeGriddedFile(f); });
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

std::vector<FileImportResult>
importFiles(Cache& cache, const std::vector<std::string>& files, const ImportOptions& options,
            const ImportControl& control,
            const std::function<void(const FileImportResult&)>& onFile) {
    std::vector<FileImportResult> results;
    auto companions = fluxnetSubDailyCompanions(files);
    companions.merge(upscalingInputFiles(files));
    for (std::size_t i = 0; i < files.size(); ++i) {
        const double begin = double(i) / double(files.size());
        const double end = double(i + 1) / double(files.size());
        if (auto companion = companions.find(files[i]); companion != companions.end()) {
            FileImportResult skipped;
            skipped.file = files[i];
            skipped.status = FileImportResult::Status::Skipped;
            skipped.skipReason = companion->second;
            results.push_back(std::move(skipped));
        } else {
            results.push_back(importFile(cache, files[i], options, control.subRange(begin, end)));
        }
        if (onFile)
            onFile(results.back());
        if (results.back().status == FileImportResult::Status::Cancelled)
            break;
    }
    return results;
}

} // namespace fluxlens
