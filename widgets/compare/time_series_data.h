#pragma once

#include "compare_types.h"

#include <QString>
#include <array>
#include <vector>

namespace fluxlens {

class Cache;

// Observed days whose NEE QC (fraction of measured or good gap-filled records) is below this are
// shaded as low quality in the time series.
inline constexpr double kLowQcThreshold = 0.5;

// One line of the time series chart.
struct FluxSeries {
    enum class Kind { Observed, Model, Reference };
    QString name;
    Kind kind = Kind::Observed;
    std::vector<int> days;    // days since 1970, increasing
    std::vector<double> mean; // NaN: missing
    std::vector<double> sd;   // ensemble standard deviation; empty when the source has none
    bool hasBand() const { return !sd.empty(); }
};

// Everything the time series shows for one site: per target the observations, each model's
// predictions and each reference product, plus the days that fail the QC = 1 mask.
struct SiteTimeSeries {
    QString siteId;
    std::array<std::vector<FluxSeries>, 3> byTarget; // indexed by FluxTarget
    // Days with an observation where NEE_VUT_USTAR50_QC or NEE_VUT_REF_QC is not 1 (the days the
    // QC = 1 evaluation leaves out), increasing.
    std::vector<int> lowQcDays; // observed days with NEE QC below kLowQcThreshold (or no QC)
    QString error;              // empty on success

    const std::vector<FluxSeries>& series(FluxTarget t) const {
        return byTarget[static_cast<std::size_t>(t)];
    }
    bool isEmpty() const;
    int firstDay() const; // over every series; 0 when empty
    int lastDay() const;
};

// Reads a site's observations, predictions and reference products from `cache` (for
// CacheSession::read, off the GUI thread). Never throws: a failure comes back in `error`
// (naming the file).
SiteTimeSeries loadSiteTimeSeries(const Cache& cache, const QString& siteId);

} // namespace fluxlens
