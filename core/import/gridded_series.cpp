#include "import/gridded_series.h"

#include "cache/variables.h"
#include "common/input_error.h"
#include "import/carbon_flux_units.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace fluxlens {

std::optional<std::string_view> canonicalGriddedVariable(std::string_view name) {
    std::string n(name);
    for (char& c : n)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == "gpp")
        return var::GPP;
    if (n == "nee")
        return var::NEE;
    if (n == "reco" || n == "ter")
        return var::RECO;
    return std::nullopt;
}

double griddedUnitFactor(const std::string& path, const std::string& variable,
                         const std::string& units) {
    if (units.empty())
        throw InputError(path, "variable " + variable +
                                   " has no units attribute; FluxLens needs it to convert "
                                   "to gC m-2 d-1");
    const auto factor = carbonFluxToGramPerDay(units);
    if (!factor)
        throw InputError(path, "variable " + variable + " has units '" + units +
                                   "' that FluxLens cannot convert to gC m-2 d-1 (known: gC "
                                   "m-2 d-1, g m-2 d-1, gC m-2 s-1, kgC m-2 s-1, umol m-2 "
                                   "s-1, mol m-2 s-1)");
    return *factor;
}

StepTime stepTimeOfUnixSeconds(double seconds) {
    // One second of tolerance: steps stored as fractional days land on the right day.
    const double dayFloat = std::floor((seconds + 1.0) / 86400.0);
    return {static_cast<int>(dayFloat), seconds - dayFloat * 86400.0};
}

DailySteps dailySteps(const std::vector<StepTime>& times) {
    DailySteps steps;
    for (const StepTime& t : times)
        ++steps.perDay[t.day];
    std::map<int, int> histogram;
    for (const auto& [day, count] : steps.perDay)
        ++histogram[count];
    if (!histogram.empty())
        steps.expected = std::max_element(histogram.begin(), histogram.end(), [](auto& a, auto& b) {
                             return a.second < b.second;
                         })->first;
    for (const auto& [day, count] : steps.perDay)
        steps.incompleteDays += count < steps.expected ? 1 : 0;
    return steps;
}

void addDailyMeans(const std::vector<double>& values, std::size_t pixelCount,
                   const std::vector<StepTime>& times, const std::vector<ValueScaling>& scaling,
                   const DailySteps& steps, double unitFactor, std::size_t variable,
                   std::size_t variableCount, std::map<int, std::vector<double>>& days) {
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    // Steps of one day are contiguous in every product seen; a map keeps any order right.
    std::map<int, std::pair<double, int>> daySums; // day -> (sum of step means, valid steps)
    for (std::size_t b = 0; b < times.size(); ++b) {
        const ValueScaling& sc = scaling.size() == 1 ? scaling[0] : scaling[b];
        double sum = 0.0;
        int valid = 0;
        for (std::size_t p = 0; p < pixelCount; ++p) {
            const double raw = values[b * pixelCount + p];
            if (std::isnan(raw) || (sc.noData && raw == *sc.noData))
                continue;
            sum += raw * sc.scale + sc.offset;
            ++valid;
        }
        auto& entry = daySums[times[b].day];
        if (valid > 0) {
            entry.first += sum / valid;
            ++entry.second;
        }
    }
    for (const auto& [day, entry] : daySums) {
        const int dayStepCount = steps.perDay.at(day);
        if (dayStepCount < steps.expected || entry.second == 0)
            continue;
        auto& row = days[day];
        if (row.empty())
            row.assign(variableCount, kNaN);
        if (entry.second == dayStepCount)
            row[variable] = entry.first / entry.second * unitFactor;
    }
}

bool hasMonthlySteps(const std::vector<StepTime>& times) {
    if (times.size() < 2)
        return false;
    std::vector<int> gaps;
    for (std::size_t i = 1; i < times.size(); ++i)
        gaps.push_back(times[i].day - times[i - 1].day);
    std::nth_element(gaps.begin(), gaps.begin() + gaps.size() / 2, gaps.end());
    const int median = gaps[gaps.size() / 2];
    return median >= 28 && median <= 31;
}

} // namespace fluxlens
