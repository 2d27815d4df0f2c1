#include "import/point_series.h"

#include "common/dates.h"
#include "import/csv_reader.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace fluxlens {

PointSeries::PointSeries(const CsvReader& reader, std::vector<std::string> columnNames)
    : m_reader(reader)
    , m_columnNames(std::move(columnNames)) {}

double* PointSeries::addRow(const std::string& siteId, int dayNumber) {
    SiteRows& rows = m_sites[siteId];
    rows.days.push_back(dayNumber);
    rows.lines.push_back(m_reader.line());
    rows.values.resize(rows.values.size() + m_columnNames.size(),
                       std::numeric_limits<double>::quiet_NaN());
    ++m_rows;
    return rows.values.data() + rows.values.size() - m_columnNames.size();
}

std::vector<DailyTable> PointSeries::finish(DailyKind kind) const {
    std::vector<DailyTable> tables;
    const std::size_t width = m_columnNames.size();
    for (const auto& entry : m_sites) {
        const std::string& siteId = entry.first;
        const SiteRows& rows = entry.second; // not a structured binding: lambdas capture it
        std::vector<std::size_t> order(rows.days.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return rows.days[a] < rows.days[b]; });
        DailyTable table;
        table.kind = kind;
        table.siteId = siteId;
        table.columnNames = m_columnNames;
        table.columns.assign(width, {});
        for (auto& column : table.columns)
            column.reserve(order.size());
        for (std::size_t k = 0; k < order.size(); ++k) {
            const std::size_t r = order[k];
            if (k > 0 && rows.days[order[k - 1]] == rows.days[r])
                m_reader.failAt(rows.lines[r], "duplicate date " +
                                                   formatIsoDate(fromDayNumber(rows.days[r])) +
                                                   " for site '" + siteId + "' (also on line " +
                                                   std::to_string(rows.lines[order[k - 1]]) + ")");
            table.dayNumbers.push_back(rows.days[r]);
            for (std::size_t c = 0; c < width; ++c)
                table.columns[c].push_back(rows.values[r * width + c]);
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

std::size_t requireSiteColumn(const CsvReader& reader) {
    for (auto name : {"site_id", "id", "site"})
        if (auto column = reader.findColumnIgnoreCase(name))
            return *column;
    reader.failAt(reader.headerLine(), "required column 'site_id' is missing from the header");
}

std::size_t requireDateColumn(const CsvReader& reader) {
    if (auto column = reader.findColumnIgnoreCase("date"))
        return *column;
    reader.failAt(reader.headerLine(), "required column 'date' is missing from the header");
}

int parseDateCell(const CsvReader& reader, std::size_t column) {
    std::string_view cell = trimBlanks(reader.field(column));
    std::optional<Day> day;
    if (cell.size() >= 10 && cell[4] == '-' && (cell.size() == 10 || cell[10] == 'T'))
        day = parseIsoDate(cell.substr(0, 10));
    else if (cell.size() == 8)
        day = parseCompactDate(cell);
    if (!day)
        reader.fail("column '" + reader.header()[column] + "': '" +
                    std::string(cell.substr(0, 30)) + "' is not a date (YYYY-MM-DD)");
    return toDayNumber(*day);
}

std::string siteCell(const CsvReader& reader, std::size_t column) {
    std::string id(trimBlanks(reader.field(column)));
    if (id.empty())
        reader.fail("column '" + reader.header()[column] + "' is empty: every row needs a site ID");
    return id;
}

} // namespace fluxlens
