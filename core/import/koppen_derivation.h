#pragma once

#include "cache/import_batch.h"
#include "geo/koppen_classifier.h"

#include <optional>
#include <string>
#include <vector>

namespace fluxlens {

class Cache;

// Monthly climatology from daily temperature (°C) and precipitation (mm d-1) columns. A calendar
// month of one year counts when at least 90% of its days have both values (its precipitation
// total is scaled up to the full month); every calendar month needs at least one such month, so
// at least one full year is required. std::nullopt otherwise.
std::optional<MonthlyClimate> monthlyClimatology(const std::vector<int>& dayNumbers,
                                                 const std::vector<double>& temperature_degC,
                                                 const std::vector<double>& precipitation_mm_d);

// The climatology of a cached site: tower TA_F/P_F first, ERA5-Land t2m/tp otherwise.
std::optional<MonthlyClimate> siteClimatology(const Cache& cache, const std::string& siteId);

// For every listed site without a Köppen class and with known latitude, derives the class from
// its climatology with classifyKoppen and stores it with koppen_derived = true. Returns the IDs of
// the sites that got one.
std::vector<std::string> deriveMissingKoppen(Cache& cache, const std::vector<std::string>& siteIds);

} // namespace fluxlens
