#include "common/dates.h"

#include "common/day_number_text.h"

#include <charconv>
#include <cstdio>

namespace fluxlens {
namespace {
std::optional<int> parseDigits(std::string_view text) {
    int value = 0;
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<Day> makeDay(std::optional<int> y, std::optional<int> m, std::optional<int> d) {
    if (!y || !m || !d)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*y},
                                          std::chrono::month{static_cast<unsigned>(*m)},
                                          std::chrono::day{static_cast<unsigned>(*d)}};
    if (!ymd.ok())
        return std::nullopt;
    return Day{ymd};
}
} // namespace

int toDayNumber(Day day) {
    return static_cast<int>(day.time_since_epoch().count());
}

Day fromDayNumber(int dayNumber) {
    return Day{std::chrono::days{dayNumber}};
}

std::optional<Day> parseCompactDate(std::string_view text) {
    if (text.size() != 8 && text.size() != 10 && text.size() != 12)
        return std::nullopt;
    for (char c : text)
        if (c < '0' || c > '9')
            return std::nullopt;
    return makeDay(parseDigits(text.substr(0, 4)), parseDigits(text.substr(4, 2)),
                   parseDigits(text.substr(6, 2)));
}

std::optional<Day> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    return makeDay(parseDigits(text.substr(0, 4)), parseDigits(text.substr(5, 2)),
                   parseDigits(text.substr(8, 2)));
}

std::string formatIsoDate(Day day) {
    const std::chrono::year_month_day ymd{day};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

int dayOfYear(Day day) {
    const std::chrono::year_month_day ymd{day};
    const Day firstOfYear{ymd.year() / std::chrono::January / 1};
    return static_cast<int>((day - firstOfYear).count()) + 1;
}

int yearOf(Day day) {
    return static_cast<int>(std::chrono::year_month_day{day}.year());
}

int firstDayOfYearsLater(int dayNumber, int years) {
    const int year = yearOf(fromDayNumber(dayNumber)) + years;
    return toDayNumber(Day{std::chrono::year{year} / std::chrono::January / 1});
}

int monthOf(Day day) {
    return static_cast<int>(static_cast<unsigned>(std::chrono::year_month_day{day}.month()));
}

bool isLeapYear(int year) {
    return std::chrono::year{year}.is_leap();
}

std::string formatIsoDayNumber(int dayNumber) {
    return formatIsoDate(fromDayNumber(dayNumber));
}

std::optional<int> parseIsoDayNumber(std::string_view isoDate) {
    const std::optional<Day> day = parseIsoDate(isoDate);
    if (!day)
        return std::nullopt;
    return toDayNumber(*day);
}

} // namespace fluxlens
