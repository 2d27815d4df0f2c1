// Cache: writing imports (storeBatch, upsertSites) and reading the import log.
#include "cache/cache.h"
#include "cache/daily_store.h"
#include "cache/site_rows.h"
#include "cache/variables.h"
#include "common/input_error.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

namespace fluxlens {
namespace {
std::int64_t unixSecondsNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string datasetKeyOf(const ImportBatch& batch) {
    if (!batch.datasetKey.empty())
        return batch.datasetKey;
    return std::filesystem::absolute(batch.filePath).lexically_normal().string();
}

std::string joined(const std::vector<std::string>& parts, char separator) {
    std::string text;
    for (const std::string& part : parts) {
        if (!text.empty())
            text += separator;
        text += part;
    }
    return text;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    if (text.empty())
        return parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, separator))
        parts.push_back(part);
    return parts;
}

DailyKind kindOfTable(const std::string& tableName, const std::string& cacheFile) {
    for (DailyKind kind : allDailyKinds())
        if (dailyTableName(kind) == tableName)
            return kind;
    throw InputError(cacheFile,
                     "the cache is damaged: an import refers to table '" + tableName + "'");
}

StoreResult cancelled() {
    StoreResult result;
    result.status = StoreResult::Status::Cancelled;
    return result;
}

void validateBatch(const ImportBatch& batch) {
    const std::string& file = batch.filePath;
    if (file.empty())
        throw InputError("(import)", "an import batch without a file path");
    if (batch.sha256.empty())
        throw InputError(file, "an import batch without the file's SHA-256");
    for (const DailyTable& table : batch.tables) {
        if (table.kind == DailyKind::Prediction)
            throw InputError(file, "predictions are stored with Cache::storePredictions, not "
                                   "imported");
        daily_store::validate(table, file);
    }
}

struct Contribution {
    DailyKind kind = DailyKind::Flux;
    std::string tableName;
    std::string siteId;
    std::optional<std::int64_t> owner;
    std::vector<std::string> columns;
    std::vector<daily_store::DayRun> runs;
};

std::vector<Contribution> contributionsOf(const sqlite::Database& db, std::int64_t importId) {
    auto query = db.prepare("SELECT table_name, site_id, product_id, columns, day_runs "
                            "FROM import_contributions WHERE import_id = ?1");
    query.bind(1, importId);
    std::vector<Contribution> contributions;
    while (query.step()) {
        Contribution c;
        c.tableName = query.columnText(0);
        c.kind = kindOfTable(c.tableName, db.path());
        c.siteId = query.columnText(1);
        if (!query.isNull(2))
            c.owner = query.columnInt(2);
        c.columns = split(query.columnText(3), ',');
        c.runs = daily_store::decodeDayRuns(query.columnBlob(4), db.path());
        contributions.push_back(std::move(c));
    }
    return contributions;
}

// Clears the values the import `importId` wrote, except cells a newer import wrote after it
// (those hold the newer file's values). Marks the import superseded. Returns the sites whose
// flux data changed.
std::set<std::string> removeContributions(const sqlite::Database& db, std::int64_t importId) {
    auto newer = db.prepare("SELECT columns, day_runs FROM import_contributions WHERE "
                            "import_id > ?1 AND table_name = ?2 AND site_id = ?3 AND "
                            "product_id IS ?4");
    std::set<std::string> fluxSites;
    for (const Contribution& c : contributionsOf(db, importId)) {
        // Days to clear per column, grouped so that columns sharing them clear in one pass.
        std::map<std::string, std::pair<std::vector<daily_store::DayRun>, std::vector<std::string>>>
            groups;
        std::vector<std::pair<std::vector<std::string>, std::vector<daily_store::DayRun>>> later;
        newer.bind(1, importId);
        newer.bind(2, c.tableName);
        newer.bind(3, c.siteId);
        if (c.owner)
            newer.bind(4, *c.owner);
        while (newer.step())
            later.emplace_back(split(newer.columnText(0), ','),
                               daily_store::decodeDayRuns(newer.columnBlob(1), db.path()));
        newer.reset();
        for (const std::string& column : c.columns) {
            std::vector<daily_store::DayRun> kept;
            for (const auto& [columns, runs] : later)
                if (std::find(columns.begin(), columns.end(), column) != columns.end())
                    kept.insert(kept.end(), runs.begin(), runs.end());
            auto runs = daily_store::subtractRuns(c.runs, kept);
            auto& group = groups[daily_store::encodeDayRuns(runs)];
            group.first = std::move(runs);
            group.second.push_back(column);
        }
        for (const auto& [key, group] : groups)
            if (!group.first.empty())
                daily_store::clear(db, c.kind, c.siteId, c.owner, group.second, group.first);
        if (c.kind == DailyKind::Flux)
            fluxSites.insert(c.siteId);
    }
    auto forget = db.prepare("DELETE FROM import_contributions WHERE import_id = ?1");
    forget.bind(1, importId);
    forget.run();
    auto supersede = db.prepare("UPDATE import_log SET superseded = 1 WHERE id = ?1");
    supersede.bind(1, importId);
    supersede.run();
    return fluxSites;
}
} // namespace

StoreResult Cache::storeBatch(const ImportBatch& batch, const StoreProgress& progress) {
    validateBatch(batch);
    const std::string key = datasetKeyOf(batch);
    std::int64_t totalRows = 0;
    for (const DailyTable& table : batch.tables)
        totalRows += static_cast<std::int64_t>(table.dayNumbers.size());

    StoreResult result;
    sqlite::Transaction transaction(m_db); // rolls back unless committed below

    auto same = m_db.prepare(
        "SELECT file_path FROM import_log WHERE sha256 = ?1 AND superseded = 0 LIMIT 1");
    same.bind(1, batch.sha256);
    if (same.step()) {
        result.status = StoreResult::Status::AlreadyImported;
        result.existingFilePath = same.columnText(0);
        return result;
    }

    std::set<std::string> fluxSites;
    auto earlier =
        m_db.prepare("SELECT id FROM import_log WHERE dataset_key = ?1 AND superseded = 0");
    earlier.bind(1, key);
    std::vector<std::int64_t> earlierIds;
    while (earlier.step())
        earlierIds.push_back(earlier.columnInt(0));
    for (std::int64_t id : earlierIds) {
        fluxSites.merge(removeContributions(m_db, id));
        result.replacedImportId = id;
    }

    for (const Site& site : batch.sites) {
        Site withSource = site;
        if (withSource.source.empty())
            withSource.source = batch.filePath;
        site_rows::upsert(m_db, withSource, batch.filePath);
    }
    result.sitesWritten = static_cast<std::int64_t>(batch.sites.size());

    auto log = m_db.prepare("INSERT INTO import_log(file_path, dataset_key, sha256, importer, "
                            "rows, imported_at, warnings) VALUES(?1, ?2, ?3, ?4, 0, ?5, ?6)");
    log.bind(1, batch.filePath);
    log.bind(2, key);
    log.bind(3, batch.sha256);
    log.bind(4, batch.importer);
    log.bind(5, unixSecondsNow());
    log.bind(6, joined(batch.warnings, '\n'));
    log.run();
    const std::int64_t importId = *m_db.queryInt("SELECT last_insert_rowid()");

    if (progress && !progress(0, totalRows))
        return cancelled();
    std::int64_t done = 0;
    auto afterRows = [&](std::int64_t rows) {
        done += rows;
        return !progress || progress(done, totalRows);
    };
    auto contribution = m_db.prepare("INSERT INTO import_contributions(import_id, table_name, "
                                     "site_id, product_id, columns, day_runs) "
                                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    for (const DailyTable& table : batch.tables) {
        daily_store::ensureSite(m_db, table.siteId, batch.filePath);
        std::optional<std::int64_t> owner;
        if (table.kind == DailyKind::Reference)
            owner = daily_store::productId(m_db, table.product);
        const auto written = daily_store::write(m_db, table, owner.value_or(0), afterRows);
        if (!written)
            return cancelled();
        result.rowsWritten += *written;

        contribution.bind(1, importId);
        contribution.bind(2, dailyTableName(table.kind));
        contribution.bind(3, table.siteId);
        if (owner)
            contribution.bind(4, *owner);
        contribution.bind(5, joined(table.columnNames, ','));
        const std::string runs = daily_store::encodeDayRuns(daily_store::dayRuns(table.dayNumbers));
        contribution.bindBlob(6, runs.data(), runs.size());
        contribution.run();
        if (table.kind == DailyKind::Flux)
            fluxSites.insert(table.siteId);
    }

    auto rows = m_db.prepare("UPDATE import_log SET rows = ?1 WHERE id = ?2");
    rows.bind(1, result.rowsWritten);
    rows.bind(2, importId);
    rows.run();
    for (const std::string& siteId : fluxSites)
        daily_store::refreshSiteSummary(m_db, siteId);
    transaction.commit();
    return result;
}

void Cache::upsertSites(const std::vector<Site>& sites) {
    sqlite::Transaction transaction(m_db);
    for (const Site& site : sites)
        site_rows::upsert(m_db, site, site.source.empty() ? m_path : site.source);
    transaction.commit();
}

std::vector<ImportLogEntry> Cache::importLog() const {
    auto query = m_db.prepare("SELECT id, file_path, dataset_key, sha256, importer, rows, "
                              "imported_at, superseded, warnings FROM import_log ORDER BY id DESC");
    std::vector<ImportLogEntry> entries;
    while (query.step()) {
        ImportLogEntry entry;
        entry.id = query.columnInt(0);
        entry.filePath = query.columnText(1);
        entry.datasetKey = query.columnText(2);
        entry.sha256 = query.columnText(3);
        entry.importer = query.columnText(4);
        entry.rows = query.columnInt(5);
        entry.importedAtUnixSeconds = query.columnInt(6);
        entry.superseded = query.columnInt(7) != 0;
        entry.warnings = split(query.columnText(8), '\n');
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::int64_t Cache::dataRevision() const {
    return m_db.queryInt("SELECT max(id) FROM import_log").value_or(0);
}

} // namespace fluxlens
