#include "cache/daily_store.h"

#include "cache/variables.h"
#include "common/input_error.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <set>

namespace fluxlens::daily_store {
namespace {
constexpr std::int64_t kRowsPerProgressCall = 4096;

// "product_id" / "model_id" for tables with an owner, empty otherwise.
std::string_view ownerColumn(DailyKind kind) {
    switch (kind) {
    case DailyKind::Reference:
        return "product_id";
    case DailyKind::Prediction:
        return "model_id";
    default:
        return {};
    }
}

// "site_id = ?1 AND day BETWEEN ?2 AND ?3" with the owner first when the kind has one.
std::string keyPrefix(DailyKind kind) {
    const std::string_view owner = ownerColumn(kind);
    return owner.empty() ? std::string() : std::string(owner) + ", ";
}

void appendInt32(std::string& out, std::int32_t value) {
    const auto u = static_cast<std::uint32_t>(value);
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(static_cast<char>((u >> shift) & 0xFF));
}

std::int32_t readInt32(const char* p) {
    std::uint32_t u = 0;
    for (int i = 0; i < 4; ++i)
        u |= std::uint32_t(static_cast<unsigned char>(p[i])) << (8 * i);
    return static_cast<std::int32_t>(u);
}
} // namespace

void validate(const DailyTable& table, const std::string& file) {
    const std::string what =
        std::string(dailyKindName(table.kind)) + " table for site '" + table.siteId + "'";
    if (table.siteId.empty())
        throw InputError(file, std::string(dailyKindName(table.kind)) + " table without a site id");
    if ((table.kind == DailyKind::Reference || table.kind == DailyKind::Prediction) &&
        table.product.empty())
        throw InputError(file, what + " has no product name");
    if (table.columns.size() != table.columnNames.size())
        throw InputError(file, what + ": " + std::to_string(table.columnNames.size()) +
                                   " column names but " + std::to_string(table.columns.size()) +
                                   " columns");
    std::set<std::string> seen;
    for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
        const std::string& name = table.columnNames[c];
        requireDailyVariable(table.kind, name, file);
        if (!seen.insert(name).second)
            throw InputError(file, what + ": column '" + name + "' appears twice");
        if (table.columns[c].size() != table.dayNumbers.size())
            throw InputError(file, what + ": column '" + name + "' has " +
                                       std::to_string(table.columns[c].size()) + " values for " +
                                       std::to_string(table.dayNumbers.size()) + " days");
    }
    for (std::size_t i = 1; i < table.dayNumbers.size(); ++i)
        if (table.dayNumbers[i] <= table.dayNumbers[i - 1])
            throw InputError(file, what + ": days are not strictly increasing (day " +
                                       std::to_string(table.dayNumbers[i]) + " after " +
                                       std::to_string(table.dayNumbers[i - 1]) + ")");
}

std::vector<DayRun> dayRuns(const std::vector<int>& sortedDays) {
    std::vector<DayRun> runs;
    for (int day : sortedDays) {
        if (!runs.empty() && runs.back().last + 1 == day)
            runs.back().last = day;
        else
            runs.push_back({day, day});
    }
    return runs;
}

std::vector<DayRun> subtractRuns(const std::vector<DayRun>& from, std::vector<DayRun> remove) {
    std::sort(remove.begin(), remove.end(),
              [](const DayRun& a, const DayRun& b) { return a.first < b.first; });
    std::vector<DayRun> result;
    for (DayRun run : from) {
        for (const DayRun& cut : remove) {
            if (run.first > run.last || cut.first > run.last)
                break; // nothing left of the run, or every further cut lies beyond it
            if (cut.last < run.first)
                continue;
            if (cut.first > run.first)
                result.push_back({run.first, cut.first - 1});
            run.first = std::max(run.first, cut.last + 1);
        }
        if (run.first <= run.last)
            result.push_back(run);
    }
    return result;
}

std::string encodeDayRuns(const std::vector<DayRun>& runs) {
    std::string blob;
    blob.reserve(runs.size() * 8);
    for (const DayRun& run : runs) {
        appendInt32(blob, run.first);
        appendInt32(blob, run.last);
    }
    return blob;
}

std::vector<DayRun> decodeDayRuns(std::string_view blob, const std::string& file) {
    if (blob.size() % 8 != 0)
        throw InputError(file, "the cache is damaged: an import's day list has " +
                                   std::to_string(blob.size()) + " bytes");
    std::vector<DayRun> runs(blob.size() / 8);
    for (std::size_t i = 0; i < runs.size(); ++i) {
        runs[i].first = readInt32(blob.data() + 8 * i);
        runs[i].last = readInt32(blob.data() + 8 * i + 4);
    }
    return runs;
}

std::optional<std::int64_t> findProductId(const sqlite::Database& db, const std::string& product) {
    auto query = db.prepare("SELECT id FROM reference_products WHERE name = ?1");
    query.bind(1, product);
    if (!query.step())
        return std::nullopt;
    return query.columnInt(0);
}

std::int64_t productId(const sqlite::Database& db, const std::string& product) {
    if (auto id = findProductId(db, product))
        return *id;
    auto insert = db.prepare("INSERT INTO reference_products(name) VALUES(?1)");
    insert.bind(1, product);
    insert.run();
    return *findProductId(db, product);
}

void ensureSite(const sqlite::Database& db, const std::string& siteId, const std::string& source) {
    auto insert =
        db.prepare("INSERT INTO sites(id, source) VALUES(?1, ?2) ON CONFLICT(id) DO NOTHING");
    insert.bind(1, siteId);
    insert.bind(2, source);
    insert.run();
}

std::optional<std::int64_t> write(const sqlite::Database& db, const DailyTable& table,
                                  std::int64_t ownerId,
                                  const std::function<bool(std::int64_t)>& afterRows) {
    const std::string_view owner = ownerColumn(table.kind);
    std::string columns = keyPrefix(table.kind) + "site_id, day";
    std::string values = owner.empty() ? "?1, ?2" : "?1, ?2, ?3";
    std::string updates;
    const int firstValue = owner.empty() ? 3 : 4;
    for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
        const std::string& name = table.columnNames[c]; // validated against variables.h
        columns += ", " + name;
        values += ", ?" + std::to_string(firstValue + static_cast<int>(c));
        updates += (c ? ", " : "") + name + " = excluded." + name;
    }
    std::string sql = "INSERT INTO " + std::string(dailyTableName(table.kind)) + "(" + columns +
                      ") VALUES(" + values + ") ON CONFLICT(" + keyPrefix(table.kind) +
                      "site_id, day) DO ";
    sql += updates.empty() ? "NOTHING" : "UPDATE SET " + updates;
    auto upsert = db.prepare(sql);

    std::int64_t sinceCall = 0;
    for (std::size_t row = 0; row < table.dayNumbers.size(); ++row) {
        int index = 1;
        if (!owner.empty())
            upsert.bind(index++, ownerId);
        upsert.bind(index++, table.siteId);
        upsert.bind(index++, table.dayNumbers[row]);
        for (const auto& column : table.columns)
            upsert.bind(index++, column[row]);
        upsert.run();
        if (++sinceCall == kRowsPerProgressCall) {
            if (afterRows && !afterRows(sinceCall))
                return std::nullopt;
            sinceCall = 0;
        }
    }
    if (afterRows && sinceCall > 0 && !afterRows(sinceCall))
        return std::nullopt;
    return static_cast<std::int64_t>(table.dayNumbers.size());
}

void clear(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
           std::optional<std::int64_t> ownerId, const std::vector<std::string>& columns,
           const std::vector<DayRun>& runs) {
    const std::string table(dailyTableName(kind));
    const std::string_view owner = ownerColumn(kind);
    std::string where = "site_id = ?1 AND day BETWEEN ?2 AND ?3";
    if (!owner.empty())
        where += " AND " + std::string(owner) + " = ?4";

    std::string assignments;
    for (const std::string& name : columns) {
        requireDailyVariable(kind, name, db.path()); // names come from the cache file itself
        assignments += (assignments.empty() ? "" : ", ") + name + " = NULL";
    }
    std::string allNull;
    for (const VariableInfo& v : dailyVariables(kind))
        allNull += " AND " + std::string(v.name) + " IS NULL";

    auto update = db.prepare("UPDATE " + table + " SET " + assignments + " WHERE " + where);
    auto remove = db.prepare("DELETE FROM " + table + " WHERE " + where + allNull);
    for (const DayRun& run : runs) {
        for (auto* statement : {&update, &remove}) {
            statement->bind(1, siteId);
            statement->bind(2, run.first);
            statement->bind(3, run.last);
            if (!owner.empty())
                statement->bind(4, ownerId.value_or(0));
            statement->run();
        }
    }
}

DailyTable load(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
                std::optional<std::int64_t> ownerId) {
    DailyTable table;
    table.kind = kind;
    table.siteId = siteId;
    const auto variables = dailyVariables(kind);
    std::string select = "SELECT day";
    for (const VariableInfo& v : variables) {
        table.columnNames.emplace_back(v.name);
        select += ", " + std::string(v.name);
    }
    table.columns.resize(variables.size());
    const std::string_view owner = ownerColumn(kind);
    if (!owner.empty() && !ownerId)
        return table; // unknown product or model: no data
    select += " FROM " + std::string(dailyTableName(kind)) + " WHERE site_id = ?1";
    if (!owner.empty())
        select += " AND " + std::string(owner) + " = ?2";
    select += " ORDER BY day";

    auto query = db.prepare(select);
    query.bind(1, siteId);
    if (!owner.empty())
        query.bind(2, *ownerId);
    while (query.step()) {
        table.dayNumbers.push_back(static_cast<int>(query.columnInt(0)));
        for (std::size_t c = 0; c < variables.size(); ++c)
            table.columns[c].push_back(query.columnDouble(static_cast<int>(c) + 1));
    }
    return table;
}

void refreshSiteSummary(const sqlite::Database& db, const std::string& siteId) {
    std::string anyFlux;
    for (const VariableInfo& v : dailyVariables(DailyKind::Flux)) {
        if (v.name.ends_with("_QC"))
            continue; // a quality flag alone is not a flux value
        anyFlux += (anyFlux.empty() ? "" : " OR ") + std::string(v.name) + " IS NOT NULL";
    }
    auto refresh = db.prepare(
        "INSERT INTO site_summary(site_id, first_day, last_day, flux_days, gpp_days) "
        "SELECT ?1, MIN(day), MAX(day), COUNT(*), COUNT(GPP_NT_VUT_USTAR50) FROM flux_daily "
        "WHERE site_id = ?1 AND (" +
        anyFlux +
        ") ON CONFLICT(site_id) DO UPDATE SET first_day = excluded.first_day, "
        "last_day = excluded.last_day, flux_days = excluded.flux_days, "
        "gpp_days = excluded.gpp_days");
    refresh.bind(1, siteId);
    refresh.run();
}

} // namespace fluxlens::daily_store
