#pragma once

// Round ticks (core/common/nice_ticks.h) on a Qt Charts value axis. Header-only: the chart
// libraries that include it link Qt Charts; fluxlens_widgets itself does not.

#include "common/nice_ticks.h"

#include <QValueAxis>

namespace fluxlens {

// Sets `axis` to cover lo..hi with about `intervals` ticks on 1, 2 or 5 × 10^k, anchored at zero.
inline void setNiceRange(QValueAxis& axis, double lo, double hi, int intervals = 5) {
    const TickRange ticks = niceTickRange(lo, hi, intervals);
    axis.setTickType(QValueAxis::TicksDynamic);
    axis.setTickAnchor(0.0);
    axis.setTickInterval(ticks.step);
    axis.setRange(ticks.min, ticks.max);
}

} // namespace fluxlens
