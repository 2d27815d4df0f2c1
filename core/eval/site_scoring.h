#pragma once

// Private to fluxlens_eval: the per-site pass over observed and predicted days.

#include "eval/error_stats.h"
#include "eval/evaluation_input.h"

#include <array>
#include <vector>

namespace fluxlens::eval::detail {

// Accumulators for every target (index Target) and mask (index QcMask) at one site.
using SiteAccumulators = std::array<std::array<ErrorAccumulator, 2>, 3>;

// Checks that every vector of the site has one value per day and that days increase; throws
// std::invalid_argument naming `what` (source and site) otherwise.
void checkShape(const ObservedSite& site);
void checkShape(const PredictedSite& site, const std::string& what);

// 1 where the day is of the highest quality: NEE_VUT_USTAR50_QC = 1 and NEE_VUT_REF_QC = 1. The
// cache stores QC as the fraction of good records, so "= 1" means exactly 1.0. No QC columns: all
// 0.
std::vector<unsigned char> highestQualityDays(const ObservedSite& site);

// Joins the two day axes and accumulates each requested target under each mask. `best` comes
// from highestQualityDays(observed).
SiteAccumulators scoreSite(const ObservedSite& observed, const std::vector<unsigned char>& best,
                           const PredictedSite& predicted, const std::vector<Target>& targets);

// Calendar month of a day number (days since 1970-01-01) as year * 12 + (month - 1).
int monthIndex(int dayNumber);

// As scoreSite, for a monthly product: each product value is paired with the month's mean of the
// observations (see kMinMonthlyValidShare in evaluation.h), the mask applied to the days before
// averaging. Throws std::invalid_argument naming `what` when the product has two values in one
// month.
SiteAccumulators scoreSiteMonthly(const ObservedSite& observed,
                                  const std::vector<unsigned char>& best,
                                  const PredictedSite& predicted,
                                  const std::vector<Target>& targets, const std::string& what);

} // namespace fluxlens::eval::detail
