#include "grid/grid_spec.h"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace fluxlens::grid {
namespace {
constexpr double kWholePixelTolerance = 1e-6;

std::string formatNumber(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

void requireWholePixels(double extent_deg, double resolution_deg, const char* axis) {
    const double pixels = extent_deg / resolution_deg;
    if (std::abs(pixels - std::round(pixels)) > kWholePixelTolerance)
        throw std::invalid_argument(std::string("grid: the ") + axis + " extent " +
                                    formatNumber(extent_deg) + "° is not a whole number of " +
                                    formatNumber(resolution_deg) + "° pixels (" +
                                    formatNumber(pixels) + ")");
}
} // namespace

int GridSpec::columns() const {
    return static_cast<int>(std::lround((east_deg - west_deg) / resolution_deg));
}

int GridSpec::rows() const {
    return static_cast<int>(std::lround((north_deg - south_deg) / resolution_deg));
}

double GridSpec::lonOfColumn(int col) const {
    return west_deg + (col + 0.5) * resolution_deg;
}

double GridSpec::latOfRow(int row) const {
    return north_deg - (row + 0.5) * resolution_deg;
}

void validateGrid(const GridSpec& grid) {
    for (double value :
         {grid.west_deg, grid.south_deg, grid.east_deg, grid.north_deg, grid.resolution_deg})
        if (!std::isfinite(value))
            throw std::invalid_argument("grid: the bounds and resolution must be finite numbers");
    if (!(grid.resolution_deg > 0.0))
        throw std::invalid_argument("grid: the resolution " + formatNumber(grid.resolution_deg) +
                                    "° must be positive");
    if (grid.west_deg < -180.0 || grid.east_deg > 180.0)
        throw std::invalid_argument("grid: longitudes " + formatNumber(grid.west_deg) + ".." +
                                    formatNumber(grid.east_deg) + " are outside -180..180");
    if (grid.south_deg < -90.0 || grid.north_deg > 90.0)
        throw std::invalid_argument("grid: latitudes " + formatNumber(grid.south_deg) + ".." +
                                    formatNumber(grid.north_deg) + " are outside -90..90");
    if (grid.west_deg >= grid.east_deg)
        throw std::invalid_argument("grid: west " + formatNumber(grid.west_deg) +
                                    " must be less than east " + formatNumber(grid.east_deg));
    if (grid.south_deg >= grid.north_deg)
        throw std::invalid_argument("grid: south " + formatNumber(grid.south_deg) +
                                    " must be less than north " + formatNumber(grid.north_deg));
    requireWholePixels(grid.east_deg - grid.west_deg, grid.resolution_deg, "west-east");
    requireWholePixels(grid.north_deg - grid.south_deg, grid.resolution_deg, "south-north");
}

GridSpec parseBbox(const std::string& wsen, double resolution_deg) {
    std::vector<double> values;
    std::stringstream in(wsen);
    std::string field;
    while (std::getline(in, field, ',')) {
        std::size_t used = 0;
        double value = 0.0;
        try {
            value = std::stod(field, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || field.find_first_not_of(" \t", used) != std::string::npos)
            throw std::invalid_argument("bounding box '" + wsen + "': '" + field +
                                        "' is not a number (expected W,S,E,N in degrees)");
        values.push_back(value);
    }
    if (values.size() != 4 || (!wsen.empty() && wsen.back() == ','))
        throw std::invalid_argument("bounding box '" + wsen +
                                    "': expected four numbers W,S,E,N in degrees");
    GridSpec grid{values[0], values[1], values[2], values[3], resolution_deg};
    try {
        validateGrid(grid);
    } catch (const std::invalid_argument& error) {
        throw std::invalid_argument("bounding box '" + wsen + "': " + error.what());
    }
    return grid;
}

} // namespace fluxlens::grid
