// bench_gridded_drivers: how fast GriddedDrivers turns ERA5-Land daily NetCDF into model drivers.
// Writes CDS-like files (float32 t2m, d2m, ssrd, tp on 0.1° cells, latitude descending, one file
// per year) for a region, then reads the `tower` preset's drivers (TA_F, VPD_F, SW_IN_F, P_F,
// SW_IN_POT) tile by tile for the whole period onto an output grid, as runUpscale does. Prints
// open and read time, pixel-days per second, peak resident memory and the per-read bound.
//   bench_gridded_drivers [--bbox W,S,E,N] [--resolution DEG] [--years N] [--tile PIXELS]
#include "grid/gridded_drivers.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gdal_priv.h>
#include <memory>
#include <string>
#include <sys/resource.h>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace fluxlens::grid;

namespace {
constexpr double kEraResolution = 0.1;
constexpr int kFirstDay = 18262; // 2020-01-01

double seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto sec = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return sec(usage.ru_utime) + sec(usage.ru_stime);
}

double peakResidentMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

void writeYear(const std::string& path, const GridSpec& region, int firstDay, int days) {
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("netCDF");
    std::unique_ptr<GDALDataset> ds(driver->CreateMultiDimensional(path.c_str(), nullptr, nullptr));
    if (!ds)
        throw std::runtime_error("cannot create " + path);
    auto root = ds->GetRootGroup();
    const int cols =
        static_cast<int>(std::lround((region.east_deg - region.west_deg) / kEraResolution));
    const int rows =
        static_cast<int>(std::lround((region.north_deg - region.south_deg) / kEraResolution));
    auto t = root->CreateDimension("valid_time", GDAL_DIM_TYPE_TEMPORAL, {}, days);
    auto y = root->CreateDimension("latitude", GDAL_DIM_TYPE_HORIZONTAL_Y, {}, rows);
    auto x = root->CreateDimension("longitude", GDAL_DIM_TYPE_HORIZONTAL_X, {}, cols);
    const auto f64 = GDALExtendedDataType::Create(GDT_Float64);
    const auto f32 = GDALExtendedDataType::Create(GDT_Float32);
    const auto text = GDALExtendedDataType::CreateString();
    auto axis = [&](const std::shared_ptr<GDALDimension>& dim, const std::vector<double>& values,
                    const char* units) {
        auto a = root->CreateMDArray(dim->GetName(), {dim}, f64);
        const GUInt64 start = 0;
        const size_t count = values.size();
        a->Write(&start, &count, nullptr, nullptr, f64, values.data());
        a->CreateAttribute("units", {}, text)->Write(units);
    };
    std::vector<double> times, lats, lons;
    for (int d = 0; d < days; ++d)
        times.push_back((firstDay + d) * 86400.0);
    for (int r = 0; r < rows; ++r)
        lats.push_back(region.north_deg - (r + 0.5) * kEraResolution);
    for (int c = 0; c < cols; ++c)
        lons.push_back(region.west_deg + (c + 0.5) * kEraResolution);
    axis(t, times, "seconds since 1970-01-01");
    axis(y, lats, "degrees_north");
    axis(x, lons, "degrees_east");
    struct Variable {
        const char* name;
        const char* units;
        double base, amplitude;
    };
    for (const Variable& v :
         {Variable{"t2m", "K", 283.0, 10.0}, Variable{"d2m", "K", 279.0, 8.0},
          Variable{"ssrd", "J m**-2", 1.2e7, 1e7}, Variable{"tp", "m", 0.002, 0.002}}) {
        auto a = root->CreateMDArray(v.name, {t, y, x}, f32);
        a->CreateAttribute("units", {}, text)->Write(v.units);
        std::vector<float> day(static_cast<std::size_t>(rows * cols));
        for (int d = 0; d < days; ++d) {
            const double season = std::sin(2.0 * 3.14159265 * (d - 100) / 365.0);
            for (int r = 0; r < rows; ++r)
                for (int c = 0; c < cols; ++c)
                    day[static_cast<std::size_t>(r * cols + c)] =
                        static_cast<float>(v.base + v.amplitude * season +
                                           0.01 * v.amplitude * ((r * 7 + c * 3) % 11));
            const GUInt64 start[3] = {static_cast<GUInt64>(d), 0, 0};
            const size_t count[3] = {1, static_cast<size_t>(rows), static_cast<size_t>(cols)};
            if (!a->Write(start, count, nullptr, nullptr, f32, day.data()))
                throw std::runtime_error("cannot write " + path);
        }
    }
}
} // namespace

int main(int argc, char** argv) {
    std::string bbox = "5,45,20,55";
    double resolution = 0.25;
    int years = 1;
    int tile = 32;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--bbox")
            bbox = value;
        else if (flag == "--resolution")
            resolution = std::atof(value.c_str());
        else if (flag == "--years")
            years = std::atoi(value.c_str());
        else if (flag == "--tile")
            tile = std::atoi(value.c_str());
        else {
            std::fprintf(stderr, "usage: bench_gridded_drivers [--bbox W,S,E,N] [--resolution DEG] "
                                 "[--years N] [--tile PIXELS]\n");
            return 2;
        }
    }
    try {
        GDALAllRegister();
        const GridSpec grid = parseBbox(bbox, resolution);
        const fs::path folder =
            fs::temp_directory_path() / ("bench_gridded_drivers_" + std::to_string(::getpid()));
        fs::create_directories(folder);
        std::string paths;
        auto start = Clock::now();
        for (int y = 0; y < years; ++y) {
            const std::string name = "era5land_daily_" + std::to_string(2020 + y) + ".nc";
            writeYear((folder / name).string(), grid, kFirstDay + 365 * y, 365);
            paths += (paths.empty() ? "\"" : ", \"") + name + "\"";
        }
        std::printf("wrote %d year(s) of ERA5-Land-like files (4 variables, 0.1°) in %.1f s\n",
                    years, seconds(start));
        std::ofstream(folder / "drivers.json")
            << R"({"format": "fluxlens-driver-map", "version": 1, "sources": {"era5": {"kind": "era5-land", "paths": [)"
            << paths << R"(]}}, "features": {
              "TA_F": {"source": "era5", "variable": "t2m"},
              "VPD_F": {"source": "era5", "derive": "vpd", "variables": ["t2m", "d2m"]},
              "SW_IN_F": {"source": "era5", "variable": "ssrd"},
              "P_F": {"source": "era5", "variable": "tp"},
              "SW_IN_POT": {"derive": "sw_in_pot"}}})";
        start = Clock::now();
        const GriddedDrivers drivers = GriddedDrivers::open(folder / "drivers.json");
        std::printf("open: %.3f s\n", seconds(start));
        const std::vector<std::string> features{"TA_F", "VPD_F", "SW_IN_F", "P_F", "SW_IN_POT"};
        start = Clock::now();
        const double cpuStart = processCpuSeconds();
        long long pixelDays = 0;
        double checksum = 0.0;
        for (int row = 0; row < grid.rows(); row += tile)
            for (int col = 0; col < grid.columns(); col += tile) {
                const PixelWindow window{row, col, std::min(tile, grid.rows() - row),
                                         std::min(tile, grid.columns() - col)};
                const DriverTile t =
                    drivers.read(grid, window, features, drivers.firstDay(), drivers.lastDay());
                pixelDays += static_cast<long long>(window.pixelCount()) * t.dayCount;
                checksum += t.values[t.values.size() / 2];
            }
        const double readSeconds = seconds(start);
        const double readCpuSeconds = processCpuSeconds() - cpuStart;
        const int days = drivers.lastDay() - drivers.firstDay() + 1;
        // Per read: 4 file variables held as double plus 5 features as float.
        const double boundMiB = (4 * 8.0 + 5 * 4.0) * days * tile * tile / (1024.0 * 1024.0);
        std::printf("grid %d x %d at %g°, %d days, tiles of %d px: read %.2f s wall, %.2f s CPU; "
                    "%.3g pixel-days/s wall, %.3g per CPU second (%zu features), checksum %.3f\n",
                    grid.rows(), grid.columns(), resolution, days, tile, readSeconds,
                    readCpuSeconds, pixelDays / readSeconds, pixelDays / readCpuSeconds,
                    features.size(), checksum);
        std::printf("peak resident memory %.0f MiB; per-read bound of the values %.1f MiB\n",
                    peakResidentMiB(), boundMiB);
        fs::remove_all(folder);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "bench_gridded_drivers: %s\n", error.what());
        return 1;
    }
    return 0;
}
