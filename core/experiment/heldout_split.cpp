#include "experiment/heldout_split.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <tuple>

namespace fluxlens::experiment {

std::vector<std::string> koppenIgbpHoldout(const std::vector<const ml::SiteSeries*>& sites,
                                           double fraction, std::uint64_t seed) {
    if (!(fraction > 0.0 && fraction < 1.0))
        throw std::invalid_argument("the held-out fraction must be in (0, 1)");
    const std::size_t n = sites.size();
    const auto wanted = static_cast<std::size_t>(std::lround(fraction * static_cast<double>(n)));
    if (wanted == 0 || wanted >= n)
        throw std::invalid_argument("holding out " + std::to_string(fraction) + " of " +
                                    std::to_string(n) +
                                    " sites leaves no held-out or no training site");

    std::vector<const ml::SiteSeries*> byId = sites;
    std::sort(byId.begin(), byId.end(), [](auto* a, auto* b) { return a->id < b->id; });
    std::mt19937_64 rng(seed);
    std::vector<std::size_t> rank(n);
    std::iota(rank.begin(), rank.end(), 0);
    std::shuffle(rank.begin(), rank.end(), rng);
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tuple(byId[a]->koppen, byId[a]->igbp, rank[a]) <
               std::tuple(byId[b]->koppen, byId[b]->igbp, rank[b]);
    });

    const double step = static_cast<double>(n) / static_cast<double>(wanted);
    const double offset = std::uniform_real_distribution<double>(0.0, step)(rng);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < wanted; ++i) {
        const auto at = static_cast<std::size_t>(offset + static_cast<double>(i) * step);
        out.push_back(byId[order[std::min(at, n - 1)]]->id);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace fluxlens::experiment
