#pragma once

namespace fluxlens {

// An axis range and tick step for data from lo to hi: ticks on round values (1, 2 or 5 × 10^k,
// anchored at zero), about `intervals` of them, the range widened to whole steps.
struct TickRange {
    double min = 0.0;
    double max = 1.0;
    double step = 0.2;
};

// lo > hi or non-finite bounds give the range 0..1; lo == hi is widened around the value.
TickRange niceTickRange(double lo, double hi, int intervals = 5);

} // namespace fluxlens
