#pragma once

#include <QList>
#include <QPointF>
#include <vector>

namespace fluxlens {

// How the time series groups days.
//   Daily:    one value per day.
//   EightDay: MODIS-style composites restarting every 1 January: days of year 1-8, 9-16, ...,
//             361 to the year's end (5 or 6 days).
//   Monthly:  calendar months.
enum class Aggregation { Daily, EightDay, Monthly };

// The first day (days since 1970) of the period holding `dayNumber`.
int periodStart(int dayNumber, Aggregation aggregation);
// The number of days of the period starting on `startDay`.
int periodLength(int startDay, Aggregation aggregation);

// Mean of the finite values per period. Periods without any finite value are left out.
struct AggregatedSeries {
    std::vector<int> startDays;
    std::vector<int> lengths;     // days in the period
    std::vector<double> values;   // mean of the finite values
    std::vector<int> validCounts; // how many days contributed
};
// `days` strictly increasing, values.size() == days.size().
AggregatedSeries aggregate(const std::vector<int>& days, const std::vector<double>& values,
                           Aggregation aggregation);
// The values of `series` at each of `startDays` (increasing); NaN where it has no period there.
std::vector<double> valuesAt(const AggregatedSeries& series, const std::vector<int>& startDays);

// Reduces a series to at most two points per pixel column for drawing: for each of `columns`
// equal slices of [xMin, xMax] the minimum and the maximum, in x order. Points with a non-finite
// y are skipped; the last point before xMin and the first after xMax are kept so lines run to the
// edges. Slices with at most two points keep them unchanged. `x` must be increasing.
QList<QPointF> decimateMinMax(const std::vector<double>& x, const std::vector<double>& y,
                              double xMin, double xMax, int columns);
// For a band: the lower edge takes each column's minimum, the upper edge its maximum, both at
// the same x (the first point's x in the column).
void decimateBand(const std::vector<double>& x, const std::vector<double>& lower,
                  const std::vector<double>& upper, double xMin, double xMax, int columns,
                  QList<QPointF>& lowerOut, QList<QPointF>& upperOut);

} // namespace fluxlens
