#include "eval/error_stats.h"

#include <stdexcept>
#include <string>

namespace fluxlens::eval {

void ErrorAccumulator::merge(const ErrorAccumulator& other) {
    if (other.m_n == 0)
        return;
    if (m_n == 0) {
        *this = other;
        return;
    }
    // Re-express the other's observation sums relative to this shift.
    const double delta = other.m_shift - m_shift;
    const double n2 = static_cast<double>(other.m_n);
    m_sumO2 += other.m_sumO2 + 2.0 * delta * other.m_sumO + n2 * delta * delta;
    m_sumO += other.m_sumO + n2 * delta;
    m_n += other.m_n;
    m_sumD += other.m_sumD;
    m_sumD2 += other.m_sumD2;
    m_sumAbsD += other.m_sumAbsD;
}

void ErrorAccumulator::merge(const Sums& sums) {
    ErrorAccumulator other;
    other.m_n = sums.n;
    other.m_shift = sums.shift;
    other.m_sumD = sums.sumD;
    other.m_sumD2 = sums.sumD2;
    other.m_sumAbsD = sums.sumAbsD;
    other.m_sumO = sums.sumO;
    other.m_sumO2 = sums.sumO2;
    merge(other);
}

ErrorStats ErrorAccumulator::finish() const {
    ErrorStats stats;
    stats.n = m_n;
    if (m_n == 0)
        return stats;
    const double n = static_cast<double>(m_n);
    stats.rmse = std::sqrt(m_sumD2 / n);
    stats.bias = m_sumD / n;
    stats.mae = m_sumAbsD / n;
    const double sst = m_sumO2 - m_sumO * m_sumO / n;
    // Constant observations leave SST at 0 (exactly, since every shifted value is 0): R² undefined.
    if (sst > 0.0)
        stats.r2 = 1.0 - m_sumD2 / sst;
    return stats;
}

ErrorStats errorStats(std::span<const double> observed, std::span<const double> predicted) {
    if (observed.size() != predicted.size())
        throw std::invalid_argument("errorStats: " + std::to_string(observed.size()) +
                                    " observations but " + std::to_string(predicted.size()) +
                                    " predictions");
    ErrorAccumulator acc;
    for (std::size_t i = 0; i < observed.size(); ++i)
        acc.add(observed[i], predicted[i]);
    return acc.finish();
}

} // namespace fluxlens::eval
