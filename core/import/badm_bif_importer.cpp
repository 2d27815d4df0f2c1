#include "import/badm_bif_importer.h"

#include "common/input_error.h"
#include "import/csv_reader.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fluxlens {
namespace {
struct PendingSite {
    Site site;
    bool hasLat = false;
    bool hasLon = false;
};

double numberIn(const CsvReader& reader, std::string_view cell, std::string_view variable,
                double min, double max, char delimiter) {
    std::string number(cell);
    if (delimiter == ';' && std::count(number.begin(), number.end(), ',') == 1 &&
        number.find('.') == std::string::npos)
        number[number.find(',')] = '.';
    auto value = parseNumber(number);
    if (!value)
        reader.fail(std::string(variable) + ": '" + std::string(cell.substr(0, 40)) +
                    "' is not a number");
    if (*value < min || *value > max)
        reader.fail(std::string(variable) + ": " + std::string(cell) + " is impossible (must be " +
                    std::to_string(static_cast<int>(min)) + " to " +
                    std::to_string(static_cast<int>(max)) + ")");
    return *value;
}
} // namespace

bool looksLikeBadmBif(const CsvReader& reader) {
    return reader.findColumnIgnoreCase("SITE_ID") && reader.findColumnIgnoreCase("VARIABLE") &&
           reader.findColumnIgnoreCase("DATAVALUE");
}

ImportBatch importBadmBif(std::string_view text, const std::string& label,
                          const std::string& defaultNetwork, const ImportControl& control,
                          char delimiter) {
    CsvReader reader(label, text, delimiter);
    if (!looksLikeBadmBif(reader))
        reader.failAt(reader.headerLine(), "a BADM BIF file needs SITE_ID, VARIABLE and DATAVALUE "
                                           "columns");
    const std::size_t siteColumn = *reader.findColumnIgnoreCase("SITE_ID");
    const std::size_t variableColumn = *reader.findColumnIgnoreCase("VARIABLE");
    const std::size_t valueColumn = *reader.findColumnIgnoreCase("DATAVALUE");

    std::map<std::string, PendingSite> sites;
    while (reader.next()) {
        control.step(0.9 * reader.fractionRead());
        const std::string id(trimBlanks(reader.field(siteColumn)));
        if (id.empty())
            reader.fail("SITE_ID is empty");
        const std::string_view variable = trimBlanks(reader.field(variableColumn));
        const std::string_view value = trimBlanks(reader.field(valueColumn));
        PendingSite& pending = sites[id];
        Site& site = pending.site;
        site.id = id;
        if (variable == "LOCATION_LAT") {
            site.lat_deg = numberIn(reader, value, variable, -90, 90, delimiter);
            pending.hasLat = true;
        } else if (variable == "LOCATION_LONG") {
            site.lon_deg = numberIn(reader, value, variable, -180, 180, delimiter);
            pending.hasLon = true;
        } else if (variable == "LOCATION_ELEV") {
            if (!value.empty())
                site.elevation_m = numberIn(reader, value, variable, -500, 9000, delimiter);
        } else if (variable == "IGBP") {
            auto igbp = parseIgbp(value);
            if (!igbp)
                reader.fail("IGBP: '" + std::string(value) + "' is not an IGBP class");
            site.igbp = *igbp;
        } else if (variable == "CLIMATE_KOEPPEN") {
            auto koppen = parseKoppen(value);
            if (!koppen)
                reader.fail("CLIMATE_KOEPPEN: '" + std::string(value) +
                            "' is not a Köppen–Geiger class");
            site.koppen = *koppen;
        } else if (variable == "SITE_NAME") {
            site.name = std::string(value);
        } else if (variable == "NETWORK") {
            site.network = std::string(value);
        }
    }
    ImportBatch batch;
    std::string skipped;
    for (auto& [id, pending] : sites) {
        if (!pending.hasLat || !pending.hasLon) {
            skipped += (skipped.empty() ? "" : ", ") + id;
            continue;
        }
        if (pending.site.network.empty())
            pending.site.network = defaultNetwork;
        pending.site.source = label;
        batch.sites.push_back(std::move(pending.site));
    }
    if (batch.sites.empty())
        throw InputError(label, "no site with both LOCATION_LAT and LOCATION_LONG");
    if (!skipped.empty())
        batch.warnings.push_back("sites without LOCATION_LAT/LOCATION_LONG skipped: " + skipped);
    control.step(1.0);
    return batch;
}

} // namespace fluxlens
