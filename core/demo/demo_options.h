#pragma once

#include <cstdint>

namespace fluxlens::demo {

// What the synthetic demo world is made of. The same options give the same world, bit for bit.
struct DemoOptions {
    int siteCount = 120;
    int firstYear = 2001;
    int lastYear = 2020;
    std::uint64_t seed = 1;
};

// Throws std::invalid_argument when the options cannot describe a world (no sites, an empty or
// absurd year span).
void validateOptions(const DemoOptions& options);

} // namespace fluxlens::demo
