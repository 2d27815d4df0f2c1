#include "eval/targets.h"

#include "cache/variables.h"

namespace fluxlens::eval {

std::string_view targetCode(Target t) {
    switch (t) {
    case Target::Gpp:
        return "GPP";
    case Target::Nee:
        return "NEE";
    case Target::Reco:
        return "RECO";
    }
    return "?";
}

std::string_view observedColumn(Target t) {
    switch (t) {
    case Target::Gpp:
        return var::GPP_NT_VUT_USTAR50;
    case Target::Nee:
        return var::NEE_VUT_USTAR50;
    case Target::Reco:
        return var::RECO_NT_VUT_USTAR50;
    }
    return {};
}

std::string_view predictionColumn(Target t) {
    switch (t) {
    case Target::Gpp:
        return var::GPP_mean;
    case Target::Nee:
        return var::NEE_mean;
    case Target::Reco:
        return var::RECO_mean;
    }
    return {};
}

std::string_view referenceColumn(Target t) {
    switch (t) {
    case Target::Gpp:
        return var::GPP;
    case Target::Nee:
        return var::NEE;
    case Target::Reco:
        return var::RECO;
    }
    return {};
}

std::optional<Target> parseTarget(std::string_view code) {
    for (Target t : kAllTargets) {
        const std::string_view name = targetCode(t);
        if (code.size() != name.size())
            continue;
        bool same = true;
        for (std::size_t i = 0; i < code.size() && same; ++i)
            same = (code[i] & ~0x20) == name[i];
        if (same)
            return t;
    }
    return std::nullopt;
}

std::string_view qcMaskCode(QcMask m) {
    return m == QcMask::AllValid ? "all" : "1";
}

std::optional<QcMask> parseQcMask(std::string_view code) {
    if (code == "all")
        return QcMask::AllValid;
    if (code == "1")
        return QcMask::HighestQuality;
    return std::nullopt;
}

std::string_view qcMaskStorageName(QcMask m) {
    return m == QcMask::AllValid ? "" : "NEE_VUT_USTAR50_QC=1;NEE_VUT_REF_QC=1";
}

std::optional<QcMask> parseQcMaskStorageName(std::string_view name) {
    for (QcMask m : kAllQcMasks)
        if (qcMaskStorageName(m) == name)
            return m;
    return std::nullopt;
}

} // namespace fluxlens::eval
