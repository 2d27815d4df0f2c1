#include "upscale/upscale_output.h"

#include "common/join.h"
#include "upscale/netcdf_file.h"
#include "upscale/tile_file.h"
#include "upscale/tile_layout.h"

#include <algorithm>
#include <stdexcept>

namespace fluxlens::upscale {
namespace {
constexpr std::size_t kChunkEdge = 256;

const char* longNameOf(int variable) {
    static const char* names[kOutputVariableCount] = {
        "gross primary production",
        "ecosystem respiration",
        "net ecosystem exchange (RECO - GPP)",
        "ensemble standard deviation of gross primary production",
        "ensemble standard deviation of ecosystem respiration",
        "ensemble standard deviation of net ecosystem exchange"};
    return names[variable];
}

std::vector<double> latitudes(const grid::GridSpec& grid) {
    std::vector<double> out(static_cast<std::size_t>(grid.rows()));
    for (int r = 0; r < grid.rows(); ++r)
        out[static_cast<std::size_t>(r)] = grid.latOfRow(r);
    return out;
}

std::vector<double> longitudes(const grid::GridSpec& grid) {
    std::vector<double> out(static_cast<std::size_t>(grid.columns()));
    for (int c = 0; c < grid.columns(); ++c)
        out[static_cast<std::size_t>(c)] = grid.lonOfColumn(c);
    return out;
}

// Copies rows of a tile plane that fall in the band [bandRow0, bandRow0 + bandRows) into the
// band buffer (bandRows × gridCols).
void placeInBand(const grid::PixelWindow& w, const float* plane, int bandRow0, int bandRows,
                 int gridCols, float* band) {
    const int first = std::max(w.row0, bandRow0),
              last = std::min(w.row0 + w.rows, bandRow0 + bandRows);
    for (int r = first; r < last; ++r)
        std::copy_n(plane + static_cast<std::size_t>(r - w.row0) * w.cols, w.cols,
                    band + static_cast<std::size_t>(r - bandRow0) * gridCols + w.col0);
}
} // namespace

std::vector<int> missingTiles(const RunSettings& settings, const std::filesystem::path& parts) {
    const std::vector<grid::PixelWindow> tiles = tileWindows(settings.grid, settings.tilePixels);
    const std::string hash = settings.settingsHash();
    std::vector<int> missing;
    for (std::size_t i = 0; i < tiles.size(); ++i)
        if (!tileIsFinished(parts, static_cast<int>(i), hash, tiles[i]))
            missing.push_back(static_cast<int>(i));
    return missing;
}

std::vector<ProvenanceAttribute> provenanceAttributes(const RunSettings& s) {
    return {{"title", "FluxLens upscaled carbon fluxes (" + s.modelName + ")"},
            {"source", "FluxLens " + s.modelName + " (" + s.modelKind + ", " +
                           std::to_string(s.members) +
                           " ensemble member(s)) run on gridded drivers, pixel by pixel as for a "
                           "held-out tower"},
            {"fluxlens_model", s.modelName + " (" + s.modelKind + ") from " + s.modelFolder +
                                   ", model.json hash " + s.modelHash},
            {"fluxlens_data_hash", s.dataHash},
            {"fluxlens_drivers",
             s.driverMap + " (hash " + s.driverHash + "): " + joined(s.drivers, "; ")},
            {"fluxlens_settings_hash", s.settingsHash()},
            {"history", s.history}};
}

void writeDailyNetcdf(const RunSettings& settings, const std::filesystem::path& parts,
                      const std::filesystem::path& output,
                      const std::function<void(const std::string&)>& log) {
    const std::vector<int> missing = missingTiles(settings, parts);
    if (!missing.empty()) {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < std::min<std::size_t>(missing.size(), 20); ++i)
            names.push_back(std::to_string(missing[i]));
        throw std::runtime_error(parts.string() + ": " + std::to_string(missing.size()) +
                                 " tile(s) missing or from other settings: " + joined(names, ", ") +
                                 (missing.size() > 20 ? ", ..." : ""));
    }
    const grid::GridSpec& g = settings.grid;
    const int rows = g.rows(), cols = g.columns(), days = settings.dayCount();
    const std::vector<grid::PixelWindow> tiles = tileWindows(g, settings.tilePixels);
    const std::filesystem::path temporary = output.string() + ".writing";

    NetcdfFile file(temporary, "CF-1.8");
    auto timeDim =
        file.dimension("time", GDAL_DIM_TYPE_TEMPORAL, "", static_cast<std::size_t>(days));
    auto latDim =
        file.dimension("lat", GDAL_DIM_TYPE_HORIZONTAL_Y, "NORTH", static_cast<std::size_t>(rows));
    auto lonDim =
        file.dimension("lon", GDAL_DIM_TYPE_HORIZONTAL_X, "EAST", static_cast<std::size_t>(cols));
    std::vector<double> dayValues(static_cast<std::size_t>(days));
    for (int d = 0; d < days; ++d)
        dayValues[static_cast<std::size_t>(d)] = settings.firstDay + d;
    auto time = file.coordinate(timeDim, dayValues, "days since 1970-01-01", "time", "T");
    file.text(time, "calendar", "standard");
    file.coordinate(latDim, latitudes(g), "degrees_north", "latitude", "Y");
    file.coordinate(lonDim, longitudes(g), "degrees_east", "longitude", "X");
    file.geographicCrs();
    for (const ProvenanceAttribute& a : provenanceAttributes(settings))
        file.text(a.name, a.value);

    const std::size_t chunkRows = std::min<std::size_t>(kChunkEdge, static_cast<std::size_t>(rows));
    const std::size_t chunkCols = std::min<std::size_t>(kChunkEdge, static_cast<std::size_t>(cols));
    auto land = file.floatVariable("land_fraction", {latDim, lonDim}, {chunkRows, chunkCols});
    file.text(land, "units", "1");
    file.text(land, "long_name", "land fraction of the pixel");
    file.text(land, "grid_mapping", "crs");
    std::vector<std::shared_ptr<GDALMDArray>> variables;
    for (int v = 0; v < kOutputVariableCount; ++v) {
        auto array = file.floatVariable(kOutputVariables[v], {timeDim, latDim, lonDim},
                                        {1, chunkRows, chunkCols});
        file.text(array, "units", "gC m-2 d-1");
        file.text(array, "long_name", longNameOf(v));
        file.text(array, "grid_mapping", "crs");
        file.text(array, "cell_methods",
                  v < 3 ? "time: mean" : "time: mean (ensemble: standard_deviation)");
        variables.push_back(std::move(array));
    }

    // Bands of chunk rows; within a band, blocks of days that fit the assembly buffer, so each
    // tile file is read once per band, variable and block, in consecutive planes.
    const std::size_t bandPlane = chunkRows * static_cast<std::size_t>(cols);
    const int blockDays = std::clamp(
        static_cast<int>(kAssemblyBufferMiB * 1024 * 1024 / (bandPlane * sizeof(float))), 1, days);
    std::vector<float> buffer(bandPlane * static_cast<std::size_t>(blockDays));
    std::vector<float> plane;
    for (int bandRow0 = 0; bandRow0 < rows; bandRow0 += static_cast<int>(chunkRows)) {
        const int bandRows = std::min(static_cast<int>(chunkRows), rows - bandRow0);
        std::vector<int> inBand;
        for (std::size_t i = 0; i < tiles.size(); ++i)
            if (tiles[i].row0 < bandRow0 + bandRows && tiles[i].row0 + tiles[i].rows > bandRow0)
                inBand.push_back(static_cast<int>(i));
        std::fill(buffer.begin(), buffer.end(), 0.0f);
        for (int i : inBand) {
            TileReader reader(tileFile(parts, i));
            plane.resize(static_cast<std::size_t>(tiles[static_cast<std::size_t>(i)].pixelCount()));
            reader.readLandFraction(plane.data());
            placeInBand(tiles[static_cast<std::size_t>(i)], plane.data(), bandRow0, bandRows, cols,
                        buffer.data());
        }
        file.write(land, {static_cast<GUInt64>(bandRow0), 0},
                   {static_cast<std::size_t>(bandRows), static_cast<std::size_t>(cols)},
                   buffer.data());
        for (int v = 0; v < kOutputVariableCount; ++v)
            for (int day0 = 0; day0 < days; day0 += blockDays) {
                const int block = std::min(blockDays, days - day0);
                for (int i : inBand) {
                    const grid::PixelWindow& w = tiles[static_cast<std::size_t>(i)];
                    TileReader reader(tileFile(parts, i));
                    plane.resize(static_cast<std::size_t>(w.pixelCount()));
                    for (int d = 0; d < block; ++d) {
                        reader.readPlane(v, day0 + d, plane.data());
                        placeInBand(w, plane.data(), bandRow0, bandRows, cols,
                                    buffer.data() + static_cast<std::size_t>(d) * bandRows * cols);
                    }
                }
                file.write(variables[static_cast<std::size_t>(v)],
                           {static_cast<GUInt64>(day0), static_cast<GUInt64>(bandRow0), 0},
                           {static_cast<std::size_t>(block), static_cast<std::size_t>(bandRows),
                            static_cast<std::size_t>(cols)},
                           buffer.data());
            }
        if (log)
            log("assembled rows " + std::to_string(bandRow0) + "-" +
                std::to_string(bandRow0 + bandRows - 1) + " of " + std::to_string(rows));
    }
    variables.clear();
    land.reset();
    time.reset();
    file.close();
    std::error_code ec;
    std::filesystem::rename(temporary, output, ec);
    if (ec)
        throw std::runtime_error(output.string() +
                                 ": cannot move the finished file in place: " + ec.message());
}

} // namespace fluxlens::upscale
