#include "calendar_ticks.h"

#include "common/dates.h"

#include <QDate>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace fluxlens {
namespace {
int dayOf(int year, int month) {
    using namespace std::chrono;
    return toDayNumber(sys_days{std::chrono::year{year} / static_cast<unsigned>(month) / 1});
}

QString monthLabel(int year, int month) {
    return QLocale().toString(QDate(year, month, 1), QStringLiteral("MMM yyyy"));
}

std::vector<CalendarTick> ticksEvery(int stepMonths, double firstDay, double lastDay) {
    const std::chrono::year_month_day first{fromDayNumber(static_cast<int>(std::ceil(firstDay)))};
    // Start at the first boundary of the step (January for yearly steps) on or after firstDay.
    int index = static_cast<int>(first.year()) * 12 + static_cast<int>(unsigned(first.month())) - 1;
    if (unsigned(first.day()) > 1)
        ++index;
    index = (index + stepMonths - 1) / stepMonths * stepMonths;
    std::vector<CalendarTick> out;
    for (;; index += stepMonths) {
        const int year = index / 12, month = index % 12 + 1;
        const int day = dayOf(year, month);
        if (day > lastDay)
            break;
        out.push_back(
            {day, stepMonths % 12 == 0 ? QString::number(year) : monthLabel(year, month)});
    }
    return out;
}
} // namespace

std::vector<CalendarTick> calendarTicks(double firstDay, double lastDay, int maxTicks) {
    if (!(lastDay > firstDay) || maxTicks < 1)
        return {};
    const double months = (lastDay - firstDay) / 30.44;
    for (int step : {1, 2, 3, 6, 12, 24, 60, 120, 240})
        if (months / step + 1 <= maxTicks)
            return ticksEvery(step, firstDay, lastDay);
    return ticksEvery(240, firstDay, lastDay);
}

} // namespace fluxlens
