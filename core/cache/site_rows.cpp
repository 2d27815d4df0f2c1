#include "cache/site_rows.h"

#include "common/input_error.h"

#include <cmath>
#include <limits>

namespace fluxlens::site_rows {
namespace {
std::string_view codeOrEmpty(IgbpClass c) {
    return c == IgbpClass::Unknown ? std::string_view() : igbpCode(c);
}

std::string_view codeOrEmpty(KoppenClass k) {
    return k == KoppenClass::Unknown ? std::string_view() : koppenCode(k);
}

std::string describe(double value) {
    std::string text = std::to_string(value);
    return text;
}
} // namespace

Site read(const sqlite::Statement& row, int first) {
    Site site;
    site.id = row.columnText(first + 0);
    site.name = row.columnText(first + 1);
    site.lat_deg = row.columnDouble(first + 2);
    site.lon_deg = row.columnDouble(first + 3);
    site.elevation_m = row.columnOptionalDouble(first + 4);
    site.igbp = parseIgbp(row.columnText(first + 5)).value_or(IgbpClass::Unknown);
    site.koppen = parseKoppen(row.columnText(first + 6)).value_or(KoppenClass::Unknown);
    site.koppen_source =
        site.koppen == KoppenClass::Unknown
            ? KoppenSource::None
            : parseKoppenSource(row.columnText(first + 7)).value_or(KoppenSource::Metadata);
    site.network = row.columnText(first + 8);
    site.source = row.columnText(first + 9);
    return site;
}

void upsert(const sqlite::Database& db, const Site& site, const std::string& fileForErrors) {
    if (site.id.empty())
        throw InputError(fileForErrors, "a site without an id");
    const bool latKnown = std::isfinite(site.lat_deg);
    const bool lonKnown = std::isfinite(site.lon_deg);
    if (latKnown && std::abs(site.lat_deg) > 90.0)
        throw InputError(fileForErrors, "site " + site.id + ": latitude " + describe(site.lat_deg) +
                                            " is outside -90..90");
    if (lonKnown && std::abs(site.lon_deg) > 180.0)
        throw InputError(fileForErrors, "site " + site.id + ": longitude " +
                                            describe(site.lon_deg) + " is outside -180..180");
    if (site.elevation_m && !std::isfinite(*site.elevation_m))
        throw InputError(fileForErrors, "site " + site.id + ": elevation is not a number");
    // Coordinates travel as a pair: one without the other counts as unknown.
    const bool located = latKnown && lonKnown;
    const double nan = std::numeric_limits<double>::quiet_NaN();

    // ON CONFLICT DO UPDATE keeps the row (INSERT OR REPLACE would delete it and, through the
    // foreign keys, every daily value of the site).
    auto statement = db.prepare(R"sql(
INSERT INTO sites(id, name, lat, lon, elevation_m, igbp, koppen, koppen_source, network, source)
VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
ON CONFLICT(id) DO UPDATE SET
    name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END,
    lat = CASE WHEN excluded.lat IS NOT NULL THEN excluded.lat ELSE lat END,
    lon = CASE WHEN excluded.lat IS NOT NULL THEN excluded.lon ELSE lon END,
    elevation_m = COALESCE(excluded.elevation_m, elevation_m),
    igbp = CASE WHEN excluded.igbp <> '' THEN excluded.igbp ELSE igbp END,
    koppen_source = CASE WHEN excluded.koppen <> '' AND (koppen = '' OR ?11 >= (CASE koppen_source
        WHEN 'metadata' THEN 3 WHEN 'map' THEN 2 WHEN 'climate' THEN 1 ELSE 0 END))
        THEN excluded.koppen_source ELSE koppen_source END,
    koppen = CASE WHEN excluded.koppen <> '' AND (koppen = '' OR ?11 >= (CASE koppen_source
        WHEN 'metadata' THEN 3 WHEN 'map' THEN 2 WHEN 'climate' THEN 1 ELSE 0 END))
        THEN excluded.koppen ELSE koppen END,
    network = CASE WHEN excluded.network <> '' THEN excluded.network ELSE network END,
    source = CASE WHEN excluded.source <> '' THEN excluded.source ELSE source END
)sql");
    statement.bind(1, site.id);
    statement.bind(2, site.name);
    statement.bind(3, located ? site.lat_deg : nan);
    statement.bind(4, located ? site.lon_deg : nan);
    statement.bind(5, site.elevation_m);
    statement.bind(6, codeOrEmpty(site.igbp));
    statement.bind(7, codeOrEmpty(site.koppen));
    // A class without a source is taken as the metadata's (a site table or BIF gave it).
    const KoppenSource source = site.koppen == KoppenClass::Unknown        ? KoppenSource::None
                                : site.koppen_source == KoppenSource::None ? KoppenSource::Metadata
                                                                           : site.koppen_source;
    statement.bind(8, koppenSourceName(source));
    statement.bind(9, site.network);
    statement.bind(10, site.source);
    statement.bind(11, koppenSourceRank(source));
    statement.run();
}

} // namespace fluxlens::site_rows
