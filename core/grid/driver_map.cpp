#include "grid/driver_map.h"

#include "cache/variables.h"
#include "common/input_error.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace fluxlens::grid {
namespace {
using nlohmann::json;

constexpr std::string_view kFormat = "fluxlens-driver-map";
constexpr int kVersion = 1;

struct DerivationRule {
    Derivation derivation;
    std::string_view name;
    std::size_t inputs; // file variables it takes; 0 = computed from place and day alone
};

constexpr std::array kDerivations = {
    DerivationRule{Derivation::Vpd, "vpd", 2},
    DerivationRule{Derivation::SwInPot, "sw_in_pot", 0},
    DerivationRule{Derivation::Ndvi, "ndvi", 2},
    DerivationRule{Derivation::Evi, "evi", 3},
    DerivationRule{Derivation::Nirv, "nirv", 2},
    DerivationRule{Derivation::WindSpeed, "wind_speed", 2},
    DerivationRule{Derivation::DoySin, "doy_sin", 0},
    DerivationRule{Derivation::DoyCos, "doy_cos", 0},
};

struct SourceKindName {
    SourceKind kind;
    std::string_view name;
};
constexpr std::array kSourceKinds = {SourceKindName{SourceKind::Era5Land, "era5-land"},
                                     SourceKindName{SourceKind::ModisStack, "modis-stack"},
                                     SourceKindName{SourceKind::LandCover, "landcover"}};

class MapReader {
public:
    explicit MapReader(std::filesystem::path file)
        : m_file(std::move(file)) {}

    [[noreturn]] void fail(const std::string& key, const std::string& message) const {
        throw InputError(m_file.string(), "key '" + key + "': " + message);
    }

    const json& object(const json& parent, const std::string& name, const std::string& key) const {
        const auto it = parent.find(name);
        if (it == parent.end())
            fail(key, "is missing");
        if (!it->is_object())
            fail(key, "must be a JSON object");
        return *it;
    }

    std::string text(const json& value, const std::string& key) const {
        if (!value.is_string() || value.get<std::string>().empty())
            fail(key, "must be a non-empty string");
        return value.get<std::string>();
    }

    void onlyKeys(const json& value, std::initializer_list<std::string_view> allowed,
                  const std::string& key) const {
        for (const auto& [name, _] : value.items())
            if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
                std::string known;
                for (std::string_view a : allowed)
                    known += (known.empty() ? "" : ", ") + std::string(a);
                fail(key + "." + name, "is not a known key here (known: " + known + ")");
            }
    }

    std::filesystem::path resolve(const std::string& relative) const {
        const std::filesystem::path path(relative);
        return path.is_absolute() ? path : m_file.parent_path() / path;
    }

    const std::filesystem::path& file() const { return m_file; }

private:
    std::filesystem::path m_file;
};

json readJson(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw InputError(file.string(), "cannot open the driver map for reading");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    try {
        return json::parse(text);
    } catch (const json::parse_error& error) {
        const std::size_t upTo = std::min<std::size_t>(error.byte, text.size());
        const auto line = 1 + std::count(text.begin(), text.begin() + upTo, '\n');
        throw InputError(file.string(), line, std::string("not valid JSON: ") + error.what());
    }
}

const VariableInfo* modelFeature(const std::string& name) {
    for (DailyKind kind : {DailyKind::TowerMet, DailyKind::Reanalysis, DailyKind::RemoteSensing})
        if (const VariableInfo* info = findDailyVariable(kind, name))
            return info;
    return nullptr;
}

std::vector<DriverSource> readSources(const MapReader& reader, const json& root) {
    std::vector<DriverSource> sources;
    for (const auto& [name, value] : reader.object(root, "sources", "sources").items()) {
        const std::string key = "sources." + name;
        if (!value.is_object())
            reader.fail(key, "must be a JSON object with \"kind\" and \"paths\"");
        reader.onlyKeys(value, {"kind", "paths"}, key);
        DriverSource source;
        source.name = name;
        const std::string kind = reader.text(value.value("kind", json()), key + ".kind");
        const auto known = std::find_if(kSourceKinds.begin(), kSourceKinds.end(),
                                        [&](const SourceKindName& k) { return k.name == kind; });
        if (known == kSourceKinds.end())
            reader.fail(key + ".kind", "unknown source kind '" + kind +
                                           "' (known: era5-land, modis-stack, landcover)");
        source.kind = known->kind;
        const json paths = value.value("paths", json());
        if (!paths.is_array() || paths.empty())
            reader.fail(key + ".paths", "must be a non-empty list of file names");
        for (std::size_t i = 0; i < paths.size(); ++i)
            source.paths.push_back(
                reader.resolve(reader.text(paths[i], key + ".paths[" + std::to_string(i) + "]")));
        sources.push_back(std::move(source));
    }
    return sources;
}

FeatureRecipe readFeature(const MapReader& reader, const DriverMap& map, const std::string& name,
                          const json& value) {
    const std::string key = "features." + name;
    FeatureRecipe recipe;
    recipe.feature = name;
    if (name == "DOY_SIN" || name == "DOY_COS") {
        recipe.targetUnit = "1";
        recipe.derive = name == "DOY_SIN" ? Derivation::DoySin : Derivation::DoyCos;
        return recipe;
    }
    const VariableInfo* info = modelFeature(name);
    if (!info)
        reader.fail(key, "'" + name +
                             "' is not a model feature FluxLens knows (tower meteorology such as "
                             "TA_F, reanalysis such as t2m_degC, remote sensing such as NDVI)");
    recipe.targetUnit = std::string(info->unit);
    if (!value.is_object())
        reader.fail(key, "must be a JSON object");
    reader.onlyKeys(value, {"source", "variable", "derive", "variables"}, key);
    if (value.contains("derive")) {
        const std::string derive = reader.text(value["derive"], key + ".derive");
        const auto rule = std::find_if(kDerivations.begin(), kDerivations.end(),
                                       [&](const DerivationRule& r) { return r.name == derive; });
        if (rule == kDerivations.end())
            reader.fail(key + ".derive", "unknown derivation '" + derive +
                                             "' (known: vpd, sw_in_pot, ndvi, evi, nirv, "
                                             "wind_speed, doy_sin, doy_cos)");
        recipe.derive = rule->derivation;
        if (value.contains("variable"))
            reader.fail(key + ".variable",
                        "a derived feature takes \"variables\", not \"variable\"");
        const json variables = value.value("variables", json::array());
        if (!variables.is_array() || variables.size() != rule->inputs)
            reader.fail(key + ".variables", "derivation '" + derive + "' takes " +
                                                std::to_string(rule->inputs) + " file variables");
        for (std::size_t i = 0; i < variables.size(); ++i)
            recipe.variables.push_back(
                reader.text(variables[i], key + ".variables[" + std::to_string(i) + "]"));
    } else {
        if (value.contains("variables"))
            reader.fail(key + ".variables", "\"variables\" needs a \"derive\"");
        recipe.variables.push_back(reader.text(value.value("variable", json()), key + ".variable"));
    }
    if (recipe.variables.empty()) {
        if (value.contains("source"))
            reader.fail(key + ".source", "derivation '" + derivationName(recipe.derive) +
                                             "' reads no file, so it takes no source");
        return recipe;
    }
    recipe.source = reader.text(value.value("source", json()), key + ".source");
    const DriverSource* source = map.findSource(recipe.source);
    if (!source)
        reader.fail(key + ".source",
                    "source '" + recipe.source + "' is not listed under \"sources\"");
    if (source->kind == SourceKind::LandCover)
        reader.fail(key + ".source", "source '" + recipe.source +
                                         "' is a land-cover raster; it feeds statics.igbp only");
    return recipe;
}

std::optional<SourceVariable> readStaticVariable(const MapReader& reader, const DriverMap& map,
                                                 const json& statics, const std::string& name) {
    const auto it = statics.find(name);
    if (it == statics.end() || it->is_null())
        return std::nullopt;
    const std::string key = "statics." + name;
    if (!it->is_object())
        reader.fail(key, "must be a JSON object with \"source\" and \"variable\" (or null)");
    reader.onlyKeys(*it, {"source", "variable"}, key);
    SourceVariable ref{reader.text(it->value("source", json()), key + ".source"),
                       reader.text(it->value("variable", json()), key + ".variable")};
    if (!map.findSource(ref.source))
        reader.fail(key + ".source", "source '" + ref.source + "' is not listed under \"sources\"");
    return ref;
}

void readStatics(const MapReader& reader, const json& root, DriverMap& map) {
    const auto it = root.find("statics");
    if (it == root.end() || it->is_null())
        return;
    if (!it->is_object())
        reader.fail("statics", "must be a JSON object");
    reader.onlyKeys(*it, {"igbp", "koppen", "land_fraction"}, "statics");
    map.igbp = readStaticVariable(reader, map, *it, "igbp");
    map.landFraction = readStaticVariable(reader, map, *it, "land_fraction");
    if (const auto koppen = it->find("koppen"); koppen != it->end() && !koppen->is_null()) {
        if (!koppen->is_object())
            reader.fail("statics.koppen", "must be a JSON object {\"path\": ...}");
        reader.onlyKeys(*koppen, {"path"}, "statics.koppen");
        const json path = koppen->value("path", json());
        if (!path.is_null())
            map.koppenMap = reader.resolve(reader.text(path, "statics.koppen.path"));
    }
}
} // namespace

const DriverSource* DriverMap::findSource(const std::string& name) const {
    const auto it = std::find_if(sources.begin(), sources.end(),
                                 [&](const DriverSource& s) { return s.name == name; });
    return it == sources.end() ? nullptr : &*it;
}

const FeatureRecipe* DriverMap::findFeature(const std::string& feature) const {
    const auto it = std::find_if(features.begin(), features.end(),
                                 [&](const FeatureRecipe& f) { return f.feature == feature; });
    return it == features.end() ? nullptr : &*it;
}

DriverMap parseDriverMap(const std::filesystem::path& file) {
    const MapReader reader(file);
    const json root = readJson(file);
    if (!root.is_object())
        throw InputError(file.string(), "a driver map is a JSON object");
    reader.onlyKeys(root, {"format", "version", "sources", "features", "statics"}, "(top level)");
    if (root.value("format", json()) != kFormat)
        reader.fail("format", "must be \"" + std::string(kFormat) + "\"");
    if (root.value("version", json()) != kVersion)
        reader.fail("version",
                    "must be " + std::to_string(kVersion) + " (the version this FluxLens reads)");
    DriverMap map;
    map.file = file;
    map.sources = readSources(reader, root);
    for (const auto& [name, value] : reader.object(root, "features", "features").items())
        map.features.push_back(readFeature(reader, map, name, value));
    if (map.features.empty())
        reader.fail("features", "names no feature");
    readStatics(reader, root, map);
    return map;
}

std::string derivationName(Derivation derivation) {
    for (const DerivationRule& rule : kDerivations)
        if (rule.derivation == derivation)
            return std::string(rule.name);
    return {};
}

std::string sourceKindName(SourceKind kind) {
    for (const SourceKindName& k : kSourceKinds)
        if (k.kind == kind)
            return std::string(k.name);
    return {};
}

} // namespace fluxlens::grid
