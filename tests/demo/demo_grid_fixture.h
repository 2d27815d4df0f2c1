#pragma once

// The small gridded demo world the demo grid tests share: a 2 x 2 degree grid at 0.5 degrees
// around the first Central European tower of a 60-site world, over 2019-2020.
#include "demo/demo_generator.h"
#include "demo/demo_grid_files.h"

#include <QTemporaryDir>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fluxlens::demo::test {

struct GridWorld {
    QTemporaryDir dir;
    std::filesystem::path folder;
    DemoPlan plan;
    std::size_t tower = 0;
    DemoGridOptions options;
    WrittenDemoGrid written;
    int towerRow = 0, towerCol = 0;
    GridWorld() {
        DemoOptions o;
        o.siteCount = 60;
        o.firstYear = 2019;
        o.lastYear = 2020;
        o.seed = 3;
        plan = planDemoWorld(o);
        while (plan.sites[tower].regionIndex != 0)
            ++tower;
        const PlannedSite& s = plan.sites[tower];
        options.west_deg = std::floor(s.lon_deg) - 1.0;
        options.east_deg = options.west_deg + 2.0;
        options.south_deg = std::floor(s.lat_deg) - 1.0;
        options.north_deg = options.south_deg + 2.0;
        options.resolution_deg = 0.5;
        towerRow = static_cast<int>(std::floor((options.north_deg - s.lat_deg) / 0.5));
        towerCol = static_cast<int>(std::floor((s.lon_deg - options.west_deg) / 0.5));
        folder = dir.path().toStdString();
        written = writeDemoGridFiles(plan, options, folder, {}, 2);
    }
    std::filesystem::path file(const std::string& name) const { return written.folder / name; }
};
inline const GridWorld& world() {
    static const GridWorld w;
    return w;
}

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace fluxlens::demo::test
