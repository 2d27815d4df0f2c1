#pragma once

#include <QString>
#include <vector>

namespace fluxlens {

// One tick of a date axis: a calendar boundary (1 January, or the first of a month) and its
// label ("2003", or "Mar 2003" in the user's language).
struct CalendarTick {
    int day = 0; // days since 1970-01-01
    QString label;
};

// Ticks on calendar boundaries within [firstDay, lastDay], at most `maxTicks` of them: every
// 1, 2, 3 or 6 months (labelled with month and year) or every 1, 2, 5, 10 or 20 years (labelled
// with the year), the finest step that fits. At least one tick when the range holds a boundary.
std::vector<CalendarTick> calendarTicks(double firstDay, double lastDay, int maxTicks);

} // namespace fluxlens
