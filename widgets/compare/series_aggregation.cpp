#include "series_aggregation.h"

#include "common/dates.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace fluxlens {

int periodStart(int dayNumber, Aggregation aggregation) {
    using namespace std::chrono;
    switch (aggregation) {
    case Aggregation::Daily:
        return dayNumber;
    case Aggregation::EightDay: {
        const int doy = dayOfYear(fromDayNumber(dayNumber)); // 1..366
        return dayNumber - (doy - 1) % 8;
    }
    case Aggregation::Monthly: {
        const year_month_day ymd{fromDayNumber(dayNumber)};
        return toDayNumber(sys_days{ymd.year() / ymd.month() / day{1}});
    }
    }
    return dayNumber;
}

int periodLength(int startDay, Aggregation aggregation) {
    using namespace std::chrono;
    switch (aggregation) {
    case Aggregation::Daily:
        return 1;
    case Aggregation::EightDay: {
        const Day start = fromDayNumber(startDay);
        const int daysInYear = isLeapYear(yearOf(start)) ? 366 : 365;
        return std::min(8, daysInYear - dayOfYear(start) + 1);
    }
    case Aggregation::Monthly: {
        const year_month_day ymd{fromDayNumber(startDay)};
        const year_month_day_last last{ymd.year() / ymd.month() / std::chrono::last};
        return static_cast<int>(static_cast<unsigned>(last.day()));
    }
    }
    return 1;
}

AggregatedSeries aggregate(const std::vector<int>& days, const std::vector<double>& values,
                           Aggregation aggregation) {
    AggregatedSeries out;
    const std::size_t n = std::min(days.size(), values.size());
    if (aggregation == Aggregation::Daily) {
        for (std::size_t i = 0; i < n; ++i) {
            if (!std::isfinite(values[i]))
                continue;
            out.startDays.push_back(days[i]);
            out.lengths.push_back(1);
            out.values.push_back(values[i]);
            out.validCounts.push_back(1);
        }
        return out;
    }
    std::size_t i = 0;
    while (i < n) {
        const int start = periodStart(days[i], aggregation);
        const int end = start + periodLength(start, aggregation); // exclusive
        double sum = 0.0;
        int count = 0;
        for (; i < n && days[i] < end; ++i) {
            if (std::isfinite(values[i])) {
                sum += values[i];
                ++count;
            }
        }
        if (count == 0)
            continue;
        out.startDays.push_back(start);
        out.lengths.push_back(end - start);
        out.values.push_back(sum / count);
        out.validCounts.push_back(count);
    }
    return out;
}

namespace {
// Index range [first, last) of the points to consider, widened by one on each side.
std::pair<std::size_t, std::size_t> visibleRange(const std::vector<double>& x, double xMin,
                                                 double xMax) {
    auto lo = std::lower_bound(x.begin(), x.end(), xMin);
    auto hi = std::upper_bound(x.begin(), x.end(), xMax);
    if (lo != x.begin())
        --lo;
    if (hi != x.end())
        ++hi;
    return {static_cast<std::size_t>(lo - x.begin()), static_cast<std::size_t>(hi - x.begin())};
}

int columnOf(double x, double xMin, double xMax, int columns) {
    if (x < xMin)
        return -1;
    if (x > xMax)
        return columns;
    return std::min(columns - 1, static_cast<int>((x - xMin) / (xMax - xMin) * columns));
}
} // namespace

QList<QPointF> decimateMinMax(const std::vector<double>& x, const std::vector<double>& y,
                              double xMin, double xMax, int columns) {
    QList<QPointF> out;
    if (x.empty() || !(xMax > xMin) || columns < 1)
        return out;
    const auto [first, last] = visibleRange(x, xMin, xMax);
    if (last - first <= static_cast<std::size_t>(2 * columns)) {
        for (std::size_t i = first; i < last; ++i)
            if (std::isfinite(y[i]))
                out.append(QPointF(x[i], y[i]));
        return out;
    }
    out.reserve(2 * columns + 4);
    std::size_t i = first;
    while (i < last) {
        const int column = columnOf(x[i], xMin, xMax, columns);
        std::size_t minIndex = last, maxIndex = last, count = 0;
        std::size_t j = i;
        for (; j < last && columnOf(x[j], xMin, xMax, columns) == column; ++j) {
            if (!std::isfinite(y[j]))
                continue;
            ++count;
            if (minIndex == last || y[j] < y[minIndex])
                minIndex = j;
            if (maxIndex == last || y[j] > y[maxIndex])
                maxIndex = j;
        }
        if (count > 0) {
            const std::size_t a = std::min(minIndex, maxIndex);
            const std::size_t b = std::max(minIndex, maxIndex);
            out.append(QPointF(x[a], y[a]));
            if (b != a)
                out.append(QPointF(x[b], y[b]));
        }
        i = j;
    }
    return out;
}

void decimateBand(const std::vector<double>& x, const std::vector<double>& lower,
                  const std::vector<double>& upper, double xMin, double xMax, int columns,
                  QList<QPointF>& lowerOut, QList<QPointF>& upperOut) {
    lowerOut.clear();
    upperOut.clear();
    if (x.empty() || !(xMax > xMin) || columns < 1)
        return;
    const auto [first, last] = visibleRange(x, xMin, xMax);
    const bool keepAll = last - first <= static_cast<std::size_t>(2 * columns);
    std::size_t i = first;
    while (i < last) {
        const int column = keepAll ? static_cast<int>(i) : columnOf(x[i], xMin, xMax, columns);
        double lo = 0.0, hi = 0.0;
        bool any = false;
        const double x0 = x[i];
        std::size_t j = i;
        for (; j < last; ++j) {
            if (j > i && (keepAll || columnOf(x[j], xMin, xMax, columns) != column))
                break;
            if (!std::isfinite(lower[j]) || !std::isfinite(upper[j]))
                continue;
            lo = any ? std::min(lo, lower[j]) : lower[j];
            hi = any ? std::max(hi, upper[j]) : upper[j];
            any = true;
        }
        if (any) {
            lowerOut.append(QPointF(x0, lo));
            upperOut.append(QPointF(x0, hi));
        }
        i = j;
    }
}

std::vector<double> valuesAt(const AggregatedSeries& series, const std::vector<int>& startDays) {
    std::vector<double> out;
    out.reserve(startDays.size());
    std::size_t s = 0;
    for (const int start : startDays) {
        while (s < series.startDays.size() && series.startDays[s] < start)
            ++s;
        out.push_back(s < series.startDays.size() && series.startDays[s] == start
                          ? series.values[s]
                          : std::numeric_limits<double>::quiet_NaN());
    }
    return out;
}

} // namespace fluxlens
