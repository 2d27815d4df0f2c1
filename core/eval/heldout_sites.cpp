#include "eval/heldout_sites.h"

#include "eval/evaluation_store.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace fluxlens::eval {

HeldOutSites commonHeldOutSites(const std::vector<ModelRecord>& models) {
    HeldOutSites out;
    std::optional<std::vector<std::string>> common;
    for (const ModelRecord& model : models) {
        auto ids = recordedHeldOutSites(model);
        if (!ids)
            continue;
        out.recordingModels.push_back(model.name);
        std::sort(ids->begin(), ids->end());
        ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
        if (!common) {
            common = std::move(*ids);
            continue;
        }
        std::vector<std::string> both;
        std::set_intersection(common->begin(), common->end(), ids->begin(), ids->end(),
                              std::back_inserter(both));
        common = std::move(both);
    }
    if (!common)
        out.status = HeldOutSites::Status::NoneRecorded;
    else if (common->empty())
        out.status = HeldOutSites::Status::NoCommonSite;
    else {
        out.status = HeldOutSites::Status::Ok;
        out.siteIds = std::move(*common);
    }
    return out;
}

std::string heldOutSitesProblem(const HeldOutSites& sites) {
    switch (sites.status) {
    case HeldOutSites::Status::Ok:
        return {};
    case HeldOutSites::Status::NoneRecorded:
        return "no model in the cache records its held-out sites";
    case HeldOutSites::Status::NoCommonSite: {
        std::string names;
        for (const std::string& name : sites.recordingModels)
            names += (names.empty() ? "" : ", ") + name;
        return "the held-out sites of the models that record them (" + names +
               ") have no site in common";
    }
    }
    return {};
}

} // namespace fluxlens::eval
