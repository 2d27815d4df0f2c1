#include "import/era5_point_importer.h"

#include "cache/variables.h"
#include "common/input_error.h"
#include "import/csv_reader.h"
#include "import/era5_conversions.h"
#include "import/point_series.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>

namespace fluxlens {
namespace {

// One Earth Engine band: the cache column it fills, its conversion and the plausible range of
// the raw values, with what an out-of-range value most likely means.
struct Era5Band {
    std::string_view column;
    std::string_view target;
    UnitConversion conversion;
    double rawMin;
    double rawMax;
    std::string_view expected;
};

constexpr Era5Band kBands[] = {
    {"temperature_2m", var::t2m_degC, UnitConversion::KelvinToCelsius, 170, 340, "kelvin"},
    {"temperature_2m_min", var::t2m_min_degC, UnitConversion::KelvinToCelsius, 170, 340, "kelvin"},
    {"temperature_2m_max", var::t2m_max_degC, UnitConversion::KelvinToCelsius, 170, 340, "kelvin"},
    {"dewpoint_temperature_2m", var::d2m_degC, UnitConversion::KelvinToCelsius, 150, 340, "kelvin"},
    {"surface_solar_radiation_downwards_sum", var::ssrd_W_m2, UnitConversion::JoulesPerDayToWatts,
     -1e4, 4.5e7, "J m-2 summed over the day"},
    {"surface_thermal_radiation_downwards_sum", var::strd_W_m2, UnitConversion::JoulesPerDayToWatts,
     0, 5e7, "J m-2 summed over the day"},
    {"total_precipitation_sum", var::tp_mm_d, UnitConversion::MetresToMillimetres, -1e-4, 0.6,
     "metres of water per day"},
    {"volumetric_soil_water_layer_1", var::swvl1_m3_m3, UnitConversion::None, -0.01, 1.0, "m3 m-3"},
    {"volumetric_soil_water_layer_2", var::swvl2_m3_m3, UnitConversion::None, -0.01, 1.0, "m3 m-3"},
    {"soil_temperature_level_1", var::stl1_degC, UnitConversion::KelvinToCelsius, 170, 350,
     "kelvin"},
    {"surface_pressure", var::sp_kPa, UnitConversion::PascalToKilopascal, 3e4, 1.1e5, "Pa"},
    {"snow_depth", var::snow_depth_m, UnitConversion::None, 0, 100, "m"},
};
constexpr std::string_view kWindU = "u_component_of_wind_10m";
constexpr std::string_view kWindV = "v_component_of_wind_10m";
// A day's downward radiation sum never stays below this many J m-2 over a whole series; values
// that small are W m-2 means exported under the sum's name.
constexpr double kSmallestPlausibleRadiationSumMax = 5000.0;

std::string formatValue(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

struct PresentBand {
    const Era5Band* band;
    std::size_t csvColumn;
    std::size_t slot;
    double maxRaw = -std::numeric_limits<double>::infinity();
    std::int64_t maxLine = 0;
};
} // namespace

bool looksLikeEra5Points(const CsvReader& reader) {
    if (!reader.findColumnIgnoreCase("date"))
        return false;
    for (const Era5Band& band : kBands)
        if (reader.findColumn(band.column))
            return true;
    return reader.findColumn(kWindU).has_value();
}

ImportBatch importEra5Points(std::string_view text, const std::string& label,
                             const ImportControl& control) {
    CsvReader reader(label, text);
    const std::size_t siteColumn = requireSiteColumn(reader);
    const std::size_t dateColumn = requireDateColumn(reader);
    std::vector<PresentBand> bands;
    std::vector<std::string> names;
    for (const Era5Band& band : kBands) {
        if (auto column = reader.findColumn(band.column)) {
            bands.push_back({&band, *column, names.size()});
            names.emplace_back(band.target);
        }
    }
    auto findBand = [&](std::string_view column) -> const PresentBand* {
        for (const auto& b : bands)
            if (b.band->column == column)
                return &b;
        return nullptr;
    };
    const PresentBand* temperature = findBand("temperature_2m");
    const PresentBand* dewpoint = findBand("dewpoint_temperature_2m");
    std::optional<std::size_t> vpdSlot;
    if (temperature && dewpoint) {
        vpdSlot = names.size();
        names.emplace_back(var::vpd_hPa);
    }
    const auto windU = reader.findColumn(kWindU);
    const auto windV = reader.findColumn(kWindV);
    if (windU.has_value() != windV.has_value())
        reader.failAt(reader.headerLine(),
                      "wind needs both " + std::string(kWindU) + " and " + std::string(kWindV));
    std::optional<std::size_t> windSlot;
    if (windU) {
        windSlot = names.size();
        names.emplace_back(var::wind_m_s);
    }
    if (names.empty())
        reader.failAt(reader.headerLine(), "no ERA5-Land band FluxLens knows (temperature_2m, "
                                           "total_precipitation_sum, ...) is in the header");

    PointSeries series(reader, names);
    std::int64_t validCells = 0;
    while (reader.next()) {
        if ((reader.rowsRead() & 0x3FF) == 1)
            control.step(0.9 * reader.fractionRead());
        const std::string site = siteCell(reader, siteColumn);
        double* slots = series.addRow(site, parseDateCell(reader, dateColumn));
        for (PresentBand& b : bands) {
            const double raw = reader.number(b.csvColumn);
            if (std::isnan(raw))
                continue;
            if (raw < b.band->rawMin || raw > b.band->rawMax)
                reader.fail("column '" + std::string(b.band->column) + "': " + formatValue(raw) +
                            " is not in " + std::string(b.band->expected) + " (expected " +
                            formatValue(b.band->rawMin) + " to " + formatValue(b.band->rawMax) +
                            "; wrong units?)");
            if (raw > b.maxRaw) {
                b.maxRaw = raw;
                b.maxLine = reader.line();
            }
            slots[b.slot] = convertUnits(b.band->conversion, raw);
            ++validCells;
        }
        if (vpdSlot) {
            const double t = slots[temperature->slot];
            const double td = slots[dewpoint->slot];
            if (!std::isnan(t) && !std::isnan(td))
                slots[*vpdSlot] = vapourPressureDeficit_hPa(t, td);
        }
        if (windSlot) {
            const double u = reader.number(*windU);
            const double v = reader.number(*windV);
            for (auto [value, column] : {std::pair{u, *windU}, std::pair{v, *windV}})
                if (std::abs(value) > 100)
                    reader.fail("column '" + reader.header()[column] + "': " + formatValue(value) +
                                " is not a wind component in m s-1 (wrong units?)");
            if (!std::isnan(u) && !std::isnan(v)) {
                slots[*windSlot] = std::hypot(u, v);
                ++validCells;
            }
        }
    }
    if (series.rowCount() == 0)
        reader.failAt(reader.headerLine(), "the file has a header but no data rows");
    if (validCells == 0)
        throw InputError(label, "every value is missing; nothing to import");
    for (const PresentBand& b : bands) {
        if (b.band->conversion == UnitConversion::JoulesPerDayToWatts && b.maxRaw > 0 &&
            b.maxRaw < kSmallestPlausibleRadiationSumMax)
            reader.failAt(b.maxLine,
                          "column '" + std::string(b.band->column) + "': its largest value, " +
                              formatValue(b.maxRaw) +
                              ", is far too small for J m-2 summed over a day; "
                              "W m-2 means exported under the sum's name? (wrong units)");
    }
    ImportBatch batch;
    batch.tables = series.finish(DailyKind::Reanalysis);
    control.step(1.0);
    return batch;
}

} // namespace fluxlens
