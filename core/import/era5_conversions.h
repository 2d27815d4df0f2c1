#pragma once

// Unit conversions and derived quantities of ERA5-Land drivers, shared by the point importer
// (era5_point_importer) and the gridded drivers of upscaling (grid/gridded_drivers) so that a
// tower and its pixel get the same numbers from the same reanalysis values.

#include <optional>
#include <string_view>

namespace fluxlens {

enum class UnitConversion {
    KelvinToCelsius,
    JoulesPerDayToWatts, // a daily sum in J m-2 to the day's mean in W m-2 (never negative)
    MetresToMillimetres, // metres of water per day to mm d-1 (never negative)
    PascalToKilopascal,
    None
};

double convertUnits(UnitConversion conversion, double raw);

// The conversion from a file's CF `units` attribute ("K", "J m**-2", "m", "Pa", ...) to one of the
// cache's units (cache/variables.h: "degC", "W m-2", "mm d-1", "kPa", ...); std::nullopt when no
// rule applies (e.g. "degF" to "degC"). An empty `fileUnits` is accepted only for dimensionless
// targets (reflectances, indices, fractions).
std::optional<UnitConversion> conversionFromUnits(std::string_view fileUnits,
                                                  std::string_view targetUnit);

// "K → °C", "J m-2 d-1 → W m-2", "m → mm", "Pa → kPa" or "as is" (for logs and provenance).
std::string_view conversionLabel(UnitConversion conversion);

// Saturation vapour pressure over water (hPa) at `t_degC`, Magnus formula (Alduchov & Eskridge
// 1996 coefficients).
double saturationVapourPressure_hPa(double t_degC);
// Vapour pressure deficit (hPa) from air and dewpoint temperature, never negative; NaN when
// either is missing.
double vapourPressureDeficit_hPa(double t_degC, double dewpoint_degC);

} // namespace fluxlens
