// Saving and loading a model folder:
//   model.json      metadata (format, kind, config, features, normalisation, sites, data hash,
//                   library versions, and for each member its weights file, size and SHA-256)
//   member_<k>.pt   one LibTorch archive per ensemble member (parameters by name, plus the kind)
// Loading checks everything before trusting any of it and reports problems as ModelError.

#include "common/day_number_text.h"
#include "fluxlens_config.h"
#include "ml/data_hasher.h"
#include "ml/engine.h"
#include "ml/feature_preset.h"
#include "ml/flux_model.h"
#include "ml/json_value.h"
#include "ml/model_error.h"

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>

namespace fluxlens::ml {

using detail::Network;
using nlohmann::json;

namespace {
constexpr const char* kFormat = "fluxlens-model";
constexpr int kFormatVersion = 1;
constexpr const char* kKindKey = "fluxlens_kind";

std::string archiveKey(const std::string& parameterName) {
    std::string key;
    for (char c : parameterName)
        key += c == '.' ? std::string("__") : std::string(1, c);
    return key;
}

std::string memberFile(std::size_t k) {
    return "member_" + std::to_string(k) + ".pt";
}

// {"site": "YYYY-MM-DD"}: where each held-out site's metrics begin (after its support years).
json scoredFromObject(const std::map<std::string, int>& days) {
    json out = json::object();
    for (const auto& [site, day] : days)
        out[site] = formatIsoDayNumber(day);
    return out;
}

json metadataObject(const FluxModel::Impl& impl, const json& members) {
    return {{"format", kFormat},
            {"format_version", kFormatVersion},
            {"kind", std::string(modelKindCode(impl.kind))},
            {"name", impl.name},
            {"created_utc", impl.createdUtc},
            {"config", json::parse(configToJson(impl.config))},
            {"targets", impl.config.targets},
            {"feature_preset", impl.featurePreset},
            {"features", impl.norm.features},
            {"normalisation",
             {{"feature_mean", impl.norm.mean},
              {"feature_std", impl.norm.stddev},
              {"target_scale", impl.norm.targetScale}}},
            {"training_sites", impl.trainingSites},
            {"validation_sites", impl.validationSites},
            {"heldout_sites", impl.heldOutSites},
            {"heldout_scored_from", scoredFromObject(impl.heldOutScoredFrom)},
            {"data_sha256", impl.dataHash},
            {"cancelled", impl.cancelled},
            {"versions",
             {{"fluxlens", FLUXLENS_VERSION},
              {"libtorch", torchVersionString()},
              {"nlohmann_json", std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                                    std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                                    std::to_string(NLOHMANN_JSON_VERSION_PATCH)}}},
            {"members", members}};
}

json membersWithoutFiles(const FluxModel::Impl& impl) {
    json members = json::array();
    for (std::size_t k = 0; k < impl.members.size(); ++k) {
        const double loss = impl.memberValidationLoss[k];
        members.push_back({{"file", memberFile(k)},
                           {"seed", impl.memberSeeds[k]},
                           {"best_validation_loss", std::isfinite(loss) ? json(loss) : json()}});
    }
    return members;
}

template <typename T>
T field(const json& j, const char* key, const std::string& file) {
    const auto it = j.find(key);
    if (it == j.end())
        throw ModelError(file + ": missing '" + key + "'");
    std::optional<T> value = jsonValueAs<T>(*it);
    if (!value)
        throw ModelError(file + ": '" + key + "' has the wrong type or is out of range");
    return std::move(*value);
}

void checkFinite(const std::vector<float>& v, const std::string& file, const char* key) {
    for (float x : v)
        if (!std::isfinite(x))
            throw ModelError(file + ": '" + key + "' holds a non-finite value");
}

void loadMember(Network& net, ModelKind kind, const std::filesystem::path& path) {
    const std::string file = path.string();
    torch::serialize::InputArchive archive;
    std::vector<std::string> keys;
    try {
        archive.load_from(file);
        keys = archive.keys();
    } catch (const std::exception& e) {
        throw ModelError(file + ": not a readable LibTorch archive (" +
                         std::string(e.what()).substr(0, 200) + ")");
    }
    c10::IValue storedKind;
    if (!archive.try_read(kKindKey, storedKind) || !storedKind.isInt())
        throw ModelError(file + ": not a FluxLens weights file (no model kind inside)");
    if (storedKind.toInt() != static_cast<int64_t>(kind))
        throw ModelError(file + ": weights belong to another model kind than model.json says ('" +
                         std::string(modelKindCode(kind)) + "')");
    const auto params = detail::namedParameters(net);
    if (keys.size() != params.size() + 1)
        throw ModelError(file + ": holds " + std::to_string(keys.size() - 1) +
                         " tensors, the configured network has " + std::to_string(params.size()));
    torch::NoGradGuard guard;
    for (const auto& [name, param] : params) {
        torch::Tensor stored;
        bool found = false;
        try {
            found = archive.try_read(archiveKey(name), stored);
        } catch (const std::exception&) {
            found = false;
        }
        if (!found || !stored.defined())
            throw ModelError(file + ": parameter '" + name + "' is missing");
        if (stored.sizes() != param.sizes())
            throw ModelError(file + ": parameter '" + name + "' has shape " +
                             c10::str(stored.sizes()) + ", the configured network expects " +
                             c10::str(param.sizes()) + " (features or sizes do not match)");
        if (stored.scalar_type() != param.scalar_type())
            throw ModelError(file + ": parameter '" + name + "' has the wrong element type");
        if (!torch::isfinite(stored).all().item<bool>())
            throw ModelError(file + ": parameter '" + name + "' holds non-finite values");
        param.copy_(stored);
    }
}
} // namespace

std::string FluxModel::metadataJson() const {
    return metadataObject(*m_impl, membersWithoutFiles(*m_impl)).dump(2);
}

void FluxModel::save(const std::filesystem::path& folder) const {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw ModelError(folder.string() + ": cannot create the model folder (" + ec.message() +
                         ")");
    json members = membersWithoutFiles(*m_impl);
    for (std::size_t k = 0; k < m_impl->members.size(); ++k) {
        const auto path = folder / memberFile(k);
        try {
            torch::serialize::OutputArchive archive;
            archive.write(kKindKey, c10::IValue(static_cast<int64_t>(m_impl->kind)));
            for (const auto& [name, param] : detail::namedParameters(m_impl->members[k]))
                archive.write(archiveKey(name), param.detach().to(torch::kCPU));
            archive.save_to(path.string());
            members[k]["bytes"] = std::filesystem::file_size(path);
            members[k]["sha256"] = hashFile(path);
        } catch (const std::exception& e) {
            throw ModelError(path.string() + ": cannot write the weights (" + e.what() + ")");
        }
    }
    const auto metaPath = folder / "model.json";
    std::ofstream out(metaPath, std::ios::binary | std::ios::trunc);
    out << metadataObject(*m_impl, members).dump(2) << "\n";
    out.close();
    if (!out)
        throw ModelError(metaPath.string() + ": cannot write the model metadata");
}

FluxModel FluxModel::load(const std::filesystem::path& folder) {
    const auto metaPath = folder / "model.json";
    const std::string file = metaPath.string();
    if (!std::filesystem::is_directory(folder))
        throw ModelError(folder.string() + ": not a folder");
    std::ifstream in(metaPath, std::ios::binary);
    if (!in)
        throw ModelError(folder.string() + ": not a FluxLens model folder (model.json is missing)");
    std::stringstream text;
    text << in.rdbuf();
    json meta;
    try {
        meta = json::parse(text.str());
    } catch (const json::exception& e) {
        throw ModelError(file + ": corrupt metadata, not valid JSON (" + e.what() + ")");
    }
    if (!meta.is_object() || meta.value("format", std::string()) != kFormat)
        throw ModelError(file + ": not a FluxLens model (format is not '" + kFormat + "')");
    if (field<int>(meta, "format_version", file) != kFormatVersion)
        throw ModelError(file + ": unsupported model format version " +
                         meta["format_version"].dump());
    auto impl = std::make_unique<Impl>();
    const auto kindCode = field<std::string>(meta, "kind", file);
    const auto kind = parseModelKind(kindCode);
    if (!kind)
        throw ModelError(file + ": unknown model kind '" + kindCode + "'");
    impl->kind = *kind;
    impl->name = field<std::string>(meta, "name", file);
    impl->createdUtc = meta.value("created_utc", std::string());
    if (!meta.contains("config") || !meta["config"].is_object())
        throw ModelError(file + ": missing 'config'");
    try {
        impl->config = configFromJson(meta["config"].dump(), file);
    } catch (const std::invalid_argument& e) {
        throw ModelError(e.what());
    }
    // Models saved before these keys existed kept the best joint epoch of their own stage, and
    // their encoders saw no classes.
    if (!meta["config"].contains("early_stopping"))
        impl->config.early_stopping = "per_stage";
    if (!meta["config"].contains("encoder_uses_classes"))
        impl->config.encoder_uses_classes = false;
    // Folders written before targets could be chosen have no 'targets': all three were trained.
    if (meta.contains("targets") &&
        field<std::vector<std::string>>(meta, "targets", file) != impl->config.targets)
        throw ModelError(file + ": 'targets' does not match the config's targets");
    impl->norm.features = field<std::vector<std::string>>(meta, "features", file);
    if (impl->norm.features != impl->config.features)
        throw ModelError(file + ": the feature list does not match the config's features");
    if (!meta.contains("normalisation") || !meta["normalisation"].is_object())
        throw ModelError(file + ": missing 'normalisation'");
    const json& norm = meta["normalisation"];
    impl->norm.mean = field<std::vector<float>>(norm, "feature_mean", file);
    impl->norm.stddev = field<std::vector<float>>(norm, "feature_std", file);
    impl->norm.targetScale = field<float>(norm, "target_scale", file);
    if (impl->norm.mean.size() != impl->norm.features.size() ||
        impl->norm.stddev.size() != impl->norm.features.size())
        throw ModelError(file + ": normalisation statistics do not match the " +
                         std::to_string(impl->norm.features.size()) + " features");
    checkFinite(impl->norm.mean, file, "feature_mean");
    checkFinite(impl->norm.stddev, file, "feature_std");
    for (float s : impl->norm.stddev)
        if (!(s > 0))
            throw ModelError(file + ": 'feature_std' holds a value that is not positive");
    if (!(std::isfinite(impl->norm.targetScale) && impl->norm.targetScale > 0))
        throw ModelError(file + ": 'target_scale' must be a positive number");
    impl->trainingSites = field<std::vector<std::string>>(meta, "training_sites", file);
    impl->validationSites = field<std::vector<std::string>>(meta, "validation_sites", file);
    impl->heldOutSites = field<std::vector<std::string>>(meta, "heldout_sites", file);
    if (meta.contains("heldout_scored_from")) { // absent in folders written before it existed
        const json& scored = meta["heldout_scored_from"];
        if (!scored.is_object())
            throw ModelError(file + ": 'heldout_scored_from' must map site ids to dates");
        const std::set<std::string> heldOut(impl->heldOutSites.begin(), impl->heldOutSites.end());
        for (const auto& [site, date] : scored.items()) {
            const std::optional<int> day =
                date.is_string() ? parseIsoDayNumber(date.get<std::string>()) : std::nullopt;
            if (!day)
                throw ModelError(file + ": 'heldout_scored_from' of " + site +
                                 " must be a date (YYYY-MM-DD)");
            if (!heldOut.count(site))
                throw ModelError(file + ": 'heldout_scored_from' names " + site +
                                 ", which is not a held-out site");
            impl->heldOutScoredFrom[site] = *day;
        }
    }
    impl->dataHash = field<std::string>(meta, "data_sha256", file);
    impl->cancelled = meta.value("cancelled", false);
    // Absent in folders written before feature presets: named from the features then.
    impl->featurePreset = meta.contains("feature_preset")
                              ? field<std::string>(meta, "feature_preset", file)
                              : presetOfFeatures(impl->norm.features);

    if (!meta.contains("members") || !meta["members"].is_array() || meta["members"].empty())
        throw ModelError(file + ": 'members' must list at least one weights file");
    const int features = static_cast<int>(impl->norm.features.size());
    for (const json& m : meta["members"]) {
        if (!m.is_object())
            throw ModelError(file + ": malformed entry in 'members'");
        const auto name = field<std::string>(m, "file", file);
        if (name.empty() || name.find('/') != std::string::npos ||
            name.find("..") != std::string::npos)
            throw ModelError(file + ": weights file name '" + name + "' is not a plain file name");
        const auto path = folder / name;
        std::error_code ec;
        const auto bytes = std::filesystem::file_size(path, ec);
        if (ec)
            throw ModelError(path.string() + ": weights file is missing");
        const auto expectedBytes = field<std::uintmax_t>(m, "bytes", file);
        if (bytes != expectedBytes)
            throw ModelError(path.string() + ": weights file is truncated or altered (" +
                             std::to_string(bytes) + " bytes, model.json says " +
                             std::to_string(expectedBytes) + ")");
        if (hashFile(path) != field<std::string>(m, "sha256", file))
            throw ModelError(path.string() + ": weights file is corrupt (SHA-256 does not match)");
        Network net(impl->kind, impl->config, features);
        loadMember(net, impl->kind, path);
        net->eval();
        impl->members.push_back(net);
        impl->memberSeeds.push_back(field<std::uint64_t>(m, "seed", file));
        const auto loss = m.find("best_validation_loss");
        impl->memberValidationLoss.push_back(loss != m.end() && loss->is_number()
                                                 ? loss->get<double>()
                                                 : std::numeric_limits<double>::quiet_NaN());
    }
    impl->device = detail::resolveDevice("cpu");
    return FluxModel(std::move(impl));
}

} // namespace fluxlens::ml
