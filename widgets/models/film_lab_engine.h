#pragma once

#include "embedding_pca.h"
#include "ml/flux_model.h"
#include "ml/site_series.h"

#include <QString>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace fluxlens {

class Cache;

// One setting of the FiLM lab's controls.
struct FilmRequest {
    std::string siteId;
    double scale = 1.0;        // 0: bare decoder, 1: as learned, 2: exaggerated
    std::string embeddingFrom; // empty: the site's own embedding
    double mix = 0.0;          // share of embeddingFrom's embedding, 0..1
    int member = 0;            // ensemble member whose FiLM parameters are shown
    // Days to predict with this setting (the period the series chart shows); none: whole record.
    std::optional<ml::DayRange> days;
};

struct FilmResult {
    FilmRequest request;
    ml::FilmParameters film;      // after scale and mixing
    ml::SitePrediction modulated; // the prediction with this FiLM setting, on request.days
    ml::SitePrediction learned;   // scale 1, own embedding (the model as trained)
    double milliseconds = 0.0;    // time to compute film + modulated
    std::string error;            // non-empty when the request could not be computed
};

// The FiLM lab's engine: one TAM-RL model, every site's inputs read once from the cache, the
// sites' task embeddings (every member's, computed once and reused by each change of the
// controls) and their 2-D PCA. compute() is safe to call from one worker thread at a
// time while the GUI reads the const accessors.
class FilmLabEngine {
public:
    // Loads the model `folder` and the sites of `cache` (its features). Throws
    // std::runtime_error naming the folder or cache when either is unusable, and when the model
    // is not TAM-RL (only TAM-RL has FiLM layers).
    static std::unique_ptr<FilmLabEngine> open(const Cache& cache, const std::string& folder);
    // The same from sites already in memory (tests, benchmark).
    FilmLabEngine(ml::FluxModel model, std::vector<ml::SiteSeries> sites);

    const ml::FluxModel& model() const { return m_model; }
    const std::vector<ml::SiteSeries>& sites() const { return m_sites; }
    const ml::SiteSeries* site(const std::string& id) const;
    const std::vector<std::vector<float>>& embeddings() const { return m_embeddings; }
    const EmbeddingProjection& projection() const { return m_projection; }
    // Input feature names in the order of gamma1/beta1 (the model's features).
    std::vector<std::string> inputFeatureNames() const;

    FilmResult compute(const FilmRequest& request) const;

private:
    ml::FluxModel m_model;
    std::vector<ml::SiteSeries> m_sites;
    std::map<std::string, std::size_t> m_index;
    std::vector<ml::MemberEmbeddings> m_memberEmbeddings; // per site: one per ensemble member
    std::vector<std::vector<float>> m_embeddings;         // member 0, one per site
    EmbeddingProjection m_projection;
    mutable std::mutex m_learnedMutex;
    mutable std::map<std::string, ml::SitePrediction> m_learned; // per site, computed on demand
};

} // namespace fluxlens
