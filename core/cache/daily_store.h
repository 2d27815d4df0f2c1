#pragma once

#include "cache/import_batch.h"
#include "cache/series_block.h"
#include "cache/sqlite_handle.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

// Reading and writing DailyTables in their SQLite tables. Internal to core/cache.
//
// Since schema version 4 each kind's values live in its "<kind>_blocks" table, one row per site
// (and owner: product or model) and block of series_block::kDaysPerBlock days, its values
// compressed (cache/series_block.h). A cell is NULL where the old row tables had NULL: a row (day)
// exists or not, and each of its values is NaN or a number.
namespace fluxlens::daily_store {

// "flux_blocks", "met_blocks", ... The kind's name in import_contributions stays
// dailyTableName(kind), the name of its table before version 4.
std::string_view blockTableName(DailyKind kind);

// Reads and rewrites the blocks of one site (and owner) of one kind.
class BlockAccess {
public:
    BlockAccess(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
                std::optional<std::int64_t> ownerId);
    std::optional<series_block::Block> read(std::int64_t block);
    // Writes the block, or deletes it when it has no day left.
    void store(std::int64_t block, const series_block::Block& content);

private:
    void bindKey(sqlite::Statement& statement, std::int64_t block) const;

    const sqlite::Database& m_db;
    DailyKind m_kind;
    std::string m_siteId;
    std::int64_t m_ownerId;
    sqlite::Statement m_select, m_upsert, m_remove;
};

// Throws InputError(file, ...) unless `table` keeps the DailyTable contract: a site id, known
// and distinct column names of its kind, one value per day, strictly increasing days, a product
// name for Reference and Prediction tables.
void validate(const DailyTable& table, const std::string& file);

// Consecutive days as runs [first, last].
struct DayRun {
    int first = 0;
    int last = 0;
};
std::vector<DayRun> dayRuns(const std::vector<int>& sortedDays);
// The days of `from` that are in none of `remove` (which may overlap and come in any order).
std::vector<DayRun> subtractRuns(const std::vector<DayRun>& from, std::vector<DayRun> remove);
std::string encodeDayRuns(const std::vector<DayRun>& runs); // little-endian int32 pairs
std::vector<DayRun> decodeDayRuns(std::string_view blob, const std::string& file);

// The id of a reference product, created when absent.
std::int64_t productId(const sqlite::Database& db, const std::string& product);
std::optional<std::int64_t> findProductId(const sqlite::Database& db, const std::string& product);
// Makes sure a sites row exists for `siteId` (added with unknown coordinates otherwise).
void ensureSite(const sqlite::Database& db, const std::string& siteId, const std::string& source);

// Upserts the table's columns for its days. ownerId: product id (Reference), model id
// (Prediction), ignored otherwise. `afterRows(n)` is called after each block (at most
// series_block::kDaysPerBlock rows) with the rows written since the last call and returns false
// to stop early (then the result is std::nullopt). Returns the rows written.
std::optional<std::int64_t> write(const sqlite::Database& db, const DailyTable& table,
                                  std::int64_t ownerId,
                                  const std::function<bool(std::int64_t)>& afterRows);

// Clears `columns` on `runs` for one site (and owner) and deletes rows left with no value.
void clear(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
           std::optional<std::int64_t> ownerId, const std::vector<std::string>& columns,
           const std::vector<DayRun>& runs);

// Every column of `kind` for one site (and owner), sorted by day.
DailyTable load(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
                std::optional<std::int64_t> ownerId);

// Recomputes site_summary for one site from its flux values.
void refreshSiteSummary(const sqlite::Database& db, const std::string& siteId);

} // namespace fluxlens::daily_store
