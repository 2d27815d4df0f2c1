#pragma once

#include "demo/demo_random.h"
#include "demo/demo_site.h"

#include <vector>

namespace fluxlens::demo {

// A site's daily weather, as the generator draws it (README.md, "Drivers"). Values that files
// carry are already rounded to the written precision.
struct Weather {
    std::vector<int> doy, year;
    std::vector<double> t, tdew, sw_MJ, vpd, precip, cloud, ea, windU, windV;
    std::vector<bool> wet;
};

// `days` days of weather from `firstDayNumber` (days since 1970-01-01), from the site's stream.
Weather generateWeather(const PlannedSite& site, int firstDayNumber, int days, DemoRandom& random);

// Monthly mean temperature and mean monthly precipitation over days [from, to).
MonthlyClimate monthlyClimate(const Weather& weather, int from, int to);

// Rounds to a multiple of `step` (the precision a value is written with).
double quantize(double value, double step);

} // namespace fluxlens::demo
