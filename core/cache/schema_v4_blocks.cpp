// Schema version 4: daily values in compressed blocks of days instead of one row per day.
#include "cache/daily_store.h"
#include "cache/schema.h"
#include "cache/variables.h"

#include <string>
#include <string_view>
#include <vector>

namespace fluxlens::cache_schema {
namespace {

// One row per site (and product or model) and block of 1024 days (block = floor(day / 1024),
// days since 1970); `data` is the block as series_block::Block::encode() writes it. A row costs
// some 40 bytes besides its data, against about 20 per site-day in the row tables.
void createBlockTable(const sqlite::Database& db, DailyKind kind) {
    std::string owner, ownerKey;
    if (kind == DailyKind::Reference) {
        owner = "product_id INTEGER NOT NULL REFERENCES reference_products(id) ON DELETE CASCADE,";
        ownerKey = "product_id, ";
    } else if (kind == DailyKind::Prediction) {
        owner = "model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,";
        ownerKey = "model_id, ";
    }
    db.exec("CREATE TABLE " + std::string(daily_store::blockTableName(kind)) + "(" + owner +
            " site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,"
            " block INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY(" +
            ownerKey + "site_id, block))");
}

// Copies one row table into its block table: the columns it has that are variables of its kind
// (a table may lack the ones added to variables.h later), site by site.
void copyRowTable(const sqlite::Database& db, DailyKind kind) {
    const std::string rowTable(dailyTableName(kind));
    std::vector<std::string> columns;
    auto info = db.prepare("SELECT name FROM pragma_table_info(?1)");
    info.bind(1, rowTable);
    while (info.step())
        if (findDailyVariable(kind, info.columnText(0)))
            columns.push_back(info.columnText(0));
    if (columns.empty())
        return; // no such table: nothing to copy

    const std::string owner = kind == DailyKind::Reference    ? "product_id"
                              : kind == DailyKind::Prediction ? "model_id"
                                                              : "";
    std::string select = "SELECT " + (owner.empty() ? "0" : owner) + ", site_id, day";
    for (const std::string& column : columns)
        select += ", " + column;
    select +=
        " FROM " + rowTable + " ORDER BY " + (owner.empty() ? "" : owner + ", ") + "site_id, day";
    auto rows = db.prepare(select);

    DailyTable table;
    std::int64_t tableOwner = 0;
    auto flush = [&] {
        if (!table.dayNumbers.empty())
            daily_store::write(db, table, tableOwner, {});
        table.dayNumbers.clear();
        for (auto& values : table.columns)
            values.clear();
    };
    table.kind = kind;
    table.columnNames = columns;
    table.columns.resize(columns.size());
    while (rows.step()) {
        const std::int64_t rowOwner = rows.columnInt(0);
        const std::string siteId = rows.columnText(1);
        if (siteId != table.siteId || rowOwner != tableOwner) {
            flush();
            table.siteId = siteId;
            tableOwner = rowOwner;
        }
        table.dayNumbers.push_back(static_cast<int>(rows.columnInt(2)));
        for (std::size_t c = 0; c < columns.size(); ++c)
            table.columns[c].push_back(rows.columnDouble(static_cast<int>(c) + 3));
    }
    flush();
    db.exec("DROP TABLE " + rowTable);
}
} // namespace

void migrateToVersion4(const sqlite::Database& db) {
    for (DailyKind kind : allDailyKinds()) {
        createBlockTable(db, kind);
        copyRowTable(db, kind);
    }
}

} // namespace fluxlens::cache_schema
