#include "cache/daily_store.h"

#include "cache/variables.h"
#include "common/input_error.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <set>

namespace fluxlens::daily_store {
namespace {
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

// "product_id, " / "model_id, " for tables with an owner (the first key column), empty otherwise.
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

std::string_view blockTableName(DailyKind kind) {
    switch (kind) {
    case DailyKind::Flux:
        return "flux_blocks";
    case DailyKind::TowerMet:
        return "met_blocks";
    case DailyKind::Reanalysis:
        return "reanalysis_blocks";
    case DailyKind::RemoteSensing:
        return "rs_blocks";
    case DailyKind::Reference:
        return "reference_blocks";
    case DailyKind::Prediction:
        return "prediction_blocks";
    }
    return "flux_blocks";
}

BlockAccess::BlockAccess(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
                         std::optional<std::int64_t> ownerId)
    : m_db(db)
    , m_kind(kind)
    , m_siteId(siteId)
    , m_ownerId(ownerId.value_or(0)) {
    const std::string table(blockTableName(kind));
    const std::string owner(ownerColumn(kind));
    const std::string where =
        "site_id = ?1 AND block = ?2" + (owner.empty() ? std::string() : " AND " + owner + " = ?3");
    m_select = db.prepare("SELECT data FROM " + table + " WHERE " + where);
    m_upsert = db.prepare("INSERT INTO " + table + "(site_id, block, data" +
                          (owner.empty() ? "" : ", " + owner) + ") VALUES(?1, ?2, ?4" +
                          (owner.empty() ? "" : ", ?3") + ") ON CONFLICT(" + keyPrefix(kind) +
                          "site_id, block) DO UPDATE SET data = excluded.data");
    m_remove = db.prepare("DELETE FROM " + table + " WHERE " + where);
}

void BlockAccess::bindKey(sqlite::Statement& statement, std::int64_t block) const {
    statement.bind(1, m_siteId);
    statement.bind(2, block);
    if (!ownerColumn(m_kind).empty())
        statement.bind(3, m_ownerId);
}

std::optional<series_block::Block> BlockAccess::read(std::int64_t block) {
    bindKey(m_select, block);
    std::optional<series_block::Block> result;
    if (m_select.step())
        result = series_block::Block::decode(m_select.columnBlob(0), m_db.path());
    m_select.reset();
    return result;
}

void BlockAccess::store(std::int64_t block, const series_block::Block& content) {
    if (content.empty()) {
        bindKey(m_remove, block);
        m_remove.run();
        return;
    }
    const std::string data = content.encode();
    bindKey(m_upsert, block);
    m_upsert.bindBlob(4, data.data(), data.size());
    m_upsert.run();
}

std::optional<std::int64_t> write(const sqlite::Database& db, const DailyTable& table,
                                  std::int64_t ownerId,
                                  const std::function<bool(std::int64_t)>& afterRows) {
    BlockAccess blocks(db, table.kind, table.siteId, ownerId);
    const std::size_t rows = table.dayNumbers.size();
    std::size_t row = 0;
    while (row < rows) {
        const std::int64_t block = series_block::blockOf(table.dayNumbers[row]);
        const int firstDay = series_block::firstDayOf(block);
        std::size_t end = row;
        while (end < rows && series_block::blockOf(table.dayNumbers[end]) == block)
            ++end;
        series_block::Block content = blocks.read(block).value_or(series_block::Block());
        for (std::size_t r = row; r < end; ++r)
            content.setDay(table.dayNumbers[r] - firstDay, true);
        for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
            std::vector<double>& values = content.column(table.columnNames[c]);
            for (std::size_t r = row; r < end; ++r)
                values[static_cast<std::size_t>(table.dayNumbers[r] - firstDay)] =
                    table.columns[c][r];
        }
        blocks.store(block, content);
        if (afterRows && !afterRows(static_cast<std::int64_t>(end - row)))
            return std::nullopt;
        row = end;
    }
    return static_cast<std::int64_t>(rows);
}

void clear(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
           std::optional<std::int64_t> ownerId, const std::vector<std::string>& columns,
           const std::vector<DayRun>& runs) {
    for (const std::string& name : columns)
        requireDailyVariable(kind, name, db.path()); // names come from the cache file itself
    // The slot ranges to clear in each block, so that each block is rewritten once.
    std::map<std::int64_t, std::vector<std::pair<int, int>>> slotsByBlock;
    for (const DayRun& run : runs)
        for (std::int64_t block = series_block::blockOf(run.first);
             block <= series_block::blockOf(run.last); ++block) {
            const int first = series_block::firstDayOf(block);
            const int last = first + series_block::kDaysPerBlock - 1;
            slotsByBlock[block].emplace_back(std::max(run.first, first) - first,
                                             std::min(run.last, last) - first);
        }
    BlockAccess blocks(db, kind, siteId, ownerId);
    for (const auto& [block, ranges] : slotsByBlock) {
        auto content = blocks.read(block);
        if (!content)
            continue;
        for (const auto& [firstSlot, lastSlot] : ranges) {
            for (const std::string& name : columns)
                if (content->find(name)) {
                    std::vector<double>& values = content->column(name);
                    std::fill(values.begin() + firstSlot, values.begin() + lastSlot + 1,
                              std::numeric_limits<double>::quiet_NaN());
                }
            content->dropEmptyDays(firstSlot, lastSlot);
        }
        blocks.store(block, *content);
    }
}

DailyTable load(const sqlite::Database& db, DailyKind kind, const std::string& siteId,
                std::optional<std::int64_t> ownerId) {
    DailyTable table;
    table.kind = kind;
    table.siteId = siteId;
    const auto variables = dailyVariables(kind);
    for (const VariableInfo& v : variables)
        table.columnNames.emplace_back(v.name);
    table.columns.resize(variables.size());
    const std::string_view owner = ownerColumn(kind);
    if (!owner.empty() && !ownerId)
        return table; // unknown product or model: no data
    std::string select =
        "SELECT block, data FROM " + std::string(blockTableName(kind)) + " WHERE site_id = ?1";
    if (!owner.empty())
        select += " AND " + std::string(owner) + " = ?2";
    select += " ORDER BY block";

    auto query = db.prepare(select);
    query.bind(1, siteId);
    if (!owner.empty())
        query.bind(2, *ownerId);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    while (query.step()) {
        const int firstDay = series_block::firstDayOf(query.columnInt(0));
        const auto content = series_block::Block::decode(query.columnBlob(1), db.path());
        std::vector<const std::vector<double>*> sources;
        for (const VariableInfo& v : variables)
            sources.push_back(content.find(v.name));
        for (int slot = 0; slot < series_block::kDaysPerBlock; ++slot) {
            if (!content.hasDay(slot))
                continue;
            table.dayNumbers.push_back(firstDay + slot);
            for (std::size_t c = 0; c < sources.size(); ++c)
                table.columns[c].push_back(sources[c] ? (*sources[c])[slot] : nan);
        }
    }
    return table;
}

void refreshSiteSummary(const sqlite::Database& db, const std::string& siteId) {
    const DailyTable flux = load(db, DailyKind::Flux, siteId, std::nullopt);
    std::vector<const std::vector<double>*> fluxValues; // a quality flag alone is not a flux value
    for (std::size_t c = 0; c < flux.columnNames.size(); ++c)
        if (!flux.columnNames[c].ends_with("_QC"))
            fluxValues.push_back(&flux.columns[c]);
    const std::vector<double>* gpp = flux.column(var::GPP_NT_VUT_USTAR50);
    std::optional<int> firstDay, lastDay;
    std::int64_t fluxDays = 0, gppDays = 0;
    for (std::size_t i = 0; i < flux.dayNumbers.size(); ++i) {
        const bool anyFlux =
            std::any_of(fluxValues.begin(), fluxValues.end(),
                        [i](const auto* values) { return !std::isnan((*values)[i]); });
        if (!anyFlux)
            continue;
        if (!firstDay)
            firstDay = flux.dayNumbers[i];
        lastDay = flux.dayNumbers[i];
        ++fluxDays;
        if (gpp && !std::isnan((*gpp)[i]))
            ++gppDays;
    }
    auto refresh =
        db.prepare("INSERT INTO site_summary(site_id, first_day, last_day, flux_days, gpp_days) "
                   "VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(site_id) DO UPDATE SET "
                   "first_day = excluded.first_day, last_day = excluded.last_day, "
                   "flux_days = excluded.flux_days, gpp_days = excluded.gpp_days");
    refresh.bind(1, siteId);
    if (firstDay) {
        refresh.bind(2, *firstDay);
        refresh.bind(3, *lastDay);
    }
    refresh.bind(4, fluxDays);
    refresh.bind(5, gppDays);
    refresh.run();
}

} // namespace fluxlens::daily_store
