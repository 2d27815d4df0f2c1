// FluxModel::ensemble: joins members trained one at a time (TrainRequest::firstMember) into the
// ensemble a single run with config.seeds members would have given.
#include "ml/engine.h"
#include "ml/model_error.h"

namespace fluxlens::ml {
namespace {
// The settings that must agree; seed and seeds are what differs between the parts.
MlConfig withoutSeeds(MlConfig config) {
    config.seed = 0;
    config.seeds = 1;
    config.device = "auto";
    config.threads = 1;
    return config;
}

void requireSame(bool same, const FluxModel::Impl& first, const FluxModel::Impl& part,
                 const char* what) {
    if (!same)
        throw ModelError("cannot join '" + part.name + "' into an ensemble with '" + first.name +
                         "': the " + what + " differ");
}
} // namespace

FluxModel FluxModel::ensemble(std::vector<FluxModel> parts) {
    if (parts.empty())
        throw ModelError("an ensemble needs at least one model");
    auto joined = std::make_unique<Impl>(*parts.front().m_impl);
    joined->members.clear();
    joined->memberSeeds.clear();
    joined->memberValidationLoss.clear();
    joined->cancelled = false;
    for (const FluxModel& part : parts) {
        const Impl& p = *part.m_impl;
        requireSame(p.kind == joined->kind, *joined, p, "model kinds");
        requireSame(withoutSeeds(p.config) == withoutSeeds(joined->config), *joined, p, "settings");
        requireSame(p.trainingSites == joined->trainingSites &&
                        p.validationSites == joined->validationSites &&
                        p.heldOutSites == joined->heldOutSites,
                    *joined, p, "training, validation or held-out sites");
        requireSame(p.dataHash == joined->dataHash, *joined, p, "training data");
        requireSame(p.norm.features == joined->norm.features && p.norm.mean == joined->norm.mean &&
                        p.norm.stddev == joined->norm.stddev &&
                        p.norm.targetScale == joined->norm.targetScale,
                    *joined, p, "normalisations");
        if (p.cancelled)
            throw ModelError("cannot join '" + p.name +
                             "' into an ensemble: its training was "
                             "stopped early");
        for (std::size_t k = 0; k < p.members.size(); ++k) {
            // Network is a shared module holder: the parts were moved in, so their members can
            // be taken over as they are.
            joined->members.push_back(p.members[k]);
            joined->memberSeeds.push_back(p.memberSeeds[k]);
            joined->memberValidationLoss.push_back(p.memberValidationLoss[k]);
        }
    }
    joined->config.seeds = static_cast<int>(joined->members.size());
    joined->config.seed = joined->memberSeeds.front();
    return FluxModel(std::move(joined));
}

} // namespace fluxlens::ml
