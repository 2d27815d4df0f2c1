#include "import/fluxnet_file_name.h"

#include <regex>

namespace fluxlens {

std::optional<FluxnetFileName> parseFluxnetFileName(std::string_view baseName) {
    static const std::regex pattern(
        R"(^(FLX|AMF|ICOSETC)_([A-Za-z]{2}-[A-Za-z0-9]{3})_(FLUXNET2015|FLUXNET)_)"
        R"((?:([A-Z]+)_)?(DD|HH|HR|WW|MM|YY)(?:_(\d{4})-(\d{4}))?(?:_([A-Za-z0-9.\-]+))?\.[cC][sS][vV]$)");
    std::match_results<std::string_view::const_iterator> match;
    if (!std::regex_match(baseName.begin(), baseName.end(), match, pattern))
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
                                  : FluxnetResolution::Yearly;
    return name;
}

std::string FluxnetFileName::network() const {
    if (prefix == "AMF")
        return "AmeriFlux";
    if (prefix == "ICOSETC")
        return "ICOS";
    return "FLUXNET2015";
}

std::string FluxnetFileName::datasetKey() const {
    std::string key = prefix + "_" + siteId + "_" + product + "_";
    if (!dataset.empty())
        key += dataset + "_";
    return key + resolutionCode;
}

bool FluxnetFileName::isFluxSeries() const {
    return dataset.empty() || dataset == "FULLSET" || dataset == "SUBSET";
}

} // namespace fluxlens
