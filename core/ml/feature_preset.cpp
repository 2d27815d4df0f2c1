#include "ml/feature_preset.h"

#include "common/join.h"
#include "ml/ml_config.h"

#include <algorithm>
#include <sstream>
#include <stdexcept>

namespace fluxlens::ml {
namespace {
const std::string kDoySin = "DOY_SIN";
const std::string kDoyCos = "DOY_COS";

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        const auto first = item.find_first_not_of(" \t");
        const auto last = item.find_last_not_of(" \t");
        if (first != std::string::npos)
            out.push_back(item.substr(first, last - first + 1));
    }
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

std::string label(const std::string& preset) {
    return preset == kCustomFeaturePreset ? std::string("feature list")
                                          : "feature preset '" + preset + "'";
}
} // namespace

std::vector<std::string> featurePresetNames() {
    return {"tower", "remote", "era5"};
}

FeaturePresetDefinition featurePresetDefinition(const std::string& preset) {
    if (preset == "tower")
        return {{"TA_F", "SW_IN_F", "VPD_F", "P_F", "SW_IN_POT", kDoySin, kDoyCos},
                {"LW_IN_F", "PA_F", "WS_F"}};
    if (preset == "remote")
        return {defaultFeatures(), {}};
    if (preset == "era5")
        return {{"TA_ERA", "SW_IN_ERA", "VPD_ERA", "P_ERA", kDoySin, kDoyCos},
                {"SW_IN_POT", "LW_IN_ERA", "PA_ERA", "WS_ERA"}};
    throw std::invalid_argument("'" + preset + "' is not a feature preset (tower, remote, era5)");
}

std::string featurePresetDescription(const std::string& preset) {
    if (preset == "tower")
        return "tower meteorology TA_F, SW_IN_F, VPD_F, P_F, SW_IN_POT and the day-of-year terms, "
               "plus LW_IN_F, PA_F and WS_F when every site has them";
    if (preset == "remote")
        return "ERA5-Land t2m, ssrd, vpd, tp and swvl1, MODIS bands b1-b7, NDVI, EVI and NIRv, "
               "and the day-of-year terms";
    if (preset == "era5")
        return "ERA5 downscaled to the tower (FLUXNET ERA5_DD): TA_ERA, SW_IN_ERA, VPD_ERA, P_ERA "
               "and the day-of-year terms, plus SW_IN_POT, LW_IN_ERA, PA_ERA and WS_ERA when every "
               "site "
               "them";
    return "a list of cache column names";
}

bool isDerivedFeature(const std::string& name) {
    return name == kDoySin || name == kDoyCos;
}

FeatureSelection
resolveFeaturePreset(const std::string& presetOrList, const std::vector<SiteDrivers>& sites,
                     const std::function<bool(const std::string&)>& isDriverColumn) {
    FeatureSelection selection;
    FeaturePresetDefinition definition;
    const std::vector<std::string> presets = featurePresetNames();
    if (contains(presets, presetOrList)) {
        selection.preset = presetOrList;
        definition = featurePresetDefinition(presetOrList);
    } else {
        selection.preset = kCustomFeaturePreset;
        definition.required = splitList(presetOrList);
        if (definition.required.empty())
            throw std::invalid_argument("no features given: name a preset (tower, remote, era5) "
                                        "or list cache column names separated by commas");
        std::set<std::string> seen;
        for (const std::string& name : definition.required)
            if (!seen.insert(name).second)
                throw std::invalid_argument("feature list names '" + name + "' twice");
    }
    const std::string what = label(selection.preset);

    std::vector<std::string> unknown;
    for (const auto* list : {&definition.required, &definition.optional})
        for (const std::string& name : *list)
            if (!isDerivedFeature(name) && !isDriverColumn(name))
                unknown.push_back(name);
    if (!unknown.empty())
        throw std::invalid_argument(what + ": " + joined(unknown) +
                                    (unknown.size() == 1 ? " is" : " are") +
                                    " not a driver column of the cache (reanalysis, remote "
                                    "sensing or tower meteorology)");

    // Sites holding none of the drivers are another kind of site (left out); sites holding some
    // but not all required drivers cannot be served and are reported.
    std::vector<std::string> problems;
    std::vector<const SiteDrivers*> used;
    for (const SiteDrivers& site : sites) {
        std::vector<std::string> missing;
        bool any = false;
        for (const std::string& name : definition.required) {
            if (isDerivedFeature(name))
                continue;
            if (site.variables.contains(name))
                any = true;
            else
                missing.push_back(name);
        }
        if (!any) {
            selection.leftOut.push_back(site.siteId);
            continue;
        }
        if (!missing.empty()) {
            problems.push_back(site.siteId + " lacks " + joined(missing));
            continue;
        }
        used.push_back(&site);
    }
    if (!problems.empty())
        throw std::invalid_argument(what + ": missing drivers: " + [&] {
            std::string text;
            for (const std::string& p : problems)
                text += (text.empty() ? "" : "; ") + p;
            return text;
        }());
    if (used.empty()) {
        std::vector<std::string> drivers;
        for (const std::string& name : definition.required)
            if (!isDerivedFeature(name))
                drivers.push_back(name);
        throw std::invalid_argument(
            what + ": no site has the drivers " + joined(drivers) +
            (sites.empty() ? std::string(" (the cache holds no site)")
                           : " (sites without them: " + joined(selection.leftOut) + ")"));
    }

    selection.features = definition.required;
    for (const std::string& name : definition.optional)
        if (std::all_of(used.begin(), used.end(),
                        [&](const SiteDrivers* s) { return s->variables.contains(name); }))
            selection.features.push_back(name);
    // The day-of-year terms last, as in the engine's default list.
    std::stable_partition(selection.features.begin(), selection.features.end(),
                          [](const std::string& n) { return !isDerivedFeature(n); });
    for (const SiteDrivers* s : used)
        selection.sites.push_back(s->siteId);
    return selection;
}

std::string presetOfFeatures(const std::vector<std::string>& features) {
    for (const std::string& preset : featurePresetNames()) {
        const FeaturePresetDefinition d = featurePresetDefinition(preset);
        const bool hasRequired = std::all_of(d.required.begin(), d.required.end(),
                                             [&](const auto& n) { return contains(features, n); });
        const bool nothingElse = std::all_of(features.begin(), features.end(), [&](const auto& n) {
            return contains(d.required, n) || contains(d.optional, n);
        });
        if (hasRequired && nothingElse)
            return preset;
    }
    return kCustomFeaturePreset;
}

} // namespace fluxlens::ml
