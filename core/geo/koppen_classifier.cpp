#include "geo/koppen_classifier.h"

#include <algorithm>
#include <numeric>

namespace fluxlens {
namespace {
struct Indices {
    double meanAnnualTemperature = 0; // MAT, °C
    double meanAnnualPrecip = 0;      // MAP, mm/year
    double coldestMonth = 0;          // Tcold, °C
    double warmestMonth = 0;          // Thot, °C
    int monthsAbove10 = 0;            // Tmon10
    double driestMonth = 0;           // Pdry, mm
    double driestSummerMonth = 0;     // Psdry
    double driestWinterMonth = 0;     // Pwdry
    double wettestSummerMonth = 0;    // Pswet
    double wettestWinterMonth = 0;    // Pwwet
    double precipThreshold = 0;       // Pthreshold, mm
};

bool isSummerMonth(int monthIndex, double latitude_deg) {
    const bool aprilToSeptember = monthIndex >= 3 && monthIndex <= 8;
    return latitude_deg >= 0 ? aprilToSeptember : !aprilToSeptember;
}

Indices computeIndices(const MonthlyClimate& c, double latitude_deg) {
    const auto& t = c.temperature_degC;
    const auto& p = c.precipitation_mm;
    Indices x;
    x.meanAnnualTemperature = std::accumulate(t.begin(), t.end(), 0.0) / 12.0;
    x.meanAnnualPrecip = std::accumulate(p.begin(), p.end(), 0.0);
    x.coldestMonth = *std::min_element(t.begin(), t.end());
    x.warmestMonth = *std::max_element(t.begin(), t.end());
    x.monthsAbove10 =
        static_cast<int>(std::count_if(t.begin(), t.end(), [](double v) { return v > 10.0; }));
    x.driestMonth = *std::min_element(p.begin(), p.end());

    double summerPrecip = 0;
    x.driestSummerMonth = x.driestWinterMonth = 1e300;
    x.wettestSummerMonth = x.wettestWinterMonth = -1e300;
    for (int m = 0; m < 12; ++m) {
        if (isSummerMonth(m, latitude_deg)) {
            summerPrecip += p[m];
            x.driestSummerMonth = std::min(x.driestSummerMonth, p[m]);
            x.wettestSummerMonth = std::max(x.wettestSummerMonth, p[m]);
        } else {
            x.driestWinterMonth = std::min(x.driestWinterMonth, p[m]);
            x.wettestWinterMonth = std::max(x.wettestWinterMonth, p[m]);
        }
    }
    const double winterPrecip = x.meanAnnualPrecip - summerPrecip;
    x.precipThreshold = 2.0 * x.meanAnnualTemperature + 14.0;
    if (x.meanAnnualPrecip > 0 && winterPrecip > 0.7 * x.meanAnnualPrecip)
        x.precipThreshold = 2.0 * x.meanAnnualTemperature;
    else if (x.meanAnnualPrecip > 0 && summerPrecip > 0.7 * x.meanAnnualPrecip)
        x.precipThreshold = 2.0 * x.meanAnnualTemperature + 28.0;
    return x;
}

// 0 = s (dry summer), 1 = w (dry winter), 2 = f (no dry season)
int seasonality(const Indices& x) {
    const bool drySummer =
        x.driestSummerMonth < 40.0 && x.driestSummerMonth < x.wettestWinterMonth / 3.0;
    const bool dryWinter = x.driestWinterMonth < x.wettestSummerMonth / 10.0;
    if (dryWinter)
        return 1;
    if (drySummer)
        return 0;
    return 2;
}

// 0 = a (hot summer), 1 = b (warm), 2 = c (cold), 3 = d (very cold winter; D only)
int summerHeat(const Indices& x, bool allowVeryCold) {
    if (x.warmestMonth >= 22.0)
        return 0;
    if (x.monthsAbove10 >= 4)
        return 1;
    if (allowVeryCold && x.coldestMonth < -38.0)
        return 3;
    return 2;
}

KoppenClass offset(KoppenClass first, int steps) {
    return static_cast<KoppenClass>(static_cast<int>(first) + steps);
}
} // namespace

KoppenClass classifyKoppen(const MonthlyClimate& climate, double latitude_deg) {
    const Indices x = computeIndices(climate, latitude_deg);

    if (x.warmestMonth < 10.0)
        return x.warmestMonth > 0.0 ? KoppenClass::ET : KoppenClass::EF;

    if (x.meanAnnualPrecip < 10.0 * x.precipThreshold) {
        const bool desert = x.meanAnnualPrecip < 5.0 * x.precipThreshold;
        const bool hot = x.meanAnnualTemperature >= 18.0;
        if (desert)
            return hot ? KoppenClass::BWh : KoppenClass::BWk;
        return hot ? KoppenClass::BSh : KoppenClass::BSk;
    }

    if (x.coldestMonth >= 18.0) {
        if (x.driestMonth >= 60.0)
            return KoppenClass::Af;
        if (x.driestMonth >= 100.0 - x.meanAnnualPrecip / 25.0)
            return KoppenClass::Am;
        return KoppenClass::Aw;
    }

    const int season = seasonality(x);
    if (x.coldestMonth > 0.0) {
        // C: Cs* start at Csa, Cw* at Cwa, Cf* at Cfa, three classes each.
        const KoppenClass first[] = {KoppenClass::Csa, KoppenClass::Cwa, KoppenClass::Cfa};
        return offset(first[season], summerHeat(x, false));
    }
    // D: four classes each (a, b, c, d).
    const KoppenClass first[] = {KoppenClass::Dsa, KoppenClass::Dwa, KoppenClass::Dfa};
    return offset(first[season], summerHeat(x, true));
}

} // namespace fluxlens
