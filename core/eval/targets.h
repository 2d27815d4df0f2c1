#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace fluxlens::eval {

// A flux the evaluation scores. Observations come from the cache's flux table (FLUXNET USTAR50
// variables), predictions from a model's <target>_mean column or a reference product's column.
enum class Target { Gpp, Nee, Reco };
inline constexpr std::array kAllTargets = {Target::Gpp, Target::Nee, Target::Reco};

std::string_view targetCode(Target t);       // "GPP", "NEE", "RECO"
std::string_view observedColumn(Target t);   // "GPP_NT_VUT_USTAR50", "NEE_VUT_USTAR50", ...
std::string_view predictionColumn(Target t); // "GPP_mean", "NEE_mean", "RECO_mean"
std::string_view referenceColumn(Target t);  // "GPP", "NEE", "RECO"
std::optional<Target> parseTarget(std::string_view code); // "GPP"/"gpp", ...

// Which days count.
//   AllValid:       every day with a finite observation and a finite prediction.
//   HighestQuality: as AllValid, and NEE_VUT_USTAR50_QC = 1 and NEE_VUT_REF_QC = 1 (the paper's
//                   Table 1). The cache stores QC as the fraction (0..1) of measured or
//                   good-quality gap-filled records, so "= 1" means exactly 1.0: every record of
//                   the day was good. The mask applies to all targets (GPP and RECO are partitioned
//                   from the same NEE records).
enum class QcMask { AllValid, HighestQuality };
inline constexpr std::array kAllQcMasks = {QcMask::AllValid, QcMask::HighestQuality};

std::string_view qcMaskCode(QcMask m); // "all", "1" (the CLI's --qc values)
std::optional<QcMask> parseQcMask(std::string_view code);
// The mask as stored in the cache's metrics table (MetricRecord::qcMask): "" for AllValid,
// "NEE_VUT_USTAR50_QC=1;NEE_VUT_REF_QC=1" for HighestQuality.
std::string_view qcMaskStorageName(QcMask m);
std::optional<QcMask> parseQcMaskStorageName(std::string_view name);

} // namespace fluxlens::eval
