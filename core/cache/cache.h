#pragma once

#include "cache/import_batch.h"
#include "cache/sqlite_handle.h"
#include "geo/site.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fluxlens {

// What Cache::storeBatch did with one ImportBatch.
struct StoreResult {
    enum class Status {
        Imported,        // committed
        AlreadyImported, // a file with the same SHA-256 is already in the cache: nothing changed
        Cancelled,       // the progress callback asked to stop: rolled back, nothing changed
    };
    Status status = Status::Imported;
    std::int64_t rowsWritten = 0;      // site-days written, summed over the batch's tables
    std::int64_t sitesWritten = 0;     // sites inserted or updated
    std::int64_t replacedImportId = 0; // import_log id of the older version it replaced; 0: none
    std::string existingFilePath; // AlreadyImported: the path under which that content was logged
};

// Called during storeBatch with the site-days written so far and the total; return false to
// cancel (the transaction is rolled back). An exception thrown from it also rolls back and is
// rethrown.
using StoreProgress = std::function<bool(std::int64_t doneRows, std::int64_t totalRows)>;

// One row of the site list: a site and the extent of its flux data (one cheap query).
struct SiteSummary {
    Site site;
    std::optional<int> firstFluxDay; // days since 1970 of the first day with any flux value
    std::optional<int> lastFluxDay;
    std::int64_t fluxDays = 0; // days with at least one flux value
    std::int64_t gppDays = 0;  // days with a valid GPP_NT_VUT_USTAR50
};

struct ImportLogEntry {
    std::int64_t id = 0;
    std::string filePath;
    std::string datasetKey; // what identifies "the same file" across versions
    std::string sha256;
    std::string importer;
    std::int64_t rows = 0;
    std::int64_t importedAtUnixSeconds = 0; // UTC
    bool superseded = false;                // replaced by a newer version of the file
    std::vector<std::string> warnings;
};

struct ModelRecord {
    std::string name;                      // unique, e.g. "tamrl-2026-11-25"
    std::string kind;                      // e.g. "tam-rl", "ct-lstm", "xgboost"
    std::string folder;                    // where its files live
    std::string metadataJson;              // free-form JSON text; "{}" when empty
    std::int64_t createdAtUnixSeconds = 0; // set by the cache on first registration
};

// One evaluation figure. siteId empty: pooled over all sites.
struct MetricRecord {
    std::string modelName;
    std::string target; // e.g. "GPP_NT_VUT_USTAR50"
    std::string qcMask; // e.g. "NEE_VUT_USTAR50_QC>=0.8", "" for none
    std::string siteId;
    double rmse = 0.0;
    double r2 = 0.0;
    double bias = 0.0;
    double mae = 0.0;
    std::int64_t n = 0;
    std::string modelVersion;
    std::string dataVersion;
};

// The local SQLite cache: one file holding sites, daily data, reference products, model
// predictions, metrics and the import log. Qt-free.
//
// Every failure (a file that is not a FluxLens cache, a corrupt or newer cache, an SQLite error,
// a batch that breaks the ImportBatch contract) throws InputError naming the file concerned.
// A Cache object is one SQLite connection: use it from one thread at a time. Several Cache objects
// (threads or processes) may open the same file; readers never block the writer (WAL).
class Cache {
public:
    // Opens the cache at `path`, creating it when the file is absent or empty and migrating an
    // older schema. A file that is not a FluxLens cache, is truncated or corrupt, or was written by
    // a newer FluxLens throws InputError and is left untouched. Migrating a cache older than
    // schema version 4 (daily values in compressed blocks) also compacts it, once: that takes
    // seconds per 100 MB and free disk space of about the new size.
    static Cache open(const std::string& path);
    // As open(), but never creates: an absent or empty file throws InputError ("no such cache
    // file"). For work on a cache the user already has (views, predictions, compaction), so that a
    // cache deleted or unmounted meanwhile is reported instead of silently replaced by an empty
    // one.
    static Cache openExisting(const std::string& path);
    static int currentSchemaVersion();

    Cache(Cache&&) noexcept = default;
    Cache& operator=(Cache&&) noexcept = default;
    Cache(const Cache&) = delete;
    Cache& operator=(const Cache&) = delete;
    ~Cache() = default;

    const std::string& path() const { return m_path; }
    int schemaVersion() const;
    // "ok", or SQLite's integrity_check findings. Reads the whole file: slow on big caches.
    std::string integrityCheck() const;
    // Rewrites the file with full pages and no free space (SQLite VACUUM): what replaced files,
    // deleted models and rewritten predictions left behind. A cache filled by imports alone has
    // next to none (its blocks of daily values fill their pages). Needs free disk space of about
    // twice the cache's size and no transaction open elsewhere; takes seconds per 100 MB.
    void compact();
    // The bytes the cache at `path` takes on disk: the file and its write-ahead log (0 for files
    // that do not exist).
    static std::uintmax_t bytesOnDisk(const std::string& path);

    // --- imports -----------------------------------------------------------------------------
    // Writes one file's contribution in a single transaction (BEGIN IMMEDIATE ... COMMIT):
    // - same SHA-256 as a file already imported (and not superseded): nothing changes;
    // - same datasetKey (or, when empty, same absolute filePath) as an earlier import: that
    //   import's values are removed first, then the new ones written (same transaction);
    // - table columns may be a subset of their kind's columns: only those columns are written,
    //   the others keep their values; NaN is stored as NULL;
    // - a site a table refers to that is not in the cache (nor in batch.sites) is added with
    //   unknown coordinates (NaN).
    // Any exception rolls everything back and leaves the cache as it was.
    StoreResult storeBatch(const ImportBatch& batch, const StoreProgress& progress = {});
    std::vector<ImportLogEntry> importLog() const; // newest first
    // Grows with every committed import (the newest import_log id; 0 for an empty cache): store
    // it as MetricRecord::dataVersion to recognise figures computed on older data.
    std::int64_t dataRevision() const;

    // --- sites -------------------------------------------------------------------------------
    // Inserts or merges sites: known values of `sites` win; unknown ones (empty text, NaN
    // coordinates, Unknown classes, no elevation) keep what the cache has. A given Köppen class
    // is never overwritten by a derived one.
    void upsertSites(const std::vector<Site>& sites);
    std::vector<Site> sites() const; // sorted by id
    std::optional<Site> site(const std::string& id) const;
    std::vector<SiteSummary> siteSummaries() const; // all sites, sorted by id, one query

    // --- daily data --------------------------------------------------------------------------
    // All columns of `kind` (cache/variables.h order) for one site, sorted by day; NULL -> NaN.
    // `product` names the reference product (DailyKind::Reference) and is ignored otherwise.
    // No data: a table with the column names and no days.
    DailyTable loadDaily(const std::string& siteId, DailyKind kind,
                         const std::string& product = {}) const;
    std::vector<std::string> referenceProducts() const; // sorted
    // Sites that have at least one row of `kind` (and `product` for Reference), sorted.
    std::vector<std::string> sitesWithDaily(DailyKind kind, const std::string& product = {}) const;

    // --- models, predictions, metrics --------------------------------------------------------
    // Predictions: columns from dailyVariables(DailyKind::Prediction) (GPP_mean, GPP_sd, ...).
    // Replaces the model's predictions for that site on the table's days (upsert of the given
    // columns). An unregistered model name is registered with an empty kind and folder.
    void storePredictions(const std::string& modelName, const std::string& siteId,
                          const DailyTable& predictions);
    DailyTable loadPredictions(const std::string& modelName, const std::string& siteId) const;
    std::vector<std::string> predictionModels() const; // models with predictions, sorted

    // Upserts by (model, target, qcMask, siteId) in one transaction.
    void storeMetrics(const std::vector<MetricRecord>& metrics);
    // modelName empty: all models.
    std::vector<MetricRecord> loadMetrics(const std::string& modelName = {}) const;

    // Inserts or updates kind, folder and metadata of a model.
    void registerModel(const ModelRecord& model);
    std::vector<ModelRecord> models() const; // sorted by name
    std::optional<ModelRecord> model(const std::string& name) const;
    // Removes the model with its predictions and metrics; false when it was not there.
    bool removeModel(const std::string& name);

private:
    Cache(std::string path, sqlite::Database db);

    std::string m_path;
    sqlite::Database m_db;
};

} // namespace fluxlens
