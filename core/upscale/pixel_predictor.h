#pragma once

// One tile of an upscaling run: every land pixel of a window becomes an ml::SiteSeries (its
// gridded drivers, its statics, no targets) and is predicted as a held-out tower would be.

#include "grid/gridded_drivers.h"
#include "ml/flux_model.h"
#include "ml/site_series.h"

#include <array>
#include <functional>
#include <string>
#include <vector>

namespace fluxlens::upscale {

inline constexpr int kOutputVariableCount = 6;
inline constexpr std::array<const char*, kOutputVariableCount> kOutputVariables{
    "GPP", "RECO", "NEE", "GPP_sd", "RECO_sd", "NEE_sd"};
// Days predicted per call of FluxModel::predict(site, film, DayRange).
inline constexpr int kPredictionChunkDays = 366;

// The prediction of one tile: NaN outside land and where the model gives none.
struct TileResult {
    int index = 0;
    grid::PixelWindow window;
    int firstDay = 0;
    int dayCount = 0;
    long long landPixels = 0;
    std::vector<float> landFraction; // [row][col]
    std::vector<float> values;       // [variable][day][row][col], kOutputVariables order

    std::size_t planeSize() const { return static_cast<std::size_t>(window.pixelCount()); }
    std::size_t offset(int variable, int day) const {
        return (static_cast<std::size_t>(variable) * dayCount + day) * planeSize();
    }
};

// The model's drivers that gridded files must supply (DOY_SIN/DOY_COS are derived by the engine).
std::vector<std::string> griddedFeatures(const ml::MlConfig& config);

// A pixel counts as land when its land fraction is above 0 and it has any finite driver value.
bool isLandPixel(const grid::DriverTile& drivers, const grid::StaticTile& statics, int row,
                 int col);

// The series of pixel (row, col) of the window: every day of the tile, the model's features in
// the model's order (NaN where the tile has none), IGBP and Köppen from the statics.
ml::SiteSeries pixelSeries(const grid::DriverTile& drivers, const grid::StaticTile& statics,
                           int row, int col, const std::vector<std::string>& modelFeatures);

// Predicts every land pixel of the tile: TAM-RL embeddings once per pixel, then the days in chunks
// of kPredictionChunkDays. `betweenPixels` is called after each pixel (cancel checks, MPI
// requests); it may throw to abandon the tile.
TileResult predictTile(const ml::FluxModel& model, const grid::DriverTile& drivers,
                       const grid::StaticTile& statics, int tileIndex,
                       const std::function<void()>& betweenPixels = {});

} // namespace fluxlens::upscale
