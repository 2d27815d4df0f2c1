#include "import/site_table_importer.h"

#include "import/csv_reader.h"

#include <cmath>
#include <initializer_list>
#include <optional>
#include <unordered_map>

namespace fluxlens {
namespace {
std::optional<std::size_t> findAny(const CsvReader& reader,
                                   std::initializer_list<std::string_view> names) {
    for (auto name : names)
        if (auto index = reader.findColumnIgnoreCase(name))
            return index;
    return std::nullopt;
}

const std::initializer_list<std::string_view> kIdNames{"site_id", "id", "site"};
const std::initializer_list<std::string_view> kLatNames{"lat", "latitude", "location_lat"};
const std::initializer_list<std::string_view> kLonNames{"lon", "long", "longitude",
                                                        "location_long"};

double coordinate(const CsvReader& reader, std::size_t column, double limit) {
    const std::string_view cell = trimBlanks(reader.field(column));
    auto value = parseNumber(cell);
    const std::string& name = reader.header()[column];
    if (!value)
        reader.fail("column '" + name + "': '" + std::string(cell.substr(0, 40)) +
                    "' is not a coordinate in decimal degrees");
    if (std::abs(*value) > limit)
        reader.fail("column '" + name + "': " + std::string(cell) +
                    " is impossible (must be within ±" + std::to_string(static_cast<int>(limit)) +
                    " degrees)");
    return *value;
}
} // namespace

bool looksLikeSiteTable(const CsvReader& reader) {
    return findAny(reader, kIdNames) && findAny(reader, kLatNames) && findAny(reader, kLonNames);
}

ImportBatch importSiteTable(std::string_view text, const std::string& label,
                            const ImportControl& control, char delimiter) {
    CsvReader reader(label, text, delimiter);
    const auto idColumn = findAny(reader, kIdNames);
    const auto latColumn = findAny(reader, kLatNames);
    const auto lonColumn = findAny(reader, kLonNames);
    if (!idColumn || !latColumn || !lonColumn)
        reader.failAt(reader.headerLine(),
                      "a site table needs site_id, lat and lon columns (required column '" +
                          std::string(!idColumn    ? "site_id"
                                      : !latColumn ? "lat"
                                                   : "lon") +
                          "' is missing)");
    const auto igbpColumn = findAny(reader, {"igbp", "igbp_class"});
    const auto koppenColumn = findAny(reader, {"koppen", "köppen", "koeppen", "climate_koeppen"});
    // Where the table's Köppen class came from (the demo world writes 'climate'); metadata if
    // absent.
    const auto koppenSourceColumn = findAny(reader, {"koppen_source"});
    const auto elevationColumn = findAny(reader, {"elevation_m", "elev", "elevation"});
    const auto nameColumn = findAny(reader, {"name", "site_name"});
    const auto networkColumn = findAny(reader, {"network"});

    ImportBatch batch;
    std::unordered_map<std::string, std::int64_t> lineOfSite;
    while (reader.next()) {
        control.step(0.9 * reader.fractionRead());
        Site site;
        site.id = std::string(trimBlanks(reader.field(*idColumn)));
        if (site.id.empty())
            reader.fail("column '" + reader.header()[*idColumn] +
                        "' is empty: every site needs an ID");
        if (auto [it, inserted] = lineOfSite.emplace(site.id, reader.line()); !inserted)
            reader.fail("site '" + site.id + "' is listed twice (also on line " +
                        std::to_string(it->second) + ")");
        site.lat_deg = coordinate(reader, *latColumn, 90.0);
        site.lon_deg = coordinate(reader, *lonColumn, 180.0);
        if (igbpColumn) {
            const std::string_view code = trimBlanks(reader.field(*igbpColumn));
            if (!code.empty()) {
                auto igbp = parseIgbp(code);
                if (!igbp)
                    reader.fail("column '" + reader.header()[*igbpColumn] + "': '" +
                                std::string(code) + "' is not an IGBP class");
                site.igbp = *igbp;
            }
        }
        if (koppenColumn) {
            const std::string_view code = trimBlanks(reader.field(*koppenColumn));
            if (!code.empty()) {
                auto koppen = parseKoppen(code);
                if (!koppen)
                    reader.fail("column '" + reader.header()[*koppenColumn] + "': '" +
                                std::string(code) + "' is not a Köppen–Geiger class");
                site.koppen = *koppen;
                site.koppen_source = KoppenSource::Metadata;
            }
        }
        if (koppenSourceColumn && site.koppen != KoppenClass::Unknown) {
            const std::string_view name = trimBlanks(reader.field(*koppenSourceColumn));
            auto source = parseKoppenSource(name);
            if (!source || *source == KoppenSource::None)
                reader.fail("column 'koppen_source': '" + std::string(name) +
                            "' is not metadata, map or climate");
            site.koppen_source = *source;
        }
        if (elevationColumn) {
            const double elevation = reader.number(*elevationColumn);
            if (!std::isnan(elevation)) {
                if (elevation < -500 || elevation > 9000)
                    reader.fail("column '" + reader.header()[*elevationColumn] + "': elevation " +
                                std::to_string(elevation) + " m is impossible (wrong units?)");
                site.elevation_m = elevation;
            }
        }
        if (nameColumn)
            site.name = std::string(trimBlanks(reader.field(*nameColumn)));
        if (networkColumn)
            site.network = std::string(trimBlanks(reader.field(*networkColumn)));
        site.source = label;
        batch.sites.push_back(std::move(site));
    }
    if (batch.sites.empty())
        reader.failAt(reader.headerLine(), "the site table has a header but no sites");
    if (reader.emptyLinesSkipped() > 0)
        batch.warnings.push_back(std::to_string(reader.emptyLinesSkipped()) +
                                 " empty lines skipped (the first is line " +
                                 std::to_string(reader.firstEmptyLine()) + ")");
    control.step(1.0);
    return batch;
}

} // namespace fluxlens
