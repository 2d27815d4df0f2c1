#include "ml/xgboost/xgb_features.h"

#include "common/dates.h"
#include "geo/igbp.h"
#include "ml/ml_config.h"
#include "ml/model_error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>

namespace fluxlens::xgb {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Lagged {
    const char* driver;
    int days;
};
// Order within each source as the remote-sensing preset has always written them.
constexpr std::array kLagged = {
    Lagged{"t2m_degC", 7}, Lagged{"ssrd_W_m2", 7},    Lagged{"vpd_hPa", 7},
    Lagged{"tp_mm_d", 30}, Lagged{"swvl1_m3_m3", 30}, Lagged{"TA_F", 7},
    Lagged{"SW_IN_F", 7},  Lagged{"VPD_F", 7},        Lagged{"P_F", 30},
    Lagged{"TA_ERA", 7},   Lagged{"SW_IN_ERA", 7},    Lagged{"VPD_ERA", 7},
    Lagged{"P_ERA", 30}};
constexpr std::array kSeasonal = {"NDVI", "EVI", "NIRv"};
constexpr std::array kSeasonalParts = {"msc", "anomaly", "msc_min", "msc_max", "msc_amplitude"};
constexpr int kMscHalfWindowDays = 7;

std::string laggedName(const Lagged& l) {
    return std::string(l.driver) + "_mean" + std::to_string(l.days) + "d";
}

std::vector<double> driver(const ml::SiteSeries& site, const std::string& name) {
    const std::vector<float>* values = site.feature(name);
    std::vector<double> out(site.dayNumbers.size(), kNaN);
    if (values && values->size() == out.size())
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = (*values)[i];
    return out;
}

// Mean of the finite values on days (d - window, d] of the site's (possibly gappy) day axis.
std::vector<double> trailingMean(const ml::SiteSeries& site, const std::vector<double>& v,
                                 int window) {
    const auto& days = site.dayNumbers;
    std::vector<double> out(days.size(), kNaN);
    double sum = 0;
    int count = 0;
    std::size_t first = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (std::isfinite(v[i])) {
            sum += v[i];
            ++count;
        }
        while (days[first] <= days[i] - window) {
            if (std::isfinite(v[first])) {
                sum -= v[first];
                --count;
            }
            ++first;
        }
        if (count > 0)
            out[i] = sum / count;
    }
    return out;
}

struct SeasonalCycle {
    std::array<double, 367> byDoy{}; // 1..366, NaN where no data within the window
    double min = kNaN, max = kNaN;
};

SeasonalCycle seasonalCycle(const ml::SiteSeries& site, const std::vector<double>& v) {
    std::array<double, 367> sum{};
    std::array<int, 367> count{};
    for (std::size_t i = 0; i < v.size(); ++i)
        if (std::isfinite(v[i])) {
            const int doy = dayOfYear(fromDayNumber(site.dayNumbers[i]));
            sum[doy] += v[i];
            ++count[doy];
        }
    SeasonalCycle c;
    c.byDoy[0] = kNaN;
    for (int doy = 1; doy <= 366; ++doy) {
        double s = 0;
        int n = 0;
        for (int k = -kMscHalfWindowDays; k <= kMscHalfWindowDays; ++k) {
            const int d = (doy - 1 + k + 366) % 366 + 1; // circular over the year
            s += sum[d];
            n += count[d];
        }
        c.byDoy[doy] = n > 0 ? s / n : kNaN;
        if (n > 0) {
            c.min = std::isfinite(c.min) ? std::min(c.min, c.byDoy[doy]) : c.byDoy[doy];
            c.max = std::isfinite(c.max) ? std::max(c.max, c.byDoy[doy]) : c.byDoy[doy];
        }
    }
    return c;
}

std::vector<double> doyPhase(const ml::SiteSeries& site, bool sine) {
    std::vector<double> out(site.dayNumbers.size());
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double phase =
            2.0 * std::numbers::pi * (dayOfYear(fromDayNumber(site.dayNumbers[i])) - 1) / 365.25;
        out[i] = sine ? std::sin(phase) : std::cos(phase);
    }
    return out;
}

// All columns of the table by name, computed once per site.
bool has(const std::vector<std::string>& drivers, const char* name) {
    return std::find(drivers.begin(), drivers.end(), name) != drivers.end();
}

std::map<std::string, std::vector<double>> allColumns(const ml::SiteSeries& site,
                                                      const std::vector<std::string>& drivers) {
    std::map<std::string, std::vector<double>> columns;
    const std::size_t n = site.dayNumbers.size();
    for (const std::string& name : drivers)
        columns[name] = name == "DOY_SIN"   ? doyPhase(site, true)
                        : name == "DOY_COS" ? doyPhase(site, false)
                                            : driver(site, name);
    for (const Lagged& l : kLagged)
        if (has(drivers, l.driver))
            columns[laggedName(l)] = trailingMean(site, columns.at(l.driver), l.days);
    for (const char* index : kSeasonal) {
        if (!has(drivers, index))
            continue;
        const std::vector<double>& v = columns.at(index);
        const SeasonalCycle cycle = seasonalCycle(site, v);
        std::vector<double> msc(n), anomaly(n);
        for (std::size_t i = 0; i < n; ++i) {
            msc[i] = cycle.byDoy[dayOfYear(fromDayNumber(site.dayNumbers[i]))];
            anomaly[i] = v[i] - msc[i]; // NaN when either is missing
        }
        const std::string base(index);
        columns[base + "_msc"] = std::move(msc);
        columns[base + "_anomaly"] = std::move(anomaly);
        columns[base + "_msc_min"] = std::vector<double>(n, cycle.min);
        columns[base + "_msc_max"] = std::vector<double>(n, cycle.max);
        columns[base + "_msc_amplitude"] = std::vector<double>(n, cycle.max - cycle.min);
    }
    for (IgbpClass c : allIgbpClasses())
        columns["IGBP_" + std::string(igbpCode(c))] =
            std::vector<double>(n, site.igbp == c ? 1.0 : 0.0);
    return columns;
}
} // namespace

std::vector<std::string> baseDriverNames() {
    return ml::defaultFeatures();
}

std::vector<std::string> xgbFeatureNames(const std::vector<std::string>& drivers) {
    std::vector<std::string> names = drivers;
    for (const Lagged& l : kLagged)
        if (has(drivers, l.driver))
            names.push_back(laggedName(l));
    for (const char* index : kSeasonal)
        if (has(drivers, index))
            for (const char* part : kSeasonalParts)
                names.push_back(std::string(index) + "_" + part);
    for (IgbpClass c : allIgbpClasses())
        names.push_back("IGBP_" + std::string(igbpCode(c)));
    return names;
}

std::vector<float> featureTable(const ml::SiteSeries& site, const std::vector<std::string>& drivers,
                                const std::vector<std::string>& features) {
    const auto columns = allColumns(site, drivers);
    const std::size_t rows = site.dayNumbers.size();
    const std::size_t width = features.size();
    std::vector<float> table(rows * width);
    for (std::size_t f = 0; f < width; ++f) {
        const auto it = columns.find(features[f]);
        if (it == columns.end())
            throw ml::ModelError("XGBoost feature '" + features[f] +
                                 "' is not one this version of FluxLens computes");
        for (std::size_t r = 0; r < rows; ++r)
            table[r * width + f] = static_cast<float>(it->second[r]);
    }
    return table;
}

} // namespace fluxlens::xgb
