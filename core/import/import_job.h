#pragma once

#include "import/import_control.h"
#include "import/koppen_derivation.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens {

class Cache;

struct ImportOptions {
    // Gridded files: the reference product they are stored under; empty: the file's global
    // `product` or `title` attribute (an error when it has neither).
    std::string productName;
    int window = 1; // gridded files: mean of window × window pixels around the site
    // After each import, give sites without a Köppen class the class of the Köppen map at their
    // coordinates, or one derived from >= 20 years of cached climate (assignMissingKoppen).
    bool deriveKoppen = true;
    std::string koppenMapPath; // a GDAL raster with the Beck et al. codes; empty: the shipped map
};

// What importing one file did. Every failure names the file and, where one applies, the line.
struct FileImportResult {
    enum class Status { Imported, Unchanged, Skipped, Failed, Cancelled };
    std::string file;
    Status status = Status::Failed;
    std::string importer;
    std::int64_t sites = 0; // sites the file defined or had data for
    std::vector<std::string> siteIds;
    std::int64_t rows = 0; // site-days imported (distinct site and day over all tables)
    std::vector<std::string> warnings;
    std::string errorFile; // Failed: the file (or archive entry) at fault
    std::int64_t errorLine = 0;
    std::string errorMessage;
    std::string skipReason; // Skipped: why the file is not imported (a known non-data file)
    std::vector<KoppenAssignment> koppenAssigned; // classes given to sites that had none
};

std::string_view statusName(FileImportResult::Status status); // "imported", "skipped", ...

// Reads one file (text, zip archive or gridded raster), detects its format and stores it in the
// cache in one transaction. Bad input, a failed store or a cancel leave the cache as it was and
// are reported in the result (never thrown): the caller goes on with the next file.
// Progress covers reading (to 0.7) and storing (to 1.0); cancel is honoured in both.
FileImportResult importFile(Cache& cache, const std::string& path, const ImportOptions& options,
                            const ImportControl& control);

// The files under `paths` (files as given; folders walked recursively for .csv, .txt, .zip and
// gridded files), sorted within each folder, a folder's gridded files after its other files
// (they are sampled at the sites the others define). Throws InputError for a path that does not
// exist.
std::vector<std::string> collectImportFiles(const std::vector<std::string>& paths);

// Imports every file, reporting each result as it finishes. Stops after a cancelled file. A
// FLUXNET _HH_/_HR_ file beside the _DD_ file of the same site and years is reported as skipped
// (a companion), not imported.
std::vector<FileImportResult>
importFiles(Cache& cache, const std::vector<std::string>& files, const ImportOptions& options,
            const ImportControl& control,
            const std::function<void(const FileImportResult&)>& onFile);

} // namespace fluxlens
