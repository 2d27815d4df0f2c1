#include "import/koppen_derivation.h"

#include "cache/cache.h"
#include "cache/variables.h"
#include "common/dates.h"
#include "geo/koppen_map.h"

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

std::optional<ClimateRecord> climatologyOf(const DailyTable& table, std::string_view temperature,
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

std::optional<ClimateRecord> monthlyClimatology(const std::vector<int>& dayNumbers,
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
    std::map<int, int> countedMonthsByYear;
    for (const auto& [yearMonth, s] : samples) {
        const int length = daysInMonth(yearMonth.first, yearMonth.second);
        if (s.validDays < 0.9 * length)
            continue;
        const int m = yearMonth.second - 1;
        temperature[m] += s.temperatureSum / s.validDays;
        precipitation[m] += s.precipitationSum / s.validDays * length;
        ++count[m];
        ++countedMonthsByYear[yearMonth.first];
    }
    ClimateRecord record;
    for (int m = 0; m < 12; ++m) {
        if (count[m] == 0)
            return std::nullopt;
        record.climate.temperature_degC[m] = temperature[m] / count[m];
        record.climate.precipitation_mm[m] = precipitation[m] / count[m];
    }
    for (const auto& [year, months] : countedMonthsByYear)
        record.completeYears += months == 12 ? 1 : 0;
    return record;
}

std::optional<ClimateRecord> siteClimatology(const Cache& cache, const std::string& siteId) {
    auto tower = climatologyOf(cache.loadDaily(siteId, DailyKind::TowerMet), var::TA_F, var::P_F);
    auto reanalysis =
        climatologyOf(cache.loadDaily(siteId, DailyKind::Reanalysis), var::t2m_degC, var::tp_mm_d);
    if (tower && (!reanalysis || tower->completeYears >= reanalysis->completeYears))
        return tower;
    return reanalysis;
}

std::vector<KoppenAssignment> assignMissingKoppen(Cache& cache,
                                                  const std::vector<std::string>& siteIds,
                                                  const KoppenMap* map,
                                                  std::vector<std::string>& notes) {
    std::vector<Site> updated;
    std::vector<KoppenAssignment> assigned;
    for (const auto& id : siteIds) {
        auto site = cache.site(id);
        if (!site || site->koppen != KoppenClass::Unknown || std::isnan(site->lat_deg))
            continue;
        KoppenAssignment assignment{id, KoppenClass::Unknown, KoppenSource::None};
        if (map) {
            if (auto hit = map->classAt(site->lon_deg, site->lat_deg))
                assignment = {id, hit->koppen, KoppenSource::Map};
        }
        std::optional<ClimateRecord> climate;
        if (assignment.koppen == KoppenClass::Unknown) {
            climate = siteClimatology(cache, id);
            if (climate && climate->completeYears >= kMinimumClimateYearsForKoppen)
                assignment = {id, classifyKoppen(climate->climate, site->lat_deg),
                              KoppenSource::Climate};
        }
        if (assignment.koppen == KoppenClass::Unknown) {
            notes.push_back(
                "site " + id + " has no Köppen class: " +
                (map ? "no land pixel of the Köppen map within 3 pixels, and "
                     : std::string("no Köppen map, and ")) +
                std::to_string(climate ? climate->completeYears : 0) +
                " complete years of monthly climate are cached (a class is derived from at "
                "least " +
                std::to_string(kMinimumClimateYearsForKoppen) + ")");
            continue;
        }
        Site change = *site;
        change.koppen = assignment.koppen;
        change.koppen_source = assignment.source;
        updated.push_back(change);
        assigned.push_back(assignment);
    }
    if (!updated.empty())
        cache.upsertSites(updated);
    return assigned;
}

} // namespace fluxlens
