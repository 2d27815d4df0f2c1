#include "import/koppen_derivation.h"

#include "cache/cache.h"
#include "cache/variables.h"
#include "common/dates.h"

#include <chrono>
#include <cmath>
#include <map>

namespace fluxlens {
namespace {
int daysInMonth(int year, int month) {
    using namespace std::chrono;
    const year_month_day_last last{std::chrono::year{year} /
                                   std::chrono::month{static_cast<unsigned>(month)} /
                                   std::chrono::last};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::optional<MonthlyClimate> climatologyOf(const DailyTable& table, std::string_view temperature,
                                            std::string_view precipitation) {
    const std::vector<double>* t = nullptr;
    const std::vector<double>* p = nullptr;
    for (std::size_t c = 0; c < table.columnNames.size(); ++c) {
        if (table.columnNames[c] == temperature)
            t = &table.columns[c];
        else if (table.columnNames[c] == precipitation)
            p = &table.columns[c];
    }
    if (!t || !p)
        return std::nullopt;
    return monthlyClimatology(table.dayNumbers, *t, *p);
}
} // namespace

std::optional<MonthlyClimate> monthlyClimatology(const std::vector<int>& dayNumbers,
                                                 const std::vector<double>& temperature_degC,
                                                 const std::vector<double>& precipitation_mm_d) {
    struct MonthSample {
        double temperatureSum = 0.0;
        double precipitationSum = 0.0;
        int validDays = 0;
    };
    std::map<std::pair<int, int>, MonthSample> samples; // (year, month)
    for (std::size_t i = 0; i < dayNumbers.size(); ++i) {
        if (std::isnan(temperature_degC[i]) || std::isnan(precipitation_mm_d[i]))
            continue;
        const Day day = fromDayNumber(dayNumbers[i]);
        MonthSample& s = samples[{yearOf(day), monthOf(day)}];
        s.temperatureSum += temperature_degC[i];
        s.precipitationSum += precipitation_mm_d[i];
        ++s.validDays;
    }
    std::array<double, 12> temperature{}, precipitation{};
    std::array<int, 12> count{};
    for (const auto& [yearMonth, s] : samples) {
        const int length = daysInMonth(yearMonth.first, yearMonth.second);
        if (s.validDays < 0.9 * length)
            continue;
        const int m = yearMonth.second - 1;
        temperature[m] += s.temperatureSum / s.validDays;
        precipitation[m] += s.precipitationSum / s.validDays * length;
        ++count[m];
    }
    MonthlyClimate climate;
    for (int m = 0; m < 12; ++m) {
        if (count[m] == 0)
            return std::nullopt;
        climate.temperature_degC[m] = temperature[m] / count[m];
        climate.precipitation_mm[m] = precipitation[m] / count[m];
    }
    return climate;
}

std::optional<MonthlyClimate> siteClimatology(const Cache& cache, const std::string& siteId) {
    if (auto c = climatologyOf(cache.loadDaily(siteId, DailyKind::TowerMet), var::TA_F, var::P_F))
        return c;
    return climatologyOf(cache.loadDaily(siteId, DailyKind::Reanalysis), var::t2m_degC,
                         var::tp_mm_d);
}

std::vector<std::string> deriveMissingKoppen(Cache& cache,
                                             const std::vector<std::string>& siteIds) {
    std::vector<Site> updated;
    std::vector<std::string> ids;
    for (const auto& id : siteIds) {
        auto site = cache.site(id);
        if (!site || site->koppen != KoppenClass::Unknown || std::isnan(site->lat_deg))
            continue;
        auto climate = siteClimatology(cache, id);
        if (!climate)
            continue;
        const KoppenClass koppen = classifyKoppen(*climate, site->lat_deg);
        if (koppen == KoppenClass::Unknown)
            continue;
        Site change = *site;
        change.koppen = koppen;
        change.koppen_derived = true;
        updated.push_back(change);
        ids.push_back(id);
    }
    if (!updated.empty())
        cache.upsertSites(updated);
    return ids;
}

} // namespace fluxlens
