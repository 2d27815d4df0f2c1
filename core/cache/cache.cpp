#include "cache/cache.h"

#include "cache/cache_file_check.h"
#include "cache/daily_store.h"
#include "cache/schema.h"
#include "cache/site_rows.h"
#include "cache/variables.h"
#include "common/input_error.h"

#include <filesystem>
#include <sqlite3.h>
#include <system_error>

namespace fluxlens {
namespace {
constexpr int kBusyTimeout_ms = 10000;

void configure(const sqlite::Database& db) {
    sqlite3_busy_timeout(db.handle(), kBusyTimeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    const std::string mode = db.queryText("PRAGMA journal_mode = WAL");
    if (mode != "wal")
        throw InputError(db.path(), "the cache cannot use write-ahead logging (journal mode '" +
                                        mode + "'); is it on a network file system?");
    db.exec("PRAGMA synchronous = NORMAL");
}

void vacuum(const sqlite::Database& db) {
    db.exec("VACUUM");
    // VACUUM in WAL mode writes the new content through the log: move it into the file and
    // give the log's space back.
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

// Schema version 4 moved the daily values into blocks a quarter of their former size: the
// pages of the dropped row tables are free space worth giving back once.
constexpr int kCompactAfterMigratingBelow = 4;
} // namespace

Cache::Cache(std::string path, sqlite::Database db)
    : m_path(std::move(path))
    , m_db(std::move(db)) {}

int Cache::currentSchemaVersion() {
    return cache_schema::latestVersion();
}

Cache Cache::openExisting(const std::string& path) {
    switch (cache_file::inspect(path)) {
    case cache_file::State::Absent:
        throw InputError(path, "no such cache file");
    case cache_file::State::Empty:
        throw InputError(path, "empty file, not a FluxLens cache");
    case cache_file::State::Existing:
        break;
    }
    return open(path);
}

Cache Cache::open(const std::string& path) {
    // Everything that could reject the file happens before it is opened for writing.
    if (cache_file::inspect(path) == cache_file::State::Existing)
        cache_file::checkIdentity(path);

    auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadWriteCreate);
    configure(db);
    bool compactNow = false;
    if (db.queryInt("PRAGMA user_version").value_or(0) < cache_schema::latestVersion()) {
        sqlite::Transaction transaction(db);
        // Read again under the write lock: another process may have migrated meanwhile.
        const int version = static_cast<int>(db.queryInt("PRAGMA user_version").value_or(0));
        if (version < cache_schema::latestVersion()) {
            cache_schema::migrate(db, version, cache_schema::latestVersion());
            transaction.commit();
            compactNow = version > 0 && version < kCompactAfterMigratingBelow;
        }
    }
    if (compactNow) {
        try {
            vacuum(db);
        } catch (const InputError& e) {
            throw InputError(path, std::string("the cache was upgraded to the compact schema "
                                               "version 4 and is intact, but compacting it "
                                               "failed (") +
                                       e.what() +
                                       "); open it again, and use File ▸ Compact cache or "
                                       "fluxlens-cli compact once there is free disk space");
        }
    }
    return Cache(path, std::move(db));
}

int Cache::schemaVersion() const {
    return static_cast<int>(m_db.queryInt("PRAGMA user_version").value_or(0));
}

std::string Cache::integrityCheck() const {
    auto query = m_db.prepare("PRAGMA integrity_check");
    std::string result;
    while (query.step()) {
        if (!result.empty())
            result += "\n";
        result += query.columnText(0);
    }
    return result;
}

void Cache::compact() {
    vacuum(m_db);
}

std::uintmax_t Cache::bytesOnDisk(const std::string& path) {
    std::uintmax_t bytes = 0;
    for (const std::string& file : {path, path + "-wal"}) {
        std::error_code error;
        const std::uintmax_t size = std::filesystem::file_size(file, error);
        if (!error)
            bytes += size;
    }
    return bytes;
}

std::vector<Site> Cache::sites() const {
    auto query =
        m_db.prepare("SELECT " + std::string(site_rows::kColumns) + " FROM sites ORDER BY id");
    std::vector<Site> result;
    while (query.step())
        result.push_back(site_rows::read(query));
    return result;
}

std::optional<Site> Cache::site(const std::string& id) const {
    auto query =
        m_db.prepare("SELECT " + std::string(site_rows::kColumns) + " FROM sites WHERE id = ?1");
    query.bind(1, id);
    if (!query.step())
        return std::nullopt;
    return site_rows::read(query);
}

std::vector<SiteSummary> Cache::siteSummaries() const {
    auto query = m_db.prepare(
        "SELECT s.id, s.name, s.lat, s.lon, s.elevation_m, s.igbp, s.koppen, s.koppen_source, "
        "s.network, s.source, m.first_day, m.last_day, m.flux_days, m.gpp_days "
        "FROM sites s LEFT JOIN site_summary m ON m.site_id = s.id ORDER BY s.id");
    std::vector<SiteSummary> result;
    while (query.step()) {
        SiteSummary summary;
        summary.site = site_rows::read(query);
        if (!query.isNull(10))
            summary.firstFluxDay = static_cast<int>(query.columnInt(10));
        if (!query.isNull(11))
            summary.lastFluxDay = static_cast<int>(query.columnInt(11));
        summary.fluxDays = query.columnInt(12);
        summary.gppDays = query.columnInt(13);
        result.push_back(std::move(summary));
    }
    return result;
}

DailyTable Cache::loadDaily(const std::string& siteId, DailyKind kind,
                            const std::string& product) const {
    if (kind == DailyKind::Prediction)
        return loadPredictions(product, siteId);
    std::optional<std::int64_t> owner;
    if (kind == DailyKind::Reference)
        owner = daily_store::findProductId(m_db, product);
    DailyTable table = daily_store::load(m_db, kind, siteId, owner);
    if (kind == DailyKind::Reference)
        table.product = product;
    return table;
}

std::vector<std::string> Cache::referenceProducts() const {
    auto query = m_db.prepare("SELECT name FROM reference_products p WHERE EXISTS "
                              "(SELECT 1 FROM reference_blocks WHERE product_id = p.id) "
                              "ORDER BY name");
    std::vector<std::string> names;
    while (query.step())
        names.push_back(query.columnText(0));
    return names;
}

std::vector<std::string> Cache::sitesWithDaily(DailyKind kind, const std::string& product) const {
    const std::string table(daily_store::blockTableName(kind));
    std::string condition;
    std::optional<std::int64_t> owner;
    if (kind == DailyKind::Reference) {
        owner = daily_store::findProductId(m_db, product);
        condition = " AND product_id = ?1";
    } else if (kind == DailyKind::Prediction) {
        auto find = m_db.prepare("SELECT id FROM models WHERE name = ?1");
        find.bind(1, product);
        if (find.step())
            owner = find.columnInt(0);
        condition = " AND model_id = ?1";
    }
    if (!condition.empty() && !owner)
        return {};
    auto query = m_db.prepare("SELECT id FROM sites s WHERE EXISTS (SELECT 1 FROM " + table +
                              " t WHERE t.site_id = s.id" + condition + ") ORDER BY id");
    if (owner)
        query.bind(1, *owner);
    std::vector<std::string> ids;
    while (query.step())
        ids.push_back(query.columnText(0));
    return ids;
}

} // namespace fluxlens
