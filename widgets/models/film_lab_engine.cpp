#include "film_lab_engine.h"

#include "cache/cache.h"
#include "ml/cache_source.h"

#include <chrono>
#include <stdexcept>

namespace fluxlens {

std::unique_ptr<FilmLabEngine> FilmLabEngine::open(const Cache& cache, const std::string& folder) {
    ml::FluxModel model = [&] {
        try {
            return ml::FluxModel::load(folder);
        } catch (const std::exception& e) {
            throw std::runtime_error(folder + " is not a usable model: " + e.what());
        }
    }();
    if (model.kind() != ml::ModelKind::TamRl)
        throw std::runtime_error(folder + ": a " + std::string(ml::defaultModelName(model.kind())) +
                                 " model has no FiLM layers; the FiLM lab needs a TAM-RL model");
    std::vector<ml::SiteSeries> sites = ml::loadSiteSeries(cache, model.config().features);
    if (sites.empty())
        throw std::runtime_error(cache.path() + ": no site has the drivers the model needs");
    return std::make_unique<FilmLabEngine>(std::move(model), std::move(sites));
}

FilmLabEngine::FilmLabEngine(ml::FluxModel model, std::vector<ml::SiteSeries> sites)
    : m_model(std::move(model))
    , m_sites(std::move(sites)) {
    m_model.setDevice("cpu", 1); // the lab's figures are for the CPU; one thread is fastest here
    m_embeddings.reserve(m_sites.size());
    m_memberEmbeddings.reserve(m_sites.size());
    for (std::size_t i = 0; i < m_sites.size(); ++i) {
        m_index[m_sites[i].id] = i;
        m_memberEmbeddings.push_back(m_model.taskEmbeddings(m_sites[i]));
        m_embeddings.push_back(m_memberEmbeddings.back().front());
    }
    m_projection = projectEmbeddings(m_embeddings);
}

const ml::SiteSeries* FilmLabEngine::site(const std::string& id) const {
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &m_sites[it->second];
}

std::vector<std::string> FilmLabEngine::inputFeatureNames() const {
    return m_model.config().features;
}

FilmResult FilmLabEngine::compute(const FilmRequest& request) const {
    FilmResult result;
    result.request = request;
    try {
        const ml::SiteSeries* target = site(request.siteId);
        if (!target)
            throw std::runtime_error("site '" + request.siteId + "' has no drivers in the cache");
        ml::FilmControl control;
        control.scale = request.scale;
        control.siteEmbeddings = &m_memberEmbeddings[m_index.at(request.siteId)];
        if (!request.embeddingFrom.empty() && request.mix > 0.0) {
            control.embeddingFrom = site(request.embeddingFrom);
            if (!control.embeddingFrom)
                throw std::runtime_error("site '" + request.embeddingFrom +
                                         "' has no drivers in the cache");
            control.embeddingFromEmbeddings =
                &m_memberEmbeddings[m_index.at(request.embeddingFrom)];
            control.mix = request.mix;
        }
        const auto start = std::chrono::steady_clock::now();
        result.film = m_model.filmParameters(*target, control, request.member);
        result.modulated = request.days ? m_model.predict(*target, control, *request.days)
                                        : m_model.predict(*target, control);
        result.milliseconds =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        ml::FilmControl learnedControl; // scale 1, own embedding: the model as trained
        learnedControl.siteEmbeddings = control.siteEmbeddings;
        std::lock_guard lock(m_learnedMutex);
        auto it = m_learned.find(request.siteId);
        if (it == m_learned.end())
            it = m_learned.emplace(request.siteId, m_model.predict(*target, learnedControl)).first;
        result.learned = it->second;
    } catch (const std::exception& e) {
        result.error = e.what();
    }
    return result;
}

} // namespace fluxlens
