#pragma once

// Small helpers shared by the cache tests: building DailyTables and batches, comparing tables,
// reading a file's bytes. Plain C++ so the crash child can use them too.
#include "cache/import_batch.h"
#include "cache/variables.h"

#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

namespace fluxlens::test {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A deterministic value for (site, column, day): distinct per cell, NaN every `nanEvery` days.
inline double cellValue(const std::string& siteId, std::size_t column, int day, int salt = 0,
                        int nanEvery = 0) {
    if (nanEvery > 0 && day % nanEvery == 0)
        return kNaN;
    double siteCode = 0;
    for (char c : siteId)
        siteCode = siteCode * 1.37 + static_cast<unsigned char>(c);
    return std::sin(siteCode + 0.1 * day) * 5.0 + static_cast<double>(column) * 0.25 +
           salt * 100.0 + day * 1e-4;
}

// A table of `kind` with the given columns over days firstDay .. firstDay + days - 1.
inline DailyTable makeTable(DailyKind kind, const std::string& siteId, int firstDay, int days,
                            std::vector<std::string> columnNames, int salt = 0, int nanEvery = 0,
                            const std::string& product = {}) {
    DailyTable table;
    table.kind = kind;
    table.siteId = siteId;
    table.product = product;
    for (int d = 0; d < days; ++d)
        table.dayNumbers.push_back(firstDay + d);
    table.columnNames = std::move(columnNames);
    for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
        std::vector<double> column;
        for (int day : table.dayNumbers)
            column.push_back(cellValue(siteId, c, day, salt, nanEvery));
        table.columns.push_back(std::move(column));
    }
    return table;
}

// Every column of `kind`, in variables.h order.
inline std::vector<std::string> allColumns(DailyKind kind) {
    std::vector<std::string> names;
    for (const VariableInfo& v : dailyVariables(kind))
        names.emplace_back(v.name);
    return names;
}

inline ImportBatch makeBatch(const std::string& path, const std::string& sha,
                             std::vector<DailyTable> tables, const std::string& importer = "test") {
    ImportBatch batch;
    batch.filePath = path;
    batch.sha256 = sha;
    batch.importer = importer;
    batch.tables = std::move(tables);
    return batch;
}

// The column `name` of a loaded table, or an empty vector when absent.
inline std::vector<double> column(const DailyTable& table, const std::string& name) {
    for (std::size_t c = 0; c < table.columnNames.size(); ++c)
        if (table.columnNames[c] == name)
            return table.columns[c];
    return {};
}

// Value of column `name` on `day`; NaN when the day is absent.
inline double valueOn(const DailyTable& table, const std::string& name, int day) {
    const std::vector<double> values = column(table, name);
    for (std::size_t i = 0; i < table.dayNumbers.size(); ++i)
        if (table.dayNumbers[i] == day)
            return values.at(i);
    return kNaN;
}

inline bool sameValue(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

inline std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void writeFile(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

} // namespace fluxlens::test
