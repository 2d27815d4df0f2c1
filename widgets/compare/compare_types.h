#pragma once

#include <QString>
#include <array>
#include <optional>
#include <string_view>

namespace fluxlens {

// The fluxes the comparison views show (gC m-2 d-1).
enum class FluxTarget { Gpp, Reco, Nee };
inline constexpr std::array kAllFluxTargets = {FluxTarget::Gpp, FluxTarget::Reco, FluxTarget::Nee};

// Which days a metric was computed on: all valid days, or only the highest-quality ones
// (NEE_VUT_USTAR50_QC = 1 and NEE_VUT_REF_QC = 1, the paper's Table 1).
enum class QcChoice { AllDays, HighQuality };

QString fluxTargetName(FluxTarget t);                  // "GPP", "RECO", "NEE"
std::string_view observedColumnOf(FluxTarget t);       // "GPP_NT_VUT_USTAR50", ...
std::string_view predictionMeanColumnOf(FluxTarget t); // "GPP_mean", ...
std::string_view predictionSdColumnOf(FluxTarget t);   // "GPP_sd", ...
std::string_view referenceColumnOf(FluxTarget t);      // "GPP", ...
// Accepts the short code ("GPP", case-insensitive) or the observed FLUXNET column name.
std::optional<FluxTarget> parseFluxTarget(std::string_view text);
// MetricRecord::qcMask as the evaluation engine stores it: "" (or "all") for all days; the
// highest-quality mask otherwise. Unknown masks give nullopt.
std::optional<QcChoice> parseQcStorageName(std::string_view mask);
QString qcChoiceName(QcChoice qc); // "all days", "QC = 1"

// Which sites the comparison views score: every site with metrics, or only the sites every model
// that records held-out sites held out (zero-shot for all of them).
enum class SiteSet { All, HeldOut };
QString siteSetKey(SiteSet set); // "all", "heldout" (settings, command line)
std::optional<SiteSet> parseSiteSet(const QString& key);

// The unit every flux axis shows.
QString fluxUnit();

} // namespace fluxlens
