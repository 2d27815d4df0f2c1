#include "demo/demo_grid_options.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace fluxlens::demo {
namespace {
int wholePixels(double extent_deg, double resolution_deg, const char* axis) {
    const double pixels = extent_deg / resolution_deg;
    const double rounded = std::round(pixels);
    if (rounded < 1 || std::abs(pixels - rounded) > 1e-6)
        throw std::invalid_argument(std::string("the grid's ") + axis + " extent of " +
                                    std::to_string(extent_deg) + " degrees is not a whole number " +
                                    "of " + std::to_string(resolution_deg) + "-degree pixels");
    return static_cast<int>(rounded);
}
} // namespace

int DemoGridOptions::columns() const {
    return static_cast<int>(std::round((east_deg - west_deg) / resolution_deg));
}

int DemoGridOptions::rows() const {
    return static_cast<int>(std::round((north_deg - south_deg) / resolution_deg));
}

double DemoGridOptions::lonOfColumn(int col) const {
    return west_deg + (col + 0.5) * resolution_deg;
}

double DemoGridOptions::latOfRow(int row) const {
    return north_deg - (row + 0.5) * resolution_deg;
}

DemoGridOptions resolveGridOptions(const DemoGridOptions& grid, const DemoOptions& demo) {
    DemoGridOptions g = grid;
    if (!(g.resolution_deg > 0) || g.resolution_deg > 10)
        throw std::invalid_argument("the grid resolution must be above 0 and at most 10 degrees");
    if (!(g.west_deg < g.east_deg) || !(g.south_deg < g.north_deg) || g.west_deg < -180 ||
        g.east_deg > 180 || g.south_deg < -90 || g.north_deg > 90)
        throw std::invalid_argument("the grid box must have west < east within -180..180 and "
                                    "south < north within -90..90 degrees");
    wholePixels(g.east_deg - g.west_deg, g.resolution_deg, "west-east");
    wholePixels(g.north_deg - g.south_deg, g.resolution_deg, "south-north");
    if (g.firstYear == 0 && g.lastYear == 0) {
        g.lastYear = demo.lastYear;
        g.firstYear = std::max(demo.firstYear, demo.lastYear - 1);
    }
    if (g.firstYear > g.lastYear || g.firstYear < demo.firstYear || g.lastYear > demo.lastYear)
        throw std::invalid_argument(
            "the grid years " + std::to_string(g.firstYear) + "-" + std::to_string(g.lastYear) +
            " must lie within the demo years " + std::to_string(demo.firstYear) + "-" +
            std::to_string(demo.lastYear) + " (the towers' weather exists only there)");
    const long long pixelDays =
        static_cast<long long>(g.pixelCount()) * 366LL * (g.lastYear - g.firstYear + 1);
    if (pixelDays > kMaxDemoGridPixelDays)
        throw std::invalid_argument("the grid has " + std::to_string(g.pixelCount()) +
                                    " pixels over " + std::to_string(g.lastYear - g.firstYear + 1) +
                                    " years, more than the " +
                                    std::to_string(kMaxDemoGridPixelDays) +
                                    " pixel-days one run holds in memory: choose a smaller box, a "
                                    "coarser resolution or fewer years");
    return g;
}

DemoGridOptions parseGridBox(const std::string& wsen, double resolution_deg) {
    double v[4];
    const char* p = wsen.data();
    const char* end = wsen.data() + wsen.size();
    for (int i = 0; i < 4; ++i) {
        const auto r = std::from_chars(p, end, v[i]);
        const bool separatorOk = i < 3 ? (r.ptr < end && *r.ptr == ',') : r.ptr == end;
        if (r.ec != std::errc{} || !separatorOk)
            throw std::invalid_argument("the grid box must be W,S,E,N in degrees, e.g. "
                                        "5,45,15,55; got '" +
                                        wsen + "'");
        p = r.ptr + 1;
    }
    DemoGridOptions g;
    g.west_deg = v[0];
    g.south_deg = v[1];
    g.east_deg = v[2];
    g.north_deg = v[3];
    g.resolution_deg = resolution_deg;
    return g;
}

} // namespace fluxlens::demo
