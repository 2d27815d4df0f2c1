#pragma once

#include "cache/import_batch.h"
#include "geo/koppen_classifier.h"
#include "geo/koppen_source.h"

#include <optional>
#include <string>
#include <vector>

namespace fluxlens {

class Cache;
class KoppenMap;

// Köppen is defined on ~30-year climate normals: a class is derived from a site's cached climate
// only when it covers at least this many complete years (a few tower years are not a normal).
inline constexpr int kMinimumClimateYearsForKoppen = 20;

struct ClimateRecord {
    MonthlyClimate climate;
    int completeYears = 0; // calendar years whose twelve months all count
};

// Monthly climatology from daily temperature (°C) and precipitation (mm d-1) columns. A calendar
// month of one year counts when at least 90% of its days have both values (its precipitation
// total is scaled up to the full month); every calendar month needs at least one such month, so
// at least one full year is required. std::nullopt otherwise.
std::optional<ClimateRecord> monthlyClimatology(const std::vector<int>& dayNumbers,
                                                const std::vector<double>& temperature_degC,
                                                const std::vector<double>& precipitation_mm_d);

// The climatology of a cached site: tower TA_F/P_F first, ERA5-Land t2m/tp otherwise; of the two,
// the record with more complete years.
std::optional<ClimateRecord> siteClimatology(const Cache& cache, const std::string& siteId);

// A class given to a site by assignMissingKoppen.
struct KoppenAssignment {
    std::string siteId;
    KoppenClass koppen = KoppenClass::Unknown;
    KoppenSource source = KoppenSource::None;
};

// For every listed site without a Köppen class and with coordinates: the class of `map` at the
// site (nearest land pixel within 3 pixels) with source Map; without a map hit, the class derived
// from the site's cached climate when it spans kMinimumClimateYearsForKoppen complete years, with
// source Climate. `map` may be null (no map). Stores the classes; returns them, and in `notes`
// why a site got none.
std::vector<KoppenAssignment> assignMissingKoppen(Cache& cache,
                                                  const std::vector<std::string>& siteIds,
                                                  const KoppenMap* map,
                                                  std::vector<std::string>& notes);

} // namespace fluxlens
