// bench_import: writes FLUXNET2015 SUBSET-like daily CSVs for many sites, then times
//  1. parsing them (read + detect + parse into ImportBatch),
//  2. importing them into a fresh cache (parse + SHA-256 + SQLite transaction per file),
//  3. pandas read_csv + DataFrame.to_sql into SQLite on the same files (python3-pandas),
// all on one core, and prints cells per second and the pandas / FluxLens time ratio, by the wall
// clock and by the process's CPU time (the figure that other work on a shared machine skews
// least).
//   bench_import [--sites N] [--years Y] [--keep DIR]
#include "cache/cache.h"
#include "import/file_bytes.h"
#include "import/import_job.h"
#include "import/text_importer.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <random>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {
// The columns of a FLUXNET2015 SUBSET daily file (the first 40, as distributed).
const char* const kColumns[] = {
    "TIMESTAMP",
    "TA_F",
    "TA_F_QC",
    "SW_IN_POT",
    "SW_IN_F",
    "SW_IN_F_QC",
    "LW_IN_F",
    "LW_IN_F_QC",
    "VPD_F",
    "VPD_F_QC",
    "PA_F",
    "PA_F_QC",
    "P_F",
    "P_F_QC",
    "WS_F",
    "WS_F_QC",
    "CO2_F_MDS",
    "CO2_F_MDS_QC",
    "TS_F_MDS_1",
    "TS_F_MDS_1_QC",
    "SWC_F_MDS_1",
    "SWC_F_MDS_1_QC",
    "G_F_MDS",
    "G_F_MDS_QC",
    "LE_F_MDS",
    "LE_F_MDS_QC",
    "LE_CORR",
    "H_F_MDS",
    "H_F_MDS_QC",
    "H_CORR",
    "NEE_VUT_REF",
    "NEE_VUT_REF_QC",
    "NEE_VUT_USTAR50",
    "NEE_VUT_USTAR50_QC",
    "RECO_NT_VUT_REF",
    "RECO_NT_VUT_USTAR50",
    "GPP_NT_VUT_REF",
    "GPP_NT_VUT_USTAR50",
    "GPP_DT_VUT_REF",
    "GPP_DT_VUT_USTAR50",
};
constexpr int kColumnCount = sizeof kColumns / sizeof kColumns[0];

double seconds(Clock::duration d) {
    return std::chrono::duration<double>(d).count();
}

double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto secondsOf = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime);
}

// Wall-clock and CPU seconds since construction.
struct Stopwatch {
    Clock::time_point wall = Clock::now();
    double cpu = processCpuSeconds();
    double wallSeconds() const { return seconds(Clock::now() - wall); }
    double cpuSeconds() const { return processCpuSeconds() - cpu; }
};

struct PandasSeconds {
    double wall = -1.0;
    double cpu = -1.0;
};

std::uint64_t writeSiteFile(const fs::path& file, int site, int years, std::mt19937& rng) {
    std::ofstream out(file, std::ios::binary);
    for (int c = 0; c < kColumnCount; ++c)
        out << (c ? "," : "") << kColumns[c];
    out << "\n";
    std::normal_distribution<double> noise(0.0, 1.0);
    const int days = years * 365 + years / 4;
    auto date = std::chrono::sys_days{std::chrono::year{2000} / 1 / 1};
    char buffer[64];
    for (int d = 0; d < days; ++d, date += std::chrono::days{1}) {
        const std::chrono::year_month_day ymd{date};
        std::snprintf(buffer, sizeof buffer, "%04d%02u%02u", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
        out << buffer;
        const double season = std::sin(d * 0.0172 + site);
        for (int c = 1; c < kColumnCount; ++c) {
            const std::string name = kColumns[c];
            double v;
            if (name.size() > 3 && name.substr(name.size() - 3) == "_QC")
                v = std::min(1.0, std::round(std::abs(noise(rng)) * 30.0) / 100.0);
            else if (name.rfind("TA_", 0) == 0 || name.rfind("TS_", 0) == 0)
                v = 10.0 + 10.0 * season + noise(rng);
            else if (name.rfind("GPP", 0) == 0 || name.rfind("RECO", 0) == 0)
                v = std::max(0.0, 5.0 + 4.0 * season + noise(rng));
            else if (name.rfind("NEE", 0) == 0)
                v = -2.0 * season + noise(rng);
            else if (name == "PA_F")
                v = 98.0 + noise(rng);
            else if (name == "P_F")
                v = std::max(0.0, 2.0 * noise(rng));
            else if (name == "VPD_F")
                v = std::max(0.0, 6.0 + 4.0 * season + noise(rng));
            else if (name == "CO2_F_MDS")
                v = 390.0 + 5.0 * noise(rng);
            else if (name == "SWC_F_MDS_1")
                v = 30.0 + 5.0 * season;
            else if (name == "WS_F")
                v = std::abs(2.0 + noise(rng));
            else
                v = 120.0 + 80.0 * season + 10.0 * noise(rng);
            if (d % 97 == site % 97 && c % 5 == 0)
                out << ",-9999";
            else {
                std::snprintf(buffer, sizeof buffer, ",%.3f", v);
                out << buffer;
            }
        }
        out << "\n";
    }
    return static_cast<std::uint64_t>(days) * kColumnCount;
}

// python3 with pandas, or an empty string.
std::string findPandasPython() {
    for (const char* python : {"/usr/bin/python3", "python3"}) {
        const std::string check =
            std::string(python) + " -c 'import pandas, sqlite3' >/dev/null 2>&1";
        if (std::system(check.c_str()) == 0)
            return python;
    }
    return {};
}

// Seconds pandas needs for read_csv + to_sql of every file (timed inside Python, so interpreter
// start-up and imports are not counted); negative on failure.
PandasSeconds timePandas(const std::string& python, const fs::path& dir, const fs::path& database) {
    const fs::path script = dir / "pandas_import.py";
    {
        std::ofstream out(script);
        out << "import glob, sqlite3, sys, time\n"
               "import pandas as pd\n"
               "files = sorted(glob.glob(sys.argv[1] + '/FLX_*.csv'))\n"
               "con = sqlite3.connect(sys.argv[2])\n"
               "start, cpu = time.perf_counter(), time.process_time()\n"
               "for f in files:\n"
               "    df = pd.read_csv(f, na_values=[-9999])\n"
               "    df.insert(0, 'site', f.split('/')[-1][4:10])\n"
               "    df.to_sql('flux', con, if_exists='append', index=False)\n"
               "    con.commit()\n"
               "print(time.perf_counter() - start, time.process_time() - cpu)\n";
    }
    const std::string command =
        python + " '" + script.string() + "' '" + dir.string() + "' '" + database.string() + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), &pclose);
    PandasSeconds result;
    if (!pipe)
        return result;
    char line[128] = {};
    if (std::fgets(line, sizeof line, pipe.get()) &&
        std::sscanf(line, "%lf %lf", &result.wall, &result.cpu) != 2)
        result = {};
    return result;
}
} // namespace

int runBenchmark(int argc, char** argv) {
    int sites = 60;
    int years = 15;
    std::string keep;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i];
        if (key == "--sites")
            sites = std::atoi(argv[i + 1]);
        else if (key == "--years")
            years = std::atoi(argv[i + 1]);
        else if (key == "--keep")
            keep = argv[i + 1];
    }
    const fs::path dir = keep.empty() ? fs::temp_directory_path() /
                                            ("fluxlens-bench-import-" + std::to_string(::getpid()))
                                      : fs::path(keep);
    fs::create_directories(dir / "csv");
    std::mt19937 rng(42);
    std::vector<std::string> files;
    std::uint64_t cells = 0, bytes = 0;
    for (int s = 0; s < sites; ++s) {
        char name[128];
        std::snprintf(name, sizeof name, "FLX_B%c-%03d_FLUXNET2015_SUBSET_DD_2000-%d_1-4.csv",
                      'A' + s % 26, s, 2000 + years - 1);
        const fs::path file = dir / "csv" / name;
        cells += writeSiteFile(file, s, years, rng);
        bytes += fs::file_size(file);
        files.push_back(file.string());
    }
    std::printf("bench_import: %d sites x %d years, %d columns: %llu cells, %.1f MB of CSV\n",
                sites, years, kColumnCount, static_cast<unsigned long long>(cells), bytes / 1e6);

    // 1. Parse only.
    const Stopwatch parse;
    std::uint64_t tables = 0;
    for (const auto& f : files) {
        const std::string text = fluxlens::readWholeFile(f);
        const auto batch = fluxlens::importTextFile(f, fs::path(f).filename().string(), text, {});
        tables += batch.tables.size();
    }
    const double parseSeconds = parse.wallSeconds(), parseCpu = parse.cpuSeconds();
    std::printf("parse only (read + detect + parse):   %7.3f s  %8.2f M cells/s  (%llu tables)\n",
                parseSeconds, cells / parseSeconds / 1e6, static_cast<unsigned long long>(tables));
    std::printf("                              CPU:    %7.3f s  %8.2f M cells/CPU-s\n", parseCpu,
                cells / parseCpu / 1e6);

    // The file digest every import computes for the import log.
    auto t0 = Clock::now();
    for (const auto& f : files)
        (void)fluxlens::sha256Hex(fluxlens::readWholeFile(f));
    const double digestSeconds = seconds(Clock::now() - t0);
    std::printf("read + SHA-256 (import log digest):   %7.3f s  %8.1f MB/s\n", digestSeconds,
                bytes / digestSeconds / 1e6);

    // 2. Full import into a fresh cache.
    const fs::path cachePath = dir / "bench.sqlite";
    fs::remove(cachePath);
    const Stopwatch import;
    {
        fluxlens::Cache cache = fluxlens::Cache::open(cachePath.string());
        fluxlens::ImportOptions options;
        options.deriveKoppen = false; // sites have no latitude here
        for (const auto& f : files) {
            const auto result = fluxlens::importFile(cache, f, options, {});
            if (result.status != fluxlens::FileImportResult::Status::Imported) {
                std::fprintf(stderr, "bench_import: %s failed: %s\n", f.c_str(),
                             result.errorMessage.c_str());
                return 1;
            }
        }
    }
    const double importSeconds = import.wallSeconds(), importCpu = import.cpuSeconds();
    std::uint64_t cacheBytes = fs::file_size(cachePath);
    for (const char* suffix : {"-wal", "-shm"})
        if (fs::exists(cachePath.string() + suffix))
            cacheBytes += fs::file_size(cachePath.string() + suffix);
    std::printf(
        "full import into the cache:           %7.3f s  %8.2f M cells/s  (target >= 12 M)\n",
        importSeconds, cells / importSeconds / 1e6);
    std::printf("                              CPU:    %7.3f s  %8.2f M cells/CPU-s\n", importCpu,
                cells / importCpu / 1e6);
    std::printf("cache size: %.1f MB = %.2f x the CSV (stores the %s columns FluxLens uses)\n",
                cacheBytes / 1e6, double(cacheBytes) / double(bytes), "cache/variables.h");

    // 3. pandas.
    const std::string python = findPandasPython();
    if (python.empty()) {
        std::printf("pandas: skipped (no python3 with pandas found; Debian: python3-pandas)\n");
    } else {
        const fs::path pandasDb = dir / "pandas.sqlite";
        fs::remove(pandasDb);
        const PandasSeconds pandas = timePandas(python, dir / "csv", pandasDb);
        if (pandas.wall <= 0 || pandas.cpu <= 0) {
            std::printf("pandas: skipped (the pandas script failed)\n");
        } else {
            std::printf("pandas read_csv + to_sql (%s):  %7.3f s  %8.2f M cells/s\n",
                        python.c_str(), pandas.wall, cells / pandas.wall / 1e6);
            std::printf("                              CPU:    %7.3f s  %8.2f M cells/CPU-s\n",
                        pandas.cpu, cells / pandas.cpu / 1e6);
            std::printf("ratio pandas / FluxLens full import:  %.2f x wall, %.2f x CPU (FluxLens "
                        "faster when > 1; target >= 3)\n",
                        pandas.wall / importSeconds, pandas.cpu / importCpu);
        }
    }
    if (keep.empty())
        fs::remove_all(dir);
    return 0;
}

int main(int argc, char** argv) {
    try {
        return runBenchmark(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_import: %s\n", e.what());
        return 1;
    }
}
