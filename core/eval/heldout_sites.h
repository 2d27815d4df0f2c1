#pragma once

// The zero-shot site set: the sites every model that records its held-out sites held out. One
// implementation for `fluxlens-cli evaluate --sites heldout`, the comparison views and the
// headless export.

#include "cache/cache.h"

#include <string>
#include <vector>

namespace fluxlens::eval {

struct HeldOutSites {
    enum class Status {
        Ok,           // siteIds holds at least one site
        NoneRecorded, // no model's metadata records held-out sites
        NoCommonSite, // the recorded lists have no site in common
    };
    Status status = Status::NoneRecorded;
    std::vector<std::string> siteIds;         // sorted, unique; empty unless Ok
    std::vector<std::string> recordingModels; // the models whose lists were intersected, in order

    bool usable() const { return status == Status::Ok; }
};

// Intersects the "heldout_sites" lists of `models` (recordedHeldOutSites()); models without such
// a list (reference products, models trained on every site) are skipped.
HeldOutSites commonHeldOutSites(const std::vector<ModelRecord>& models);

// Why the set cannot be used, in English for the command line; empty when usable.
std::string heldOutSitesProblem(const HeldOutSites& sites);

} // namespace fluxlens::eval
