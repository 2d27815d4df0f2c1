#pragma once

#include <cmath>
#include <cstdint>

namespace fluxlens::demo {

// A small, portable pseudo-random generator (xoshiro256** seeded through SplitMix64) with the few
// distributions the generator needs, written out here because the standard library's
// distributions are not required to give the same numbers on every implementation.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) {
        std::uint64_t s = seed;
        for (auto& word : m_state)
            word = splitMix(s);
    }

    // A seed for an independent stream, derived from a parent seed and stream labels.
    static std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b = 0) {
        std::uint64_t s = seed ^ 0x9E3779B97F4A7C15ULL;
        std::uint64_t h = splitMix(s);
        s = h ^ (a * 0xD1B54A32D192ED03ULL);
        h = splitMix(s);
        s = h ^ (b * 0x8CB92BA72F3D8DD7ULL);
        return splitMix(s);
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double probability) { return uniform() < probability; }

    // Standard normal by the Box–Muller transform.
    double normal() {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = 1.0 - uniform(); // (0, 1]
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * 3.14159265358979323846 * u2;
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }

    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t& s) {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4]{};
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace fluxlens::demo
