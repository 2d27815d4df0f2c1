#pragma once

#include "cache/import_batch.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens {

class CsvReader;

// Collects the rows of a point-extract CSV (one row per site and date, any order) into one daily
// table per site. Duplicate dates of a site are errors naming both lines.
class PointSeries {
public:
    PointSeries(const CsvReader& reader, std::vector<std::string> columnNames);

    // Starts a row; returns where its values go (columnNames().size() slots, NaN-initialised).
    double* addRow(const std::string& siteId, int dayNumber);
    std::size_t rowCount() const { return m_rows; }

    // One table per site, days sorted. Throws InputError on duplicated dates.
    std::vector<DailyTable> finish(DailyKind kind) const;

private:
    struct SiteRows {
        std::vector<int> days;
        std::vector<std::int64_t> lines;
        std::vector<double> values; // row-major
    };
    const CsvReader& m_reader;
    std::vector<std::string> m_columnNames;
    std::map<std::string, SiteRows> m_sites;
    std::size_t m_rows = 0;
};

// Columns shared by point extracts: the site ID ("site_id", "id" or "site") and the date
// ("date"), matched case-insensitively. Throw InputError naming the header line when absent.
std::size_t requireSiteColumn(const CsvReader& reader);
std::size_t requireDateColumn(const CsvReader& reader);
// A date cell: "2015-01-31", "2015-01-31T00:00:00" or "20150131"; InputError otherwise.
int parseDateCell(const CsvReader& reader, std::size_t column);
// The site ID of the current row; InputError when empty.
std::string siteCell(const CsvReader& reader, std::size_t column);

} // namespace fluxlens
