#pragma once

// The evaluation's link to the cache: read observations, predictions and reference products;
// write the figures back with the model and data versions they came from.

#include "cache/cache.h"
#include "eval/evaluation.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace fluxlens::eval {

struct LoadOptions {
    std::vector<Target> targets = {Target::Gpp, Target::Nee};
    // Site ids to evaluate; empty: every site with flux data. Ids without flux data are ignored.
    std::vector<std::string> siteIds;
    bool includeReferences = true; // reference products (Cache::referenceProducts())
};

// Every model with predictions and every reference product, at every selected site with flux
// data, from one cache. A site some registered TAM-RL model held out keeps only the days from the
// latest heldOutScoredFrom() on, for every source alike (ObservedSite::scoredFromDay). Throws
// InputError (from the cache) on a corrupt cache.
EvaluationInput loadEvaluationInput(const Cache& cache, const LoadOptions& options = {});

// The reference product the relative figures compare against by default: FLUXCOM-X-BASE when
// cached, else the first reference product; empty when there is none.
std::string defaultReferenceProduct(const Cache& cache);

// A fingerprint of the observations: the cache's import log (file hashes, superseded flags).
// Changes whenever an import adds or replaces data. "fnv1a64:<16 hex digits>".
std::string dataVersion(const Cache& cache);
// A fingerprint of a registered model: kind, folder, metadata and registration time.
std::string modelVersion(const ModelRecord& model);

// The held-out (zero-shot) sites a model's metadata records under "heldout_sites"; nullopt when
// the metadata has no such list (or is not JSON).
std::optional<std::vector<std::string>> recordedHeldOutSites(const ModelRecord& model);

// Where a model's held-out sites are scored from (day numbers by site id): after their support
// years, which gave the task embedding. TAM-RL models record it as "heldout_scored_from"; for one
// saved before that, 1 January of (the site's first observed year + config.support_years), with
// the first observed day taken from `firstObservedDay`. Empty for other kinds (ModelRecord::kind
// other than "tamrl": they use no support years) and for metadata without held-out sites.
std::map<std::string, int> heldOutScoredFrom(const ModelRecord& model,
                                             const std::map<std::string, int>& firstObservedDay);

// One MetricRecord per site metric, plus the pooled figure (siteId "") of every summary row.
// target: the observed column ("GPP_NT_VUT_USTAR50"); qcMask: qcMaskStorageName().
std::vector<MetricRecord> metricRecords(const EvaluationResult& result,
                                        const EvaluationInput& input);

// Stores metricRecords() in one transaction. Reference products that are not registered models
// are registered first with kind "reference" so their metrics have an owner.
void storeEvaluation(Cache& cache, const EvaluationResult& result, const EvaluationInput& input);

} // namespace fluxlens::eval
