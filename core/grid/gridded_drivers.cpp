#include "grid/gridded_drivers.h"

#include "common/dates.h"
#include "common/input_error.h"
#include "geo/koppen_legend.h"
#include "geo/solar_radiation.h"
#include "grid/gridded_drivers_impl.h"
#include "import/vegetation_indices.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <stdexcept>

namespace fluxlens::grid {
namespace {
constexpr float kNaNf = std::numeric_limits<float>::quiet_NaN();
constexpr const char* kDayOfYearFeatures[] = {"DOY_SIN", "DOY_COS"};

// The unit each input of a derivation is converted to, and the unit the derivation gives.
struct DerivationUnits {
    std::string_view input;
    std::string_view output;
};

DerivationUnits unitsOfDerivation(const FeatureRecipe& recipe) {
    switch (recipe.derive) {
    case Derivation::None:
        return {recipe.targetUnit, recipe.targetUnit};
    case Derivation::Vpd:
        return {"degC", "hPa"};
    case Derivation::WindSpeed:
        return {"m s-1", "m s-1"};
    case Derivation::Ndvi:
    case Derivation::Evi:
    case Derivation::Nirv:
        return {"1", "1"};
    case Derivation::SwInPot:
        return {"", "W m-2"};
    case Derivation::DoySin:
    case Derivation::DoyCos:
        return {"", "1"};
    }
    return {"", ""};
}

FeatureRecipe dayOfYearRecipe(const std::string& feature) {
    return FeatureRecipe{
        feature, "1", "", feature == "DOY_SIN" ? Derivation::DoySin : Derivation::DoyCos, {}};
}

double dayOfYearPhase(int dayNumber) {
    // The same phase as the models' DOY_SIN/DOY_COS features (ml/dataset.cpp).
    return 2.0 * std::numbers::pi * (dayOfYear(fromDayNumber(dayNumber)) - 1) / 365.25;
}

double combine(Derivation derive, const double* in) {
    switch (derive) {
    case Derivation::None:
        return in[0];
    case Derivation::Vpd:
        return vapourPressureDeficit_hPa(in[0], in[1]);
    case Derivation::WindSpeed:
        return std::hypot(in[0], in[1]);
    case Derivation::Ndvi:
        return ndviFromBands(in[0], in[1]);
    case Derivation::Evi:
        return eviFromBands(in[0], in[1], in[2]);
    case Derivation::Nirv:
        return nirvFromBands(in[0], in[1]);
    default:
        return std::numeric_limits<double>::quiet_NaN();
    }
}

} // namespace

const FeaturePlan* GriddedDrivers::Impl::findPlan(const std::string& feature) const {
    const auto it = std::find_if(plans.begin(), plans.end(),
                                 [&](const FeaturePlan& p) { return p.recipe.feature == feature; });
    return it == plans.end() ? nullptr : &*it;
}

void requireWindowInGrid(const GridSpec& grid, const PixelWindow& window) {
    if (window.rows <= 0 || window.cols <= 0 || window.row0 < 0 || window.col0 < 0 ||
        window.row0 + window.rows > grid.rows() || window.col0 + window.cols > grid.columns())
        throw std::invalid_argument(
            "pixel window rows " + std::to_string(window.row0) + "+" + std::to_string(window.rows) +
            ", columns " + std::to_string(window.col0) + "+" + std::to_string(window.cols) +
            " is not inside the " + std::to_string(grid.rows()) + " × " +
            std::to_string(grid.columns()) + " grid");
}

GriddedDrivers::GriddedDrivers(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
GriddedDrivers::GriddedDrivers(GriddedDrivers&&) noexcept = default;
GriddedDrivers& GriddedDrivers::operator=(GriddedDrivers&&) noexcept = default;
GriddedDrivers::~GriddedDrivers() = default;

GriddedDrivers GriddedDrivers::open(const std::filesystem::path& driverMapJson) {
    auto impl = std::make_unique<Impl>();
    impl->map = parseDriverMap(driverMapJson);
    const std::string mapFile = driverMapJson.string();
    auto variable = [&](const std::string& sourceName, const std::string& name,
                        bool timeless) -> const GriddedVariable& {
        const auto key = std::make_pair(sourceName, name);
        auto it = impl->variables.find(key);
        if (it == impl->variables.end())
            it = impl->variables
                     .emplace(key, GriddedVariable::open(*impl->map.findSource(sourceName), name,
                                                         timeless))
                     .first;
        return it->second;
    };
    std::vector<FeatureRecipe> recipes = impl->map.features;
    for (const char* feature : kDayOfYearFeatures)
        if (!impl->map.findFeature(feature))
            recipes.push_back(dayOfYearRecipe(feature));
    bool anyTimed = false;
    int first = std::numeric_limits<int>::min();
    int last = std::numeric_limits<int>::max();
    for (const FeatureRecipe& recipe : recipes) {
        const DerivationUnits units = unitsOfDerivation(recipe);
        if (units.output != recipe.targetUnit)
            throw InputError(mapFile, "key 'features." + recipe.feature + "': derivation '" +
                                          derivationName(recipe.derive) + "' gives " +
                                          std::string(units.output) + ", but " + recipe.feature +
                                          " is in " + recipe.targetUnit);
        FeaturePlan plan{recipe, {}, {}};
        for (const std::string& name : recipe.variables) {
            const GriddedVariable& input = variable(recipe.source, name, false);
            const auto conversion = conversionFromUnits(input.units(), units.input);
            if (!conversion)
                throw InputError(input.filesLabel(), "variable '" + name + "' has units '" +
                                                         input.units() +
                                                         "', which FluxLens cannot convert to " +
                                                         std::string(units.input) + " (feature " +
                                                         recipe.feature + "; wrong units?)");
            plan.inputs.push_back(&input);
            plan.conversions.push_back(*conversion);
            anyTimed = true;
            first = std::max(first, input.firstDay());
            last = std::min(last, input.lastDay());
        }
        impl->plans.push_back(std::move(plan));
    }
    if (anyTimed && first > last)
        throw InputError(mapFile, "the mapped files share no day; each source must cover the "
                                  "period to upscale");
    impl->firstDay = anyTimed ? first : 0;
    impl->lastDay = anyTimed ? last : -1;
    if (const auto& igbp = impl->map.igbp)
        impl->igbp =
            GriddedVariable::open(*impl->map.findSource(igbp->source), igbp->variable, true);
    if (const auto& land = impl->map.landFraction)
        impl->landFraction =
            GriddedVariable::open(*impl->map.findSource(land->source), land->variable, true);
    if (impl->map.koppenMap) {
        impl->koppen = KoppenMap::open(impl->map.koppenMap->string());
    } else if (const auto shipped = shippedKoppenMapPath()) {
        impl->koppen = KoppenMap::open(*shipped);
    }
    return GriddedDrivers(std::move(impl));
}

const std::filesystem::path& GriddedDrivers::mapFile() const {
    return m_impl->map.file;
}

std::vector<std::string> GriddedDrivers::features() const {
    std::vector<std::string> names;
    for (const FeaturePlan& plan : m_impl->plans)
        names.push_back(plan.recipe.feature);
    return names;
}

int GriddedDrivers::firstDay() const {
    return m_impl->firstDay;
}

int GriddedDrivers::lastDay() const {
    return m_impl->lastDay;
}

bool GriddedDrivers::hasLandCover() const {
    return m_impl->igbp.has_value();
}

std::vector<std::string> GriddedDrivers::describe() const {
    std::vector<std::string> lines;
    for (const FeaturePlan& plan : m_impl->plans) {
        const FeatureRecipe& r = plan.recipe;
        std::string line = r.feature + " ← ";
        if (r.derive == Derivation::SwInPot) {
            line += "potential shortwave radiation from latitude and day of year (as FLUXNET "
                    "computes SW_IN_POT)";
        } else if (r.derive == Derivation::DoySin || r.derive == Derivation::DoyCos) {
            line += std::string(r.derive == Derivation::DoySin ? "sin" : "cos") +
                    "(2π (day of year − 1) / 365.25)";
        } else {
            std::string names;
            for (const std::string& v : r.variables)
                names += (names.empty() ? "" : ", ") + v;
            line +=
                r.derive == Derivation::None ? names : derivationName(r.derive) + "(" + names + ")";
            line += " (" + plan.inputs.front()->filesLabel();
            for (std::size_t i = 0; i < plan.inputs.size(); ++i)
                if (i == 0 || plan.conversions[i] != plan.conversions[0])
                    line += ", " + std::string(conversionLabel(plan.conversions[i]));
            line += ", bilinear)"; // every file feature is continuous
        }
        lines.push_back(std::move(line));
    }
    if (m_impl->igbp)
        lines.push_back("igbp ← " + m_impl->igbp->name() + " (" + m_impl->igbp->filesLabel() +
                        ", nearest)");
    lines.push_back(
        m_impl->koppen ? "koppen ← Beck et al. map (" +
                             std::filesystem::path(m_impl->koppen->path()).filename().string() +
                             ", class at the pixel centre)"
                       : std::string("koppen ← unknown (the shipped Köppen map is not installed)"));
    lines.push_back(m_impl->landFraction
                        ? "land_fraction ← " + m_impl->landFraction->name() + " (" +
                              m_impl->landFraction->filesLabel() + ", bilinear)"
                        : std::string("land_fraction ← 1 where any driver is finite"));
    return lines;
}

std::vector<std::filesystem::path> GriddedDrivers::files() const {
    std::vector<std::filesystem::path> paths;
    for (const DriverSource& source : m_impl->map.sources)
        paths.insert(paths.end(), source.paths.begin(), source.paths.end());
    if (m_impl->koppen)
        paths.emplace_back(m_impl->koppen->path());
    return paths;
}

DriverTile GriddedDrivers::read(const GridSpec& grid, const PixelWindow& window,
                                const std::vector<std::string>& features, int firstDay,
                                int lastDay) const {
    validateGrid(grid);
    requireWindowInGrid(grid, window);
    if (lastDay < firstDay)
        throw std::invalid_argument("the last day comes before the first day");
    std::vector<const FeaturePlan*> plans;
    for (const std::string& feature : features) {
        const FeaturePlan* plan = m_impl->findPlan(feature);
        if (!plan)
            throw std::invalid_argument("feature '" + feature +
                                        "' is not produced by the driver map " +
                                        m_impl->map.file.string());
        plans.push_back(plan);
    }
    DriverTile tile;
    tile.window = window;
    tile.firstDay = firstDay;
    tile.dayCount = lastDay - firstDay + 1;
    tile.features = features;
    const std::size_t pixels = static_cast<std::size_t>(window.pixelCount());
    const std::size_t dayPixels = pixels * static_cast<std::size_t>(tile.dayCount);
    tile.values.assign(dayPixels * features.size(), kNaNf);
    // Each file variable is read once even when several features use it (t2m: TA_F and VPD_F).
    std::map<const GriddedVariable*, std::vector<double>> raw;
    for (const FeaturePlan* plan : plans)
        for (const GriddedVariable* input : plan->inputs)
            if (!raw.count(input))
                raw[input] = input->readDays(grid, window, firstDay, lastDay, GRA_Bilinear);
    for (std::size_t f = 0; f < plans.size(); ++f) {
        const FeaturePlan& plan = *plans[f];
        float* out = tile.values.data() + f * dayPixels;
        for (int d = 0; d < tile.dayCount; ++d) {
            const int day = firstDay + d;
            for (int row = 0; row < window.rows; ++row) {
                const double lat = grid.latOfRow(window.row0 + row);
                for (int col = 0; col < window.cols; ++col) {
                    const std::size_t p = static_cast<std::size_t>(row * window.cols + col);
                    double value = 0.0;
                    if (plan.recipe.derive == Derivation::SwInPot) {
                        value = potentialShortwave_W_m2(lat, dayOfYear(fromDayNumber(day)));
                    } else if (plan.recipe.derive == Derivation::DoySin) {
                        value = std::sin(dayOfYearPhase(day));
                    } else if (plan.recipe.derive == Derivation::DoyCos) {
                        value = std::cos(dayOfYearPhase(day));
                    } else {
                        double in[3];
                        for (std::size_t i = 0; i < plan.inputs.size(); ++i)
                            in[i] = convertUnits(plan.conversions[i],
                                                 raw[plan.inputs[i]][d * pixels + p]);
                        value = combine(plan.recipe.derive, in);
                    }
                    out[d * pixels + p] = static_cast<float>(value);
                }
            }
        }
    }
    return tile;
}

} // namespace fluxlens::grid
