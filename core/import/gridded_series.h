#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens {

// What the gridded readers (classic band-per-step rasters and multidimensional arrays) share:
// variable names, unit checks, time steps and their averaging to daily means at each site.

// GPP, NEE or RECO for a variable name (TER is RECO, case-insensitive); std::nullopt otherwise.
std::optional<std::string_view> canonicalGriddedVariable(std::string_view name);

// The factor from `units` to gC m-2 d-1. Throws InputError naming `path` and `variable` when the
// units are missing or unknown.
double griddedUnitFactor(const std::string& path, const std::string& variable,
                         const std::string& units);

// One time step: its UTC day number and where in the day it starts (seconds).
struct StepTime {
    int day = 0;
    double secondsInDay = 0.0;
};
StepTime stepTimeOfUnixSeconds(double seconds);

// Scale, offset and no-data value of raw stored values.
struct ValueScaling {
    double scale = 1.0;
    double offset = 0.0;
    std::optional<double> noData;
};

// How many time steps each day has; the most common count is a complete day.
struct DailySteps {
    std::map<int, int> perDay;
    int expected = 1;
    std::int64_t incompleteDays = 0;
};
DailySteps dailySteps(const std::vector<StepTime>& times);

// True when consecutive steps lie 28 to 31 days apart (the median gap): a monthly product.
bool hasMonthlySteps(const std::vector<StepTime>& times);

// Everything read from a gridded file, per site: day -> one value per variable (gC m-2 d-1).
struct GriddedSamples {
    std::vector<std::string> columnNames;
    std::vector<std::map<int, std::vector<double>>> perSite;
    std::int64_t sitesOutside = 0;
    std::int64_t droppedDays = 0;
    bool monthly = false; // one value per month, stored on the day of its time stamp
    std::vector<std::string> warnings;
};

// Averages one site's window of values, laid out step after step (`pixelCount` values per step),
// to days and stores them as variable `variable` of `days`. A step's value is the mean of its
// valid pixels; a day needs every one of its steps valid, and a complete count of steps.
// `scaling` holds one entry for all steps or one per step.
void addDailyMeans(const std::vector<double>& values, std::size_t pixelCount,
                   const std::vector<StepTime>& times, const std::vector<ValueScaling>& scaling,
                   const DailySteps& steps, double unitFactor, std::size_t variable,
                   std::size_t variableCount, std::map<int, std::vector<double>>& days);

} // namespace fluxlens
