#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <span>

namespace fluxlens::eval {

// Agreement between observed and predicted values over the days both are valid.
//   rmse = sqrt(SSE / n),  r2 = 1 - SSE / SST,  bias = mean(pred - obs),  mae = mean|pred - obs|
// with SSE = sum (pred - obs)^2 and SST = sum (obs - mean(obs))^2.
// No valid pair: n = 0 and every figure NaN. Constant observations (SST = 0, which includes n = 1):
// R² is undefined and reported as NaN; rmse, bias and mae are still defined.
struct ErrorStats {
    std::int64_t n = 0;
    double rmse = std::numeric_limits<double>::quiet_NaN();
    double r2 = std::numeric_limits<double>::quiet_NaN();
    double bias = std::numeric_limits<double>::quiet_NaN();
    double mae = std::numeric_limits<double>::quiet_NaN();
};

// Accumulates pairs one at a time: the evaluation visits each site-day once for every target and
// QC mask. Observations are summed relative to the first one (a shift that keeps SST accurate
// without a second pass).
class ErrorAccumulator {
public:
    // Pairs where either value is not finite are skipped.
    void add(double observed, double predicted) {
        if (!(std::isfinite(observed) && std::isfinite(predicted)))
            return;
        addValid(observed, predicted);
    }
    // Both values known to be finite.
    void addValid(double observed, double predicted) {
        if (m_n == 0)
            m_shift = observed;
        const double d = predicted - observed;
        const double o = observed - m_shift;
        ++m_n;
        m_sumD += d;
        m_sumD2 += d * d;
        m_sumAbsD += d < 0 ? -d : d;
        m_sumO += o;
        m_sumO2 += o * o;
    }
    void merge(const ErrorAccumulator& other);

    // Raw sums for block-wise loops that keep them in registers: observations enter as
    // (observed - shift), differences as (predicted - observed).
    struct Sums {
        std::int64_t n = 0;
        double shift = 0.0;
        double sumD = 0.0, sumD2 = 0.0, sumAbsD = 0.0, sumO = 0.0, sumO2 = 0.0;
    };
    void merge(const Sums& sums);

    std::int64_t count() const { return m_n; }
    ErrorStats finish() const;

private:
    std::int64_t m_n = 0;
    double m_shift = 0.0;
    double m_sumD = 0.0, m_sumD2 = 0.0, m_sumAbsD = 0.0, m_sumO = 0.0, m_sumO2 = 0.0;
};

// The figures for two equally long series (NaN pairs skipped). Throws std::invalid_argument when
// the lengths differ.
ErrorStats errorStats(std::span<const double> observed, std::span<const double> predicted);

} // namespace fluxlens::eval
