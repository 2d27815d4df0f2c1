#include "train_options.h"

#include "common/join.h"
#include "ml/driver_availability.h"

#include <algorithm>
#include <iostream>
#include <sstream>
#include <stdexcept>

namespace fluxlens::cli {
ml::FeatureSelection featureSelection(const Args& args, const Cache& cache,
                                      const std::string& fallback) {
    const std::string wanted = args.value("--features").value_or(fallback);
    try {
        return ml::resolveFeaturePreset(wanted, cache);
    } catch (const std::invalid_argument& e) {
        throw std::runtime_error(cache.path() + ": --features " + wanted + ": " + e.what());
    }
}

void printFeatureSelection(const ml::FeatureSelection& selection) {
    std::cout << "Features (" << selection.preset << "): " << joined(selection.features) << '\n'
              << selection.sites.size() << " site(s) with these drivers";
    if (!selection.leftOut.empty())
        std::cout << "; left out for lack of them: " << joined(selection.leftOut);
    std::cout << std::endl;
}

std::optional<std::vector<std::string>>
heldOutSitesOption(const Args& args, const std::vector<ml::SiteSeries>& sites) {
    std::vector<std::string> knownSites;
    for (const ml::SiteSeries& s : sites)
        knownSites.push_back(s.id);
    const auto text = args.value("--holdout-sites");
    if (!text)
        return std::nullopt;
    std::vector<std::string> ids;
    std::stringstream in(*text);
    std::string id;
    while (std::getline(in, id, ','))
        if (!id.empty())
            ids.push_back(id);
    if (ids.empty())
        throw UsageError("--holdout-sites needs at least one site id");
    for (const std::string& s : ids)
        if (std::find(knownSites.begin(), knownSites.end(), s) == knownSites.end())
            throw UsageError("--holdout-sites: '" + s +
                             "' is not among the sites with the model's drivers (" +
                             joined(knownSites) + ")");
    return ids;
}

} // namespace fluxlens::cli
