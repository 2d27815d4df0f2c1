#include "ml/site_split.h"

#include "common/input_error.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <stdexcept>

namespace fluxlens::ml {

std::vector<std::string> stratifiedSiteSample(const std::vector<const SiteSeries*>& sites,
                                              double fraction, std::uint64_t seed) {
    if (!(fraction >= 0.0 && fraction < 1.0))
        throw std::invalid_argument("held-out fraction must be in [0, 1)");
    std::map<KoppenClass, std::vector<std::string>> byClass;
    for (const SiteSeries* s : sites)
        byClass[s->koppen].push_back(s->id);
    std::mt19937_64 rng(seed);
    struct Share {
        KoppenClass cls;
        int take;
        double remainder;
    };
    std::vector<Share> shares;
    int taken = 0;
    for (auto& [cls, ids] : byClass) {
        std::sort(ids.begin(), ids.end());
        std::shuffle(ids.begin(), ids.end(), rng);
        const double ideal = fraction * static_cast<double>(ids.size());
        shares.push_back({cls, static_cast<int>(std::floor(ideal)), ideal - std::floor(ideal)});
        taken += shares.back().take;
    }
    const int wanted = static_cast<int>(std::lround(fraction * static_cast<double>(sites.size())));
    std::stable_sort(shares.begin(), shares.end(),
                     [](const Share& a, const Share& b) { return a.remainder > b.remainder; });
    for (auto& s : shares) {
        if (taken >= wanted)
            break;
        if (s.take < static_cast<int>(byClass[s.cls].size()) && s.remainder > 0) {
            ++s.take;
            ++taken;
        }
    }
    std::vector<std::string> out;
    for (const auto& s : shares)
        out.insert(out.end(), byClass[s.cls].begin(), byClass[s.cls].begin() + s.take);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace fluxlens::ml
