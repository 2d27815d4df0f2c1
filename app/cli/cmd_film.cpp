// fluxlens-cli film: a TAM-RL model's FiLM parameters and its modulated prediction for one site,
// so the FiLM lab's numbers can be checked outside the GUI. At scale 1 without mixing the
// prediction is exactly `predict`'s.
#include "fluxlens_config.h"
#if FLUXLENS_HAVE_ML

#include "args.h"
#include "cache/cache.h"
#include "command.h"
#include "common/dates.h"
#include "common/input_error.h"
#include "ml/cache_source.h"
#include "ml/flux_model.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

namespace fluxlens::cli {
namespace {
nlohmann::json numbers(const std::vector<float>& values) {
    nlohmann::json out = nlohmann::json::array();
    for (float v : values)
        out.push_back(std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr));
    return out;
}

double finiteOption(const Args& args, const std::string& key, double fallback) {
    const double value = args.doubleValue(key, fallback);
    if (!std::isfinite(value))
        throw UsageError(key + " must be a finite number");
    return value;
}

ml::SiteSeries loadOneSite(const Cache& cache, const ml::FluxModel& model, const std::string& id) {
    std::vector<ml::SiteSeries> sites = ml::loadSiteSeries(cache, model.config().features, {id});
    if (sites.empty())
        throw InputError(cache.path(), "site " + id + " has none of the model's drivers");
    return std::move(sites.front());
}

void printRange(const char* name, const std::vector<float>& v) {
    double lo = INFINITY, hi = -INFINITY, sum = 0;
    for (float x : v) {
        lo = std::min(lo, double(x));
        hi = std::max(hi, double(x));
        sum += x;
    }
    std::printf("  %-7s n=%-4zu min %9.4f  mean %9.4f  max %9.4f\n", name, v.size(), lo,
                v.empty() ? 0.0 : sum / double(v.size()), hi);
}

int runFilm(std::span<const std::string> arguments) {
    const Args args(arguments, {"--json"});
    args.rejectUnknown({"--cache", "--model", "--site", "--scale", "--embedding-from", "--mix",
                        "--member", "--json"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const std::string cachePath = args.required("--cache");
    const std::string modelDir = args.required("--model");
    const std::string siteId = args.required("--site");
    const double scale = finiteOption(args, "--scale", 1.0);
    const std::optional<std::string> donorId = args.value("--embedding-from");
    if (args.value("--mix") && !donorId)
        throw UsageError("--mix needs --embedding-from");
    const double mix = finiteOption(args, "--mix", 1.0);
    if (mix < 0.0 || mix > 1.0)
        throw UsageError("--mix must lie in 0..1");
    const int member = args.intValue("--member", 0);

    const Cache cache = Cache::openExisting(cachePath);
    ml::FluxModel model = ml::FluxModel::load(modelDir);
    if (model.kind() != ml::ModelKind::TamRl)
        throw InputError(modelDir, "a " + std::string(ml::defaultModelName(model.kind())) +
                                       " model has no FiLM layers (film needs TAM-RL)");
    if (member < 0 || member >= model.memberCount())
        throw UsageError("--member must lie in 0.." + std::to_string(model.memberCount() - 1));
    model.setDevice("cpu", 1);

    const ml::SiteSeries site = loadOneSite(cache, model, siteId);
    std::optional<ml::SiteSeries> donor;
    ml::FilmControl control;
    control.scale = scale;
    if (donorId) {
        donor = loadOneSite(cache, model, *donorId);
        control.embeddingFrom = &*donor;
        control.mix = mix;
    }
    const ml::FilmParameters film = model.filmParameters(site, control, member);
    const ml::SitePrediction prediction = model.predict(site, control);

    if (args.flag("--json")) {
        nlohmann::json dates = nlohmann::json::array();
        for (int d : prediction.dayNumbers)
            dates.push_back(formatIsoDate(fromDayNumber(d)));
        const nlohmann::json out{
            {"model", model.name()},
            {"site", site.id},
            {"scale", scale},
            {"embedding_from", donorId ? nlohmann::json(*donorId) : nlohmann::json(nullptr)},
            {"mix", donorId ? mix : 0.0},
            {"member", member},
            {"features", model.config().features},
            {"embedding", numbers(film.embedding)},
            {"gamma1", numbers(film.gamma1)},
            {"beta1", numbers(film.beta1)},
            {"gamma2", numbers(film.gamma2)},
            {"beta2", numbers(film.beta2)},
            {"prediction",
             {{"date", dates},
              {"GPP", numbers(prediction.gpp)},
              {"RECO", numbers(prediction.reco)},
              {"NEE", numbers(prediction.nee)},
              {"GPP_sd", numbers(prediction.gppSd)},
              {"RECO_sd", numbers(prediction.recoSd)},
              {"NEE_sd", numbers(prediction.neeSd)}}}};
        std::cout << out.dump() << "\n";
        return 0;
    }
    std::printf("%s at %s, member %d, scale %.3f", model.name().c_str(), site.id.c_str(), member,
                scale);
    if (donorId)
        std::printf(", embedding %.0f %% from %s", mix * 100.0, donorId->c_str());
    std::printf("\n");
    printRange("gamma1", film.gamma1);
    printRange("beta1", film.beta1);
    printRange("gamma2", film.gamma2);
    printRange("beta2", film.beta2);
    std::printf("prediction: %zu days", prediction.dayNumbers.size());
    if (!prediction.dayNumbers.empty())
        std::printf(" (%s .. %s)",
                    formatIsoDate(fromDayNumber(prediction.dayNumbers.front())).c_str(),
                    formatIsoDate(fromDayNumber(prediction.dayNumbers.back())).c_str());
    std::printf("\n");
    printRange("GPP", prediction.gpp);
    printRange("RECO", prediction.reco);
    printRange("NEE", prediction.nee);
    std::printf("(--json prints every value)\n");
    return 0;
}

const CommandRegistration registration{
    {"film", "show a TAM-RL model's FiLM parameters and modulated prediction for one site",
     "Usage: fluxlens-cli film --cache FILE --model DIR --site ID [--scale S]\n"
     "                        [--embedding-from ID2 [--mix T]] [--member K] [--json]\n"
     "  --cache FILE          the FluxLens cache holding the site's drivers\n"
     "  --model DIR           a TAM-RL model folder\n"
     "  --site ID             the site to modulate\n"
     "  --scale S             FiLM scale: gamma = 1 + S (gamma - 1), beta = S beta; 0 is the bare\n"
     "                        decoder, 1 (default) the model as trained\n"
     "  --embedding-from ID2  use (1 - T) * own + T * ID2's task embedding\n"
     "  --mix T               share of ID2's embedding, 0..1 (default 1)\n"
     "  --member K            ensemble member whose gamma/beta are printed (default 0); the\n"
     "                        prediction is the ensemble mean\n"
     "  --json                print {model, site, scale, embedding_from, mix, member, features,\n"
     "                        embedding, gamma1, beta1, gamma2, beta2, prediction: {date, GPP,\n"
     "                        RECO, NEE, GPP_sd, RECO_sd, NEE_sd}} (gC m-2 d-1). At scale 1\n"
     "                        without --embedding-from the prediction equals `predict`'s.",
     runFilm}};
} // namespace
} // namespace fluxlens::cli

#endif
