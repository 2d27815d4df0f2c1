#pragma once

#include "geo/igbp.h"
#include "geo/koppen.h"
#include "ml/ml_config.h"
#include "ml/site_series.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace fluxlens::ml {

inline constexpr int kTargetCount = 3; // GPP, RECO, NEE, in this order
inline constexpr int kGpp = 0, kReco = 1, kNee = 2;

// Feature statistics fitted on training sites only, and one common target scale (the RMS of all
// observed GPP, RECO and NEE values): a common scale without centring keeps NEE = RECO - GPP
// linear in scaled units, so the flux-consistency loss means the same thing in both.
struct Normalisation {
    std::vector<std::string> features;
    std::vector<float> mean;
    std::vector<float> stddev;
    float targetScale = 1.0f;
};

// targets: which of GPP, RECO, NEE enter the target scale (MlConfig::targets).
Normalisation fitNormalisation(const std::vector<const SiteSeries*>& trainingSites,
                               const std::vector<std::string>& features,
                               const std::array<bool, kTargetCount>& targets = {true, true, true});

// Inverse-frequency class weights over training sites: w_c = N / (K * n_c), N sites, K classes
// present, n_c sites of class c. Their mean over the training sites is 1.
struct ClassWeights {
    std::map<IgbpClass, double> igbp;
    std::map<KoppenClass, double> koppen;
    double siteWeight(IgbpClass i, KoppenClass k) const; // w_igbp * w_koppen; 1 for unseen classes
};
ClassWeights inverseFrequencyWeights(const std::vector<const SiteSeries*>& trainingSites);

// Raw (unnormalised) value of feature `name` on each day of `site`; DOY_SIN/DOY_COS are derived
// from the day numbers. Throws ModelError naming the site when the feature is absent.
std::vector<float> featureValues(const SiteSeries& site, const std::string& name);

// A site placed on a contiguous daily axis, normalised, ready for window assembly. Arrays are
// day-major: x[day * F + f], y/mask[day * 3 + target].
struct PreparedSite {
    std::string id;
    IgbpClass igbp = IgbpClass::Unknown;
    KoppenClass koppen = KoppenClass::Unknown;
    int firstDayNumber = 0;
    int days = 0;
    int featureCount = 0;
    std::vector<float> x;        // normalised features, missing -> 0 (the training mean)
    std::vector<float> y;        // targets / targetScale, missing -> 0
    std::vector<float> mask;     // 1 where the target is observed and in config.targets
    std::vector<float> qcWeight; // per day
    float classWeight = 1.0f;
    int supportEndDay = 0; // days [0, supportEndDay) lie in the support years
    bool hasTargets = false;
};

// The first day after a site's support years (1 January of its first calendar year +
// config.support_years): a site's task embedding comes from the windows before it, and the metrics
// of a held-out site use the days from it on.
int firstDayAfterSupport(const SiteSeries& site, const MlConfig& config);
// One warning per held-out site whose record ends within its support years: a TAM-RL model
// scores such a site from the day after them, so no day of it is scored (zero-shot) at all. Each
// names the site, its record and the setting to change. Training goes on (the site can still be
// predicted and looked at); callers show the warnings.
std::vector<std::string> heldOutSitesWithoutScoredDays(const std::vector<SiteSeries>& sites,
                                                       const std::vector<std::string>& heldOut,
                                                       const MlConfig& config);

// Targets not in config.targets are left out (y 0, mask 0): they get no loss weight and the task
// encoder never sees them.
PreparedSite prepareSite(const SiteSeries& site, const Normalisation& norm, const MlConfig& config,
                         const ClassWeights* weights);

// Window starts for training: full windows every `stride` days; one (padded) window when the
// series is shorter than a window.
std::vector<int> trainingWindowStarts(int days, int window, int stride);
// Window starts for inference: the training starts plus a last window ending on the last day, so
// every day is covered at least once.
std::vector<int> inferenceWindowStarts(int days, int window, int stride);
// Training windows lying entirely inside the support years (all training windows when none do).
std::vector<int> supportWindowStarts(const PreparedSite& site, int window, int stride);
// True when a training window starting at `start` has at least one observed target.
bool windowHasTargets(const PreparedSite& site, int start, int window);

// Copies one window into caller buffers (window x F, window x 3, window x 3, window); days past the
// end of the series are zero with mask 0.
void fillWindow(const PreparedSite& site, int start, int window, float* x, float* y, float* mask,
                float* weight);

// SHA-256 (hex) of the training data: site ids, day numbers, requested features and targets.
std::string trainingDataHash(const std::vector<const SiteSeries*>& sites,
                             const std::vector<std::string>& features);

} // namespace fluxlens::ml
