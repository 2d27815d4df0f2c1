#pragma once

#include "cache/import_batch.h"
#include "import/fluxnet_file_name.h"

#include <cstddef>
#include <string>
#include <vector>

namespace fluxlens {

class CsvReader;

// How a FLUXNET variable becomes a daily value (the ONEFlux rules for sub-daily files).
enum class DailyAggregation {
    CarbonFlux, // mean of µmol CO2 m-2 s-1 records, converted to gC m-2 d-1
    Mean,       // mean of the records, unit unchanged
    Sum,        // sum of the records (precipitation)
    QcFraction, // fraction of records flagged 0 (measured) or 1 (good-quality gap-fill)
};

// One FLUXNET column the cache stores: where it is in the file and how to read it.
struct FluxnetColumn {
    std::size_t csvColumn = 0;
    DailyKind kind = DailyKind::Flux;
    std::string name;
    DailyAggregation aggregation = DailyAggregation::Mean;
    double plausibleMin = 0.0; // in the file's unit at the file's resolution
    double plausibleMax = 0.0;
    std::string unit; // in the file, for messages
};

// The cache's Flux and TowerMet variables (cache/variables.h) present in the header. Throws
// InputError naming the header line when none is.
std::vector<FluxnetColumn> selectFluxnetColumns(const CsvReader& reader,
                                                FluxnetResolution resolution);

// Throws InputError naming line and column when `value` (not NaN) lies outside the column's
// plausible range: the usual sign of wrong units.
void checkPlausible(const CsvReader& reader, const FluxnetColumn& column, double value);

// Gram of carbon per day from a mean flux in µmol CO2 m-2 s-1 (12.011e-6 g/µmol × 86400 s/d).
inline constexpr double kUmolCo2PerSecondToGramCarbonPerDay = 12.011e-6 * 86400.0;

// The batch for one FLUXNET file: a Flux and a TowerMet table (when the file has columns of that
// kind) over `dayNumbers`, the site, and warnings about columns without any valid value. Throws
// InputError when no value at all is valid (for instance -9999 everywhere).
ImportBatch makeFluxnetBatch(const FluxnetFileName& name, const std::string& label,
                             const std::vector<FluxnetColumn>& columns, std::vector<int> dayNumbers,
                             std::vector<std::vector<double>> values);

} // namespace fluxlens
