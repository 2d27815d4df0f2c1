// Saving and loading an XGBoost model folder (layout in xgb_model.h). Loading trusts nothing:
// metadata fields, feature names, booster sizes and hashes are checked before XGBoost reads a
// booster, and every XGBoost call's return code is checked.
#include "fluxlens_config.h"
#include "ml/model_error.h"
#include "ml/xgboost/xgb_features.h"
#include "ml/xgboost/xgb_hash.h"
#include "ml/xgboost/xgb_impl.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace fluxlens::xgb {
namespace {
using detail::check;
using nlohmann::json;

constexpr const char* kFormat = "fluxlens-model";
constexpr int kFormatVersion = 1;

std::string boosterFile(std::size_t target) {
    return std::string("booster_") + kXgbTargets[target] + ".json";
}

json metadataObject(const XgbModel::Impl& impl, const json& boosters) {
    return {{"format", kFormat},
            {"format_version", kFormatVersion},
            {"kind", kXgbKind},
            {"name", impl.name},
            {"created_utc", impl.createdUtc},
            {"config", json::parse(xgbConfigToJson(impl.config))},
            {"configuration", xgbConfigLabel(impl.config)},
            {"feature_preset", impl.featurePreset},
            {"drivers", impl.drivers},
            {"features", impl.features},
            {"targets", {kXgbTargets[0], kXgbTargets[1], kXgbTargets[2]}},
            {"boosters", boosters},
            {"training_sites", impl.trainingSites},
            {"validation_sites", impl.validationSites},
            {"heldout_sites", impl.heldOutSites},
            {"data_sha256", impl.dataHash},
            {"versions",
             {{"fluxlens", FLUXLENS_VERSION},
              {"xgboost", xgboostVersionString()},
              {"nlohmann_json", std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                                    std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                                    std::to_string(NLOHMANN_JSON_VERSION_PATCH)}}}};
}

json boostersWithoutFiles(const XgbModel::Impl& impl) {
    json boosters = json::array();
    for (std::size_t t = 0; t < 3; ++t)
        boosters.push_back(
            {{"target", kXgbTargets[t]}, {"file", boosterFile(t)}, {"rounds", impl.rounds[t]}});
    return boosters;
}

template <typename T>
T field(const json& j, const char* key, const std::string& file) {
    const auto it = j.find(key);
    if (it == j.end())
        throw ml::ModelError(file + ": missing '" + key + "'");
    try {
        return it->get<T>();
    } catch (const json::exception&) {
        throw ml::ModelError(file + ": '" + key + "' has the wrong type");
    }
}

std::string textOr(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

json readMetadata(const std::filesystem::path& folder) {
    if (!std::filesystem::is_directory(folder))
        throw ml::ModelError(folder.string() + ": not a folder");
    const auto path = folder / "model.json";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ml::ModelError(folder.string() +
                             ": not a FluxLens model folder (model.json is missing)");
    std::stringstream text;
    text << in.rdbuf();
    json meta = json::parse(text.str(), nullptr, false);
    if (meta.is_discarded())
        throw ml::ModelError(path.string() + ": corrupt metadata, not valid JSON");
    return meta;
}
} // namespace

std::string XgbModel::metadataJson() const {
    return metadataObject(*m_impl, boostersWithoutFiles(*m_impl)).dump(2);
}

void XgbModel::save(const std::filesystem::path& folder) const {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec)
        throw ml::ModelError(folder.string() + ": cannot create the model folder (" + ec.message() +
                             ")");
    json boosters = boostersWithoutFiles(*m_impl);
    for (std::size_t t = 0; t < 3; ++t) {
        const auto path = folder / boosterFile(t);
        check(XGBoosterSaveModel(m_impl->boosters[t].get(), path.string().c_str()),
              path.string() + ": cannot write the booster");
        boosters[t]["bytes"] = std::filesystem::file_size(path, ec);
        if (ec)
            throw ml::ModelError(path.string() + ": booster was not written");
        boosters[t]["sha256"] = hashFile(path);
    }
    const auto metaPath = folder / "model.json";
    std::ofstream out(metaPath, std::ios::binary | std::ios::trunc);
    out << metadataObject(*m_impl, boosters).dump(2) << "\n";
    out.close();
    if (!out)
        throw ml::ModelError(metaPath.string() + ": cannot write the model metadata");
}

XgbModel XgbModel::load(const std::filesystem::path& folder) {
    detail::quietLibrary();
    const json meta = readMetadata(folder);
    const std::string file = (folder / "model.json").string();
    if (!meta.is_object() || textOr(meta, "format") != kFormat)
        throw ml::ModelError(file + ": not a FluxLens model (format is not '" + kFormat + "')");
    if (field<int>(meta, "format_version", file) != kFormatVersion)
        throw ml::ModelError(file + ": unsupported model format version " +
                             meta["format_version"].dump());
    const auto kind = field<std::string>(meta, "kind", file);
    if (kind != kXgbKind)
        throw ml::ModelError(file + ": not an XGBoost model (kind '" + kind + "')");

    auto impl = std::make_unique<Impl>();
    impl->name = field<std::string>(meta, "name", file);
    if (impl->name.empty())
        throw ml::ModelError(file + ": 'name' is empty");
    impl->createdUtc = textOr(meta, "created_utc");
    if (!meta.contains("config") || !meta["config"].is_object())
        throw ml::ModelError(file + ": missing 'config'");
    try {
        impl->config = xgbConfigFromJson(meta["config"].dump(), file);
    } catch (const std::invalid_argument& e) {
        throw ml::ModelError(e.what());
    }
    // Folders written before feature presets have neither key: their drivers were the default.
    impl->drivers = meta.contains("drivers")
                        ? field<std::vector<std::string>>(meta, "drivers", file)
                        : baseDriverNames();
    impl->featurePreset = textOr(meta, "feature_preset");
    if (impl->drivers.empty())
        throw ml::ModelError(file + ": 'drivers' is empty");
    if (std::set<std::string>(impl->drivers.begin(), impl->drivers.end()).size() !=
        impl->drivers.size())
        throw ml::ModelError(file + ": 'drivers' lists a driver twice");
    impl->features = field<std::vector<std::string>>(meta, "features", file);
    if (impl->features.empty())
        throw ml::ModelError(file + ": 'features' is empty");
    const auto known = xgbFeatureNames(impl->drivers);
    const std::set<std::string> knownSet(known.begin(), known.end());
    std::set<std::string> seen;
    for (const std::string& f : impl->features) {
        if (!knownSet.contains(f))
            throw ml::ModelError(file + ": feature '" + f +
                                 "' is not one this version of FluxLens computes");
        if (!seen.insert(f).second)
            throw ml::ModelError(file + ": feature '" + f + "' is listed twice");
    }
    if (field<std::vector<std::string>>(meta, "targets", file) !=
        std::vector<std::string>{kXgbTargets.begin(), kXgbTargets.end()})
        throw ml::ModelError(file + ": 'targets' must be [\"GPP\", \"RECO\", \"NEE\"]");
    impl->trainingSites = field<std::vector<std::string>>(meta, "training_sites", file);
    impl->validationSites = field<std::vector<std::string>>(meta, "validation_sites", file);
    impl->heldOutSites = field<std::vector<std::string>>(meta, "heldout_sites", file);
    impl->dataHash = field<std::string>(meta, "data_sha256", file);

    const auto boosters = meta.find("boosters");
    if (boosters == meta.end() || !boosters->is_array() || boosters->size() != 3)
        throw ml::ModelError(file + ": 'boosters' must list one booster per target (3)");
    for (std::size_t t = 0; t < 3; ++t) {
        const json& b = (*boosters)[t];
        if (!b.is_object())
            throw ml::ModelError(file + ": malformed entry in 'boosters'");
        if (field<std::string>(b, "target", file) != kXgbTargets[t])
            throw ml::ModelError(file + ": booster " + std::to_string(t) + " should be for " +
                                 kXgbTargets[t]);
        const auto name = field<std::string>(b, "file", file);
        if (name.empty() || name.find('/') != std::string::npos ||
            name.find('\\') != std::string::npos || name.find("..") != std::string::npos)
            throw ml::ModelError(file + ": booster file name '" + name +
                                 "' is not a plain file name");
        const auto path = folder / name;
        std::error_code ec;
        const auto bytes = std::filesystem::file_size(path, ec);
        if (ec)
            throw ml::ModelError(path.string() + ": booster file is missing");
        const auto expected = field<std::uintmax_t>(b, "bytes", file);
        if (bytes != expected)
            throw ml::ModelError(path.string() + ": booster file is truncated or altered (" +
                                 std::to_string(bytes) + " bytes, model.json says " +
                                 std::to_string(expected) + ")");
        if (hashFile(path) != field<std::string>(b, "sha256", file))
            throw ml::ModelError(path.string() +
                                 ": booster file is corrupt (SHA-256 does not match)");
        BoosterHandle handle = nullptr;
        check(XGBoosterCreate(nullptr, 0, &handle), path.string());
        detail::Booster booster(handle);
        check(XGBoosterLoadModel(booster.get(), path.string().c_str()),
              path.string() + ": not a readable XGBoost model");
        bst_ulong featureCount = 0;
        check(XGBoosterGetNumFeature(booster.get(), &featureCount), path.string());
        if (featureCount != impl->features.size())
            throw ml::ModelError(path.string() + ": booster expects " +
                                 std::to_string(featureCount) + " features, model.json lists " +
                                 std::to_string(impl->features.size()));
        int rounds = 0;
        check(XGBoosterBoostedRounds(booster.get(), &rounds), path.string());
        impl->rounds[t] = rounds;
        impl->boosters[t] = std::move(booster);
    }
    return XgbModel(std::move(impl));
}

bool isXgboostModelFolder(const std::filesystem::path& folder) {
    try {
        const json meta = readMetadata(folder);
        return meta.is_object() && textOr(meta, "kind") == kXgbKind;
    } catch (const std::exception&) {
        return false;
    }
}

} // namespace fluxlens::xgb
