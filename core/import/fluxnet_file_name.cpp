#include "import/fluxnet_file_name.h"

#include <regex>

namespace fluxlens {

std::optional<FluxnetFileName> parseFluxnetFileName(std::string_view baseName) {
    static const std::regex pattern(
        R"(^(FLX|AMF|ICOSETC|ICOS|TERN)_([A-Za-z]{2}-[A-Za-z0-9]{3})_(FLUXNET2015|FLUXNET)_)"
        R"((?:([A-Z0-9]+)_)?(DD|HH|HR|WW|MM|YY)(?:_(\d{4})-(\d{4}))?)"
        R"((?:_([A-Za-z0-9.\-]+(?:_r\d+)?))?\.[cC][sS][vV]$)");
    // The Shuttle's site metadata member has no resolution part.
    static const std::regex shuttleBif(
        R"(^(FLX|AMF|ICOSETC|ICOS|TERN)_([A-Za-z]{2}-[A-Za-z0-9]{3})_(FLUXNET)_(BIF)())"
        R"(_(\d{4})-(\d{4})_(v[0-9.]+_r\d+)\.[cC][sS][vV]$)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(baseName.begin(), baseName.end(), match, pattern) &&
        !std::regex_match(baseName.begin(), baseName.end(), match, shuttleBif))
        return std::nullopt;
    FluxnetFileName name;
    name.prefix = match[1].str();
    name.siteId = match[2].str();
    name.product = match[3].str();
    name.dataset = match[4].str();
    name.resolutionCode = match[5].str();
    if (match[6].matched) {
        name.firstYear = std::stoi(match[6].str());
        name.lastYear = std::stoi(match[7].str());
    }
    name.version = match[8].str();
    const std::string& r = name.resolutionCode;
    name.resolution = r == "HH"   ? FluxnetResolution::HalfHourly
                      : r == "HR" ? FluxnetResolution::Hourly
                      : r == "DD" ? FluxnetResolution::Daily
                      : r == "WW" ? FluxnetResolution::Weekly
                      : r == "MM" ? FluxnetResolution::Monthly
                      : r == "YY" ? FluxnetResolution::Yearly
                                  : FluxnetResolution::None;
    return name;
}

std::string FluxnetFileName::network() const {
    if (prefix == "AMF")
        return "AmeriFlux";
    if (prefix == "ICOSETC" || prefix == "ICOS")
        return "ICOS";
    if (prefix == "TERN")
        return "TERN";
    return "FLUXNET2015";
}

std::string FluxnetFileName::datasetKey() const {
    std::string key = prefix + "_" + siteId + "_" + product + "_";
    if (!dataset.empty())
        key += dataset + (resolutionCode.empty() ? "" : "_");
    return key + resolutionCode;
}

bool FluxnetFileName::isShuttle() const {
    static const std::regex shuttleVersion(R"(^v[0-9.]+_r\d+$)");
    return std::regex_match(version, shuttleVersion);
}

bool FluxnetFileName::isEra5() const {
    return dataset == "ERA5";
}

std::optional<std::string> fluxnetShuttleArchiveVersion(std::string_view baseName) {
    static const std::regex archive(
        R"(^(?:FLX|AMF|ICOSETC|ICOS|TERN)_[A-Za-z]{2}-[A-Za-z0-9]{3}_FLUXNET_\d{4}-\d{4}_)"
        R"((v[0-9.]+_r\d+)\.[zZ][iI][pP]$)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(baseName.begin(), baseName.end(), match, archive))
        return std::nullopt;
    return match[1].str();
}

bool FluxnetFileName::isFluxSeries() const {
    return dataset.empty() || dataset == "FULLSET" || dataset == "SUBSET" || dataset == "FLUXMET";
}

} // namespace fluxlens
