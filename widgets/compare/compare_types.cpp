#include "compare_types.h"

#include "cache/variables.h"
#include "eval/targets.h"

#include <QCoreApplication>

namespace fluxlens {

QString fluxTargetName(FluxTarget t) {
    switch (t) {
    case FluxTarget::Gpp:
        return QStringLiteral("GPP");
    case FluxTarget::Reco:
        return QStringLiteral("RECO");
    case FluxTarget::Nee:
        return QStringLiteral("NEE");
    }
    return {};
}

std::string_view observedColumnOf(FluxTarget t) {
    switch (t) {
    case FluxTarget::Gpp:
        return var::GPP_NT_VUT_USTAR50;
    case FluxTarget::Reco:
        return var::RECO_NT_VUT_USTAR50;
    case FluxTarget::Nee:
        return var::NEE_VUT_USTAR50;
    }
    return {};
}

std::string_view predictionMeanColumnOf(FluxTarget t) {
    switch (t) {
    case FluxTarget::Gpp:
        return var::GPP_mean;
    case FluxTarget::Reco:
        return var::RECO_mean;
    case FluxTarget::Nee:
        return var::NEE_mean;
    }
    return {};
}

std::string_view predictionSdColumnOf(FluxTarget t) {
    switch (t) {
    case FluxTarget::Gpp:
        return var::GPP_sd;
    case FluxTarget::Reco:
        return var::RECO_sd;
    case FluxTarget::Nee:
        return var::NEE_sd;
    }
    return {};
}

std::string_view referenceColumnOf(FluxTarget t) {
    switch (t) {
    case FluxTarget::Gpp:
        return var::GPP;
    case FluxTarget::Reco:
        return var::RECO;
    case FluxTarget::Nee:
        return var::NEE;
    }
    return {};
}

std::optional<FluxTarget> parseFluxTarget(std::string_view text) {
    const QString code = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    for (FluxTarget t : kAllFluxTargets) {
        if (code.compare(fluxTargetName(t), Qt::CaseInsensitive) == 0 ||
            text == observedColumnOf(t))
            return t;
    }
    return std::nullopt;
}

std::optional<QcChoice> parseQcStorageName(std::string_view mask) {
    if (const auto m = eval::parseQcMaskStorageName(mask))
        return *m == eval::QcMask::AllValid ? QcChoice::AllDays : QcChoice::HighQuality;
    if (const auto m = eval::parseQcMask(mask))
        return *m == eval::QcMask::AllValid ? QcChoice::AllDays : QcChoice::HighQuality;
    if (mask.empty())
        return QcChoice::AllDays;
    return std::nullopt;
}

QString qcChoiceName(QcChoice qc) {
    return qc == QcChoice::AllDays ? QCoreApplication::translate("fluxlens::QcChoice", "all days")
                                   : QCoreApplication::translate("fluxlens::QcChoice", "QC = 1");
}

QString siteSetKey(SiteSet set) {
    return set == SiteSet::All ? QStringLiteral("all") : QStringLiteral("heldout");
}

std::optional<SiteSet> parseSiteSet(const QString& key) {
    if (key == QLatin1String("all"))
        return SiteSet::All;
    if (key == QLatin1String("heldout"))
        return SiteSet::HeldOut;
    return std::nullopt;
}

QString fluxUnit() {
    return QStringLiteral("gC m⁻² d⁻¹");
}

} // namespace fluxlens
