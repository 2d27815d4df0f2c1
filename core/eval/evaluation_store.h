#pragma once

// The evaluation's link to the cache: read observations, predictions and reference products;
// write the figures back with the model and data versions they came from.

#include "cache/cache.h"
#include "eval/evaluation.h"

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
// data, from one cache. Throws InputError (from the cache) on a corrupt cache.
EvaluationInput loadEvaluationInput(const Cache& cache, const LoadOptions& options = {});

// A fingerprint of the observations: the cache's import log (file hashes, superseded flags).
// Changes whenever an import adds or replaces data. "fnv1a64:<16 hex digits>".
std::string dataVersion(const Cache& cache);
// A fingerprint of a registered model: kind, folder, metadata and registration time.
std::string modelVersion(const ModelRecord& model);

// The held-out (zero-shot) sites a model's metadata records under "heldout_sites"; nullopt when
// the metadata has no such list (or is not JSON).
std::optional<std::vector<std::string>> recordedHeldOutSites(const ModelRecord& model);

// One MetricRecord per site metric, plus the pooled figure (siteId "") of every summary row.
// target: the observed column ("GPP_NT_VUT_USTAR50"); qcMask: qcMaskStorageName().
std::vector<MetricRecord> metricRecords(const EvaluationResult& result,
                                        const EvaluationInput& input);

// Stores metricRecords() in one transaction. Reference products that are not registered models
// are registered first with kind "reference" so their metrics have an owner.
void storeEvaluation(Cache& cache, const EvaluationResult& result, const EvaluationInput& input);

} // namespace fluxlens::eval
