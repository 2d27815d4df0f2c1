// bench_upscale: throughput of `fluxlens-cli upscale` on the demo grid. Writes the demo grid
// (Central Europe by default) and trains a TAM-RL model of the default architecture for one epoch
// per stage on the towers' pixels (the weights do not matter for speed), then runs the CLI with 1
// rank and, when mpirun is present, with 2 ranks, and prints pixel-days per second per rank, peak
// resident memory, the parallel efficiency and the wall time a 0.05° global year would take on
// 100 such ranks. On CUDA (when LibTorch sees a GPU) it also runs one rank with --device cuda.
//
// Usage: bench_upscale FLUXLENS_CLI [--resolution DEG] [--tile-pixels N] [--work DIR]
#include "common/dates.h"
#include "demo/demo_generator.h"
#include "demo/demo_grid_files.h"
#include "ml/flux_model.h"
#include "upscale/pixel_predictor.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gdal_priv.h>
#include <iostream>
#include <regex>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>

using namespace fluxlens;

namespace {
struct RunFigures {
    double wallSeconds = 0;
    double cpuSeconds = 0; // user + system of all the run's processes
    long long pixelDays = 0;
    double peakRssMiB = 0; // the largest process of the run
};

std::string readText(const std::filesystem::path& file) {
    std::ifstream in(file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs `command` through the shell; the CLI's own summary line gives the pixel-days.
double loadAverage() {
    double load[1] = {0.0};
    return getloadavg(load, 1) == 1 ? load[0] : 0.0;
}

double childCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           1e-6 * static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
}

RunFigures runTimed(const std::string& command, const std::filesystem::path& log) {
    const double cpuBefore = childCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    const int status = std::system((command + " > '" + log.string() + "' 2>&1").c_str());
    RunFigures f;
    f.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("failed (see " + log.string() + "): " + command);
    f.cpuSeconds = childCpuSeconds() - cpuBefore;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    f.peakRssMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    std::smatch m;
    const std::string text = readText(log);
    if (std::regex_search(text, m, std::regex(R"((\d+) pixel-days in)")))
        f.pixelDays = std::stoll(m[1]);
    return f;
}

ml::SiteSeries towerSite(const grid::GriddedDrivers& drivers, const grid::GridSpec& grid, int row,
                         int col, int firstDay, int lastDay, const std::vector<float>& truthGpp,
                         const std::string& id) {
    const grid::PixelWindow window{row, col, 1, 1};
    const ml::MlConfig config;
    const grid::DriverTile tile =
        drivers.read(grid, window, upscale::griddedFeatures(config), firstDay, lastDay);
    ml::SiteSeries site =
        upscale::pixelSeries(tile, drivers.readStatics(grid, window), 0, 0, config.features);
    site.id = id;
    for (int d = 0; d < tile.dayCount; ++d)
        site.gpp_gC_m2_d.push_back(
            truthGpp[(static_cast<std::size_t>(d) * grid.rows() + row) * grid.columns() + col]);
    return site;
}
} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "Usage: bench_upscale FLUXLENS_CLI [--resolution DEG] [--tile-pixels N] "
                     "[--work DIR]\n";
        return 2;
    }
    const std::string cli = argv[1];
    double resolution = 0.25;
    // Many more tiles than ranks, so that dynamic distribution can balance dense and sparse land.
    int tilePixels = 8;
    std::filesystem::path work = std::filesystem::temp_directory_path() / "bench_upscale";
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--resolution")
            resolution = std::stod(argv[i + 1]);
        else if (key == "--tile-pixels")
            tilePixels = std::stoi(argv[i + 1]);
        else if (key == "--work")
            work = argv[i + 1];
    }
    try {
        std::filesystem::remove_all(work);
        demo::DemoOptions demoOptions;
        demoOptions.firstYear = 2017;
        demoOptions.lastYear = 2020;
        demo::DemoGridOptions gridOptions;
        gridOptions.resolution_deg = resolution;
        const demo::WrittenDemoGrid written =
            demo::writeDemoGridFiles(demo::planDemoWorld(demoOptions), gridOptions, work, {}, 2);
        const grid::GridSpec grid{gridOptions.west_deg, gridOptions.south_deg, gridOptions.east_deg,
                                  gridOptions.north_deg, resolution};
        const std::filesystem::path map = written.folder / demo::kDriverMapFileName;
        const grid::GriddedDrivers drivers = grid::GriddedDrivers::open(map);
        const int firstDay = toDayNumber(Day{std::chrono::year{2019} / 1 / 1});
        const int lastDay = toDayNumber(Day{std::chrono::year{2020} / 12 / 31});

        // Towers' pixels from tower_pixels.csv (site_id,lat,lon,row,col,...), truth as target.
        GDALAllRegister();
        std::vector<float> truth;
        {
            std::unique_ptr<GDALDataset> nc(GDALDataset::Open(
                (written.folder / demo::kTruthFileName).string().c_str(), GDAL_OF_MULTIDIM_RASTER));
            const auto array = nc->GetRootGroup()->OpenMDArray("GPP");
            std::vector<GUInt64> start(3, 0);
            std::vector<size_t> count;
            for (const auto& d : array->GetDimensions())
                count.push_back(static_cast<size_t>(d->GetSize()));
            truth.resize(count[0] * count[1] * count[2]);
            array->Read(start.data(), count.data(), nullptr, nullptr,
                        GDALExtendedDataType::Create(GDT_Float32), truth.data());
        }
        std::vector<ml::SiteSeries> sites;
        std::istringstream csv(readText(written.folder / demo::kTowerPixelsFileName));
        std::string line;
        std::getline(csv, line);
        while (std::getline(csv, line)) {
            std::vector<std::string> f;
            std::stringstream s(line);
            for (std::string field; std::getline(s, field, ',');)
                f.push_back(field);
            sites.push_back(towerSite(drivers, grid, std::stoi(f[3]), std::stoi(f[4]), firstDay,
                                      lastDay, truth, f[0]));
        }
        ml::TrainRequest request;
        request.config.targets = {"GPP"};
        request.config.stage1_epochs = 1;
        request.config.stage2_epochs = 1;
        request.config.support_years = 1;
        request.config.device = "cpu";
        const std::filesystem::path model = work / "model";
        ml::FluxModel::train(sites, request).save(model);

        std::ostringstream common;
        common << cli << " upscale --model '" << model.string() << "' --drivers '" << map.string()
               << "' --bbox " << grid.west_deg << ',' << grid.south_deg << ',' << grid.east_deg
               << ',' << grid.north_deg << " --resolution " << resolution
               << " --from 2019-01-01 --to 2020-12-31 --tile-pixels " << tilePixels;
        const RunFigures one =
            runTimed(common.str() + " --device cpu --out '" + (work / "one.nc").string() + "'",
                     work / "one.log");
        std::printf("grid %d x %d at %g deg, tiles of %d pixels, %lld land pixels, 731 days; "
                    "TAM-RL default "
                    "architecture (hidden %d, embedding %d), 1 member; load average %.1f\n",
                    grid.rows(), grid.columns(), resolution, tilePixels, written.landPixels,
                    request.config.hidden, request.config.embedding, loadAverage());
        // Wall clock says what a user waits for on this machine; CPU seconds what a dedicated
        // core per rank would do (on a shared machine a process gets a share of a core).
        const auto print = [](const char* label, const RunFigures& f, int ranks) {
            std::printf("%s: %.1f s wall, %.1f s CPU; per rank %.3g pixel-days/s wall, %.3g "
                        "pixel-days per CPU-second; peak RSS of the largest process %.0f MiB\n",
                        label, f.wallSeconds, f.cpuSeconds,
                        static_cast<double>(f.pixelDays) / f.wallSeconds / ranks,
                        static_cast<double>(f.pixelDays) / f.cpuSeconds, f.peakRssMiB);
        };
        print("1 rank (cpu) ", one, 1);
        double perCpuSecond = static_cast<double>(one.pixelDays) / one.cpuSeconds;
        if (std::system("command -v mpirun > /dev/null 2>&1") == 0) {
            const RunFigures two =
                runTimed("mpirun -np 2 --oversubscribe --allow-run-as-root " + common.str() +
                             " --device cpu --out '" + (work / "two.nc").string() + "'",
                         work / "two.log");
            print("2 ranks (cpu)", two, 2);
            std::printf("parallel efficiency 1 -> 2 ranks: %.0f %% by wall clock (speed-up %.2f "
                        "of 2, on a machine with load %.1f), %.0f %% by CPU time (work 1 rank / "
                        "work 2 ranks)\n",
                        100.0 * one.wallSeconds / two.wallSeconds / 2.0,
                        one.wallSeconds / two.wallSeconds, loadAverage(),
                        100.0 * one.cpuSeconds / two.cpuSeconds);
            perCpuSecond = static_cast<double>(two.pixelDays) / two.cpuSeconds;
        } else {
            std::printf("2 ranks: mpirun not found, not measured\n");
        }
        if (ml::cudaAvailable()) {
            const RunFigures gpu =
                runTimed(common.str() + " --device cuda --out '" + (work / "gpu.nc").string() + "'",
                         work / "gpu.log");
            print("1 rank (cuda)", gpu, 1);
        } else {
            std::printf("cuda: not available to LibTorch here, not measured\n");
        }
        const double globalPixelDays = 8e6 * 365.0;
        std::printf("0.05 deg global year (8e6 land pixels x 365 days = %.3g pixel-days) on 100 "
                    "ranks with a core each, at %.3g pixel-days per CPU-second per rank: %.1f h\n",
                    globalPixelDays, perCpuSecond,
                    globalPixelDays / (100.0 * perCpuSecond) / 3600.0);
    } catch (const std::exception& e) {
        std::cerr << "bench_upscale: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
