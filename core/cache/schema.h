#pragma once

#include "cache/sqlite_handle.h"

#include <cstdint>

// The cache's SQLite schema as an ordered list of migrations; PRAGMA user_version holds how many
// have been applied. Internal to core/cache (tests use it to build older caches).
namespace fluxlens::cache_schema {

// PRAGMA application_id of every FluxLens cache ("FLXL").
inline constexpr std::int32_t kApplicationId = 0x464C584C;

int latestVersion();

// Version 4: daily values move from one row per site and day (flux_daily, met_daily, ...) to
// compressed blocks of days (flux_blocks, met_blocks, ...; cache/series_block.h), which take
// less than half the space and load faster. Copies every value bit for bit, then drops the row
// tables. Runs inside the caller's transaction.
void migrateToVersion4(const sqlite::Database& db);

// Applies migrations fromVersion+1 .. toVersion and sets user_version (and application_id when
// starting from 0). Runs inside the caller's transaction.
void migrate(const sqlite::Database& db, int fromVersion, int toVersion);

} // namespace fluxlens::cache_schema
