#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace fluxlens {

// Calendar days in UTC. Flux data are daily; a day is stored as days since 1970-01-01.
using Day = std::chrono::sys_days;

int toDayNumber(Day day);
Day fromDayNumber(int dayNumber);

// "20150131" (FLUXNET TIMESTAMP) or "201501311230" (TIMESTAMP_START; the time is dropped).
std::optional<Day> parseCompactDate(std::string_view text);
// "2015-01-31"
std::optional<Day> parseIsoDate(std::string_view text);
std::string formatIsoDate(Day day);

int dayOfYear(Day day); // 1..366
int yearOf(Day day);
// The day number of 1 January, `years` calendar years after the year of `dayNumber`.
int firstDayOfYearsLater(int dayNumber, int years);
int monthOf(Day day); // 1..12
bool isLeapYear(int year);

} // namespace fluxlens
