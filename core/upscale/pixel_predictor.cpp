#include "upscale/pixel_predictor.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace fluxlens::upscale {
namespace {
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

bool isDerivedFeature(const std::string& name) {
    return name == "DOY_SIN" || name == "DOY_COS";
}

int featureIndex(const grid::DriverTile& drivers, const std::string& name) {
    const auto it = std::find(drivers.features.begin(), drivers.features.end(), name);
    return it == drivers.features.end() ? -1 : static_cast<int>(it - drivers.features.begin());
}

void checkTiles(const grid::DriverTile& drivers, const grid::StaticTile& statics) {
    const std::size_t pixels = static_cast<std::size_t>(drivers.window.pixelCount());
    if (drivers.values.size() != drivers.features.size() * drivers.dayCount * pixels)
        throw std::invalid_argument("driver tile holds " + std::to_string(drivers.values.size()) +
                                    " values, expected features × days × pixels");
    if (statics.window.rows != drivers.window.rows || statics.window.cols != drivers.window.cols ||
        statics.landFraction.size() != pixels)
        throw std::invalid_argument("static tile does not cover the driver tile's window");
}

void store(TileResult& out, int variable, int pixel, const ml::SitePrediction& prediction,
           const std::vector<float>& values) {
    for (std::size_t i = 0; i < prediction.dayNumbers.size(); ++i) {
        const int day = prediction.dayNumbers[i] - out.firstDay;
        if (day >= 0 && day < out.dayCount && i < values.size())
            out.values[out.offset(variable, day) + static_cast<std::size_t>(pixel)] = values[i];
    }
}
} // namespace

std::vector<std::string> griddedFeatures(const ml::MlConfig& config) {
    std::vector<std::string> out;
    for (const std::string& name : config.features)
        if (!isDerivedFeature(name))
            out.push_back(name);
    return out;
}

bool isLandPixel(const grid::DriverTile& drivers, const grid::StaticTile& statics, int row,
                 int col) {
    const std::size_t pixel = static_cast<std::size_t>(row) * drivers.window.cols + col;
    if (!(statics.landFraction[pixel] > 0.0f))
        return false;
    for (std::size_t f = 0; f < drivers.features.size(); ++f)
        for (int d = 0; d < drivers.dayCount; ++d)
            if (std::isfinite(drivers.at(static_cast<int>(f), d, row, col)))
                return true;
    return false;
}

ml::SiteSeries pixelSeries(const grid::DriverTile& drivers, const grid::StaticTile& statics,
                           int row, int col, const std::vector<std::string>& modelFeatures) {
    const std::size_t pixel = static_cast<std::size_t>(row) * drivers.window.cols + col;
    ml::SiteSeries site;
    site.id = "pixel_r" + std::to_string(drivers.window.row0 + row) + "_c" +
              std::to_string(drivers.window.col0 + col);
    if (pixel < statics.igbp.size())
        site.igbp = statics.igbp[pixel];
    if (pixel < statics.koppen.size())
        site.koppen = statics.koppen[pixel];
    site.dayNumbers.resize(static_cast<std::size_t>(drivers.dayCount));
    for (int d = 0; d < drivers.dayCount; ++d)
        site.dayNumbers[static_cast<std::size_t>(d)] = drivers.firstDay + d;
    for (const std::string& name : modelFeatures) {
        if (isDerivedFeature(name))
            continue;
        const int f = featureIndex(drivers, name);
        std::vector<float> values(static_cast<std::size_t>(drivers.dayCount), kNaN);
        if (f >= 0)
            for (int d = 0; d < drivers.dayCount; ++d)
                values[static_cast<std::size_t>(d)] = drivers.at(f, d, row, col);
        site.featureNames.push_back(name);
        site.features.push_back(std::move(values));
    }
    return site;
}

TileResult predictTile(const ml::FluxModel& model, const grid::DriverTile& drivers,
                       const grid::StaticTile& statics, int tileIndex,
                       const std::function<void()>& betweenPixels) {
    checkTiles(drivers, statics);
    TileResult out;
    out.index = tileIndex;
    out.window = drivers.window;
    out.firstDay = drivers.firstDay;
    out.dayCount = drivers.dayCount;
    out.landFraction = statics.landFraction;
    out.values.assign(kOutputVariableCount * out.dayCount * out.planeSize(), kNaN);
    const bool tamRl = model.kind() == ml::ModelKind::TamRl;
    const int lastDay = drivers.firstDay + drivers.dayCount - 1;
    for (int row = 0; row < drivers.window.rows; ++row)
        for (int col = 0; col < drivers.window.cols; ++col) {
            if (!isLandPixel(drivers, statics, row, col)) {
                if (betweenPixels)
                    betweenPixels();
                continue;
            }
            ++out.landPixels;
            const ml::SiteSeries site =
                pixelSeries(drivers, statics, row, col, model.config().features);
            ml::MemberEmbeddings embeddings;
            ml::FilmControl film;
            if (tamRl) {
                embeddings = model.taskEmbeddings(site);
                film.siteEmbeddings = &embeddings;
            }
            const int pixel = row * drivers.window.cols + col;
            for (int first = drivers.firstDay; first <= lastDay; first += kPredictionChunkDays) {
                const ml::DayRange range{first,
                                         std::min(lastDay, first + kPredictionChunkDays - 1)};
                const ml::SitePrediction p = model.predict(site, film, range);
                const std::vector<float>* series[kOutputVariableCount] = {
                    &p.gpp, &p.reco, &p.nee, &p.gppSd, &p.recoSd, &p.neeSd};
                for (int v = 0; v < kOutputVariableCount; ++v)
                    store(out, v, pixel, p, *series[v]);
            }
            if (betweenPixels)
                betweenPixels();
        }
    return out;
}

} // namespace fluxlens::upscale
