// STAND-IN until branch `grid` is merged (which replaces this file and core/grid/CMakeLists.txt).
#include "grid/grid_spec.h"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace fluxlens::grid {

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

void validateGrid(const GridSpec& g) {
    if (!(g.resolution_deg > 0))
        throw std::invalid_argument("grid resolution must be positive");
    if (!(g.west_deg < g.east_deg) || !(g.south_deg < g.north_deg))
        throw std::invalid_argument("grid extent is empty");
    if (g.west_deg < -180 || g.east_deg > 180 || g.south_deg < -90 || g.north_deg > 90)
        throw std::invalid_argument("grid extent outside ±180/±90");
}

GridSpec parseBbox(const std::string& wsen, double resolution_deg) {
    GridSpec g;
    char c1 = 0, c2 = 0, c3 = 0;
    std::istringstream in(wsen);
    if (!(in >> g.west_deg >> c1 >> g.south_deg >> c2 >> g.east_deg >> c3 >> g.north_deg))
        throw std::invalid_argument("bbox '" + wsen + "' is not W,S,E,N");
    g.resolution_deg = resolution_deg;
    validateGrid(g);
    return g;
}

} // namespace fluxlens::grid
