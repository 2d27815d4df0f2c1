#pragma once

#include "cache/sqlite_handle.h"
#include "geo/site.h"

#include <string>
#include <string_view>

// Site <-> sites row. Internal to core/cache.
namespace fluxlens::site_rows {

// The sites columns readSite expects, in order.
inline constexpr std::string_view kColumns =
    "id, name, lat, lon, elevation_m, igbp, koppen, koppen_source, network, source";

// Reads the kColumns starting at `firstColumn`. Unknown coordinates read as NaN.
Site read(const sqlite::Statement& row, int firstColumn = 0);

// Inserts or merges one site (see Cache::upsertSites). Throws InputError(fileForErrors, ...) for
// an empty id or coordinates out of range.
void upsert(const sqlite::Database& db, const Site& site, const std::string& fileForErrors);

} // namespace fluxlens::site_rows
