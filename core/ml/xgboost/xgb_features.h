#pragma once

// The flattened, non-temporal feature table of the XGBoost baseline: one row per site-day.
//
// Columns (xgbFeatureNames(drivers)), for the model's drivers (a feature preset of
// ml/feature_preset.h, by default the remote-sensing one):
// 1. The drivers themselves, the same names as the neural models' (DOY_SIN/DOY_COS computed as
//    the engine does, 2 pi (doy - 1) / 365.25).
// 2. Lagged meteorology, since a tree model sees one day at a time: trailing means over the last
//    7 days of temperature, shortwave radiation and VPD and over 30 days of precipitation and
//    soil water (ERA5-Land t2m/ssrd/vpd/tp/swvl1, tower TA_F/SW_IN_F/VPD_F/P_F, site ERA5
//    TA_ERA/SW_IN_ERA/VPD_ERA/P_ERA), the day itself included.
// 3. Mean-seasonal-cycle features of NDVI, EVI and NIRv when they are drivers: the site's mean
//    seasonal cycle at the day of year (all years, ±7-day window), the anomaly from it, and the
//    cycle's minimum, maximum and amplitude. FLUXCOM's remote-sensing setups derive such MSC
//    features from MODIS (Tramontana et al. 2016, Biogeosciences 13, 4291-4313; Jung et al.
//    2020, Biogeosciences 17, 1343-1365).
// 4. The site's IGBP class one-hot (IGBP_ENF ... IGBP_WAT): X-BASE includes the plant functional
//    type among its predictors (data record of Nelson et al. 2024, Biogeosciences 21, 5079-5115).
// What we could not confirm: X-BASE's exact list of lagged/aggregated predictors. Groups 2 and 3
// follow the FLUXCOM papers cited above, not a published X-BASE list. X-BASE also uses MODIS land
// surface temperature, which the cache does not hold, so it is not a feature here.

#include "ml/site_series.h"

#include <string>
#include <vector>

namespace fluxlens::xgb {

// The drivers of models saved before feature presets existed: the neural models' default
// (ml::defaultFeatures(), the `remote` preset).
std::vector<std::string> baseDriverNames();
// Every column of the table for these drivers, in order.
std::vector<std::string>
xgbFeatureNames(const std::vector<std::string>& drivers = baseDriverNames());

// Row-major table (days x features) for `features`, names from xgbFeatureNames(drivers); missing
// values are NaN (XGBoost treats them as missing). Throws ml::ModelError naming the feature when
// a name is unknown.
std::vector<float> featureTable(const ml::SiteSeries& site, const std::vector<std::string>& drivers,
                                const std::vector<std::string>& features);

} // namespace fluxlens::xgb
