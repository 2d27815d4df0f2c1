#include "common/nice_ticks.h"

#include <algorithm>
#include <cmath>

namespace fluxlens {

TickRange niceTickRange(double lo, double hi, int intervals) {
    if (!std::isfinite(lo) || !std::isfinite(hi) || lo > hi)
        return {};
    if (hi - lo < 1e-9 * std::max(1.0, std::abs(hi))) { // one value: a unit-wide window around it
        const double half = std::max(0.5, 0.05 * std::abs(hi));
        lo -= half;
        hi += half;
    }
    const double rawStep = (hi - lo) / double(std::max(1, intervals));
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    const double fraction = rawStep / magnitude;
    const double step = (fraction <= 1.0   ? 1.0
                         : fraction <= 2.0 ? 2.0
                         : fraction <= 5.0 ? 5.0
                                           : 10.0) *
                        magnitude;
    // A bound within rounding error of a tick stays on that tick (1.8 / 0.2 is not quite 9).
    constexpr double kSlack = 1e-9;
    return {std::floor(lo / step + kSlack) * step + 0.0, std::ceil(hi / step - kSlack) * step + 0.0,
            step};
}

} // namespace fluxlens
