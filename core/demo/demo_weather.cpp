#include "demo/demo_weather.h"

#include "common/dates.h"
#include "demo/demo_physics.h"

#include <algorithm>
#include <cmath>

namespace fluxlens::demo {
namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kSecondsPerDay = 86400.0;

// The share of the year's rain that falls around a day: 1 + s cos(...), cut at zero and scaled to
// a mean of one, peaking in the wet season of the regime.
struct RainSeason {
    double seasonality = 0;
    double peakDay = 0;
    double norm = 1;
    double factor(int doy) const {
        return std::max(0.0, 1.0 + seasonality * std::cos(2.0 * kPi * (doy - peakDay) / 365.25)) /
               norm;
    }
};

RainSeason rainSeason(const PlannedSite& p) {
    RainSeason s;
    const bool north = p.lat_deg >= 0;
    const double summerPeak = north ? 196.0 : 15.0;
    const double winterPeak = north ? 15.0 : 196.0;
    s.seasonality = p.rainSeasonality;
    s.peakDay = p.regime == RainRegime::WinterWet ? winterPeak : summerPeak;
    double sum = 0;
    for (int d = 1; d <= 365; ++d)
        sum += std::max(0.0, 1.0 + s.seasonality * std::cos(2.0 * kPi * (d - s.peakDay) / 365.25));
    s.norm = sum / 365.0;
    return s;
}
} // namespace

double quantize(double value, double step) {
    return std::round(value / step) * step;
}

Weather generateWeather(const PlannedSite& p, int firstDayNumber, int days, DemoRandom& random) {
    Weather w;
    const RainSeason season = rainSeason(p);
    const bool north = p.lat_deg >= 0;
    const double warmPeak = north ? 200.0 : 19.0;
    const double anomalySd = 1.0 + 0.1 * p.amplitude_degC;
    const double phi = 0.8;
    const double baseWetChance = std::clamp(0.1 + p.precip_mm_y / 3000.0, 0.08, 0.7);
    double anomaly = 0, humidityAnomaly = 0, windAnomalyU = 0, windAnomalyV = 0;
    bool wetYesterday = false;
    int currentYear = -1;
    double yearTempAnomaly = 0, yearRainFactor = 1;
    for (int i = 0; i < days; ++i) {
        const Day day = fromDayNumber(firstDayNumber + i);
        const int doy = dayOfYear(day);
        const int year = yearOf(day);
        if (year != currentYear) {
            currentYear = year;
            yearTempAnomaly = 0.5 * random.normal();
            yearRainFactor = std::exp(0.2 * random.normal() - 0.02);
        }
        anomaly = phi * anomaly + anomalySd * std::sqrt(1 - phi * phi) * random.normal();
        const double tClimate =
            p.meanTemp_degC + p.amplitude_degC * std::cos(2.0 * kPi * (doy - warmPeak) / 365.25);
        const double t = quantize(tClimate + yearTempAnomaly + anomaly, 1e-3);

        const double m = season.factor(doy);
        const double chanceWet = std::min(0.9, baseWetChance * std::sqrt(m));
        const double wetAfterWet = chanceWet + 0.35 * (1.0 - chanceWet);
        const double wetAfterDry =
            chanceWet < 1.0 ? chanceWet * (1.0 - wetAfterWet) / (1.0 - chanceWet) : 1.0;
        const bool wet = chanceWet > 0 && random.chance(wetYesterday ? wetAfterWet : wetAfterDry);
        wetYesterday = wet;
        double precip = 0;
        if (wet) {
            const double meanAmount = p.precip_mm_y / 365.0 * m * yearRainFactor / chanceWet;
            precip = quantize(0.1 + random.exponential(meanAmount), 1e-3);
        }
        const double u = random.uniform();
        const double cloud =
            wet ? 0.55 + 0.4 * u : u * (0.15 + 0.45 * p.humidity) * std::min(1.5, 0.6 + 0.4 * m);
        const double transmissivity = 0.75 * (1.0 - 0.7 * cloud);
        const double sw_MJ = extraterrestrialRadiation_MJ_m2_d(p.lat_deg, doy) * transmissivity;
        const double sw_W = quantize(sw_MJ * 1e6 / kSecondsPerDay, 0.01);

        humidityAnomaly = 0.7 * humidityAnomaly + 0.05 * random.normal();
        const double rh = std::clamp(p.humidity + 0.12 * (std::min(m, 2.0) - 1.0) +
                                         (wet ? 0.15 : 0.0) + humidityAnomaly,
                                     0.05, 0.98);
        const double es = saturationVapourPressure_hPa(t);
        const double ea = es * rh;
        windAnomalyU = 0.6 * windAnomalyU + 1.2 * random.normal();
        windAnomalyV = 0.6 * windAnomalyV + 1.2 * random.normal();

        w.doy.push_back(doy);
        w.year.push_back(year);
        w.t.push_back(t);
        w.tdew.push_back(quantize(dewPoint_degC(ea), 1e-3));
        w.sw_MJ.push_back(sw_W * kSecondsPerDay / 1e6);
        w.vpd.push_back(quantize(es - ea, 1e-3));
        w.precip.push_back(precip);
        w.cloud.push_back(cloud);
        w.ea.push_back(ea);
        w.windU.push_back(
            quantize(p.windMean_m_s * std::cos(p.windDirection_rad) + windAnomalyU, 1e-3));
        w.windV.push_back(
            quantize(p.windMean_m_s * std::sin(p.windDirection_rad) + windAnomalyV, 1e-3));
        w.wet.push_back(wet);
    }
    return w;
}

MonthlyClimate monthlyClimate(const Weather& w, int from, int to) {
    MonthlyClimate c;
    std::array<double, 12> tSum{}, tCount{}, pSum{};
    const int firstYear = w.year[from];
    const int lastYear = w.year[to - 1];
    for (int i = from; i < to; ++i) {
        const int y = w.year[i];
        const int doy = w.doy[i];
        static constexpr int kCumulative[2][13] = {
            {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
            {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}};
        const int leap = isLeapYear(y) ? 1 : 0;
        int m = 0;
        while (doy > kCumulative[leap][m + 1])
            ++m;
        tSum[m] += w.t[i];
        tCount[m] += 1;
        pSum[m] += w.precip[i];
    }
    const double years = lastYear - firstYear + 1;
    for (int m = 0; m < 12; ++m) {
        c.temperature_degC[m] = tSum[m] / tCount[m];
        c.precipitation_mm[m] = pSum[m] / years;
    }
    return c;
}

} // namespace fluxlens::demo
