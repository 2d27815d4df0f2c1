// bench_cache: builds a synthetic cache the size of the FLUXNET2015 world (579 sites x 23 years
// of daily flux, tower meteorology, reanalysis drivers and remote sensing) through
// Cache::storeBatch, then prints its size, the time to open it, and the time to load one site's
// full daily series. Figures, not a test.
//
//   bench_cache [--sites N] [--years N] [--dir DIR] [--keep] [--no-compact]
// Unless --no-compact, it also times Cache::compact() and prints the compacted size; the open
// and load figures are then those of the compacted cache.
#include "cache/cache.h"
#include "cache/variables.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace fluxlens;

namespace {
using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread: the figure that other processes competing for the cores do not skew.
double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct Options {
    int sites = 579;
    int years = 23;
    std::filesystem::path dir;
    bool keep = false;
    bool compact = true;
};

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--sites" && i + 1 < argc)
            options.sites = std::stoi(argv[++i]);
        else if (a == "--years" && i + 1 < argc)
            options.years = std::stoi(argv[++i]);
        else if (a == "--dir" && i + 1 < argc)
            options.dir = argv[++i];
        else if (a == "--keep")
            options.keep = true;
        else if (a == "--no-compact")
            options.compact = false;
        else {
            std::fprintf(
                stderr,
                "usage: bench_cache [--sites N] [--years N] [--dir DIR] [--keep] [--no-compact]\n");
            std::exit(2);
        }
    }
    if (options.dir.empty())
        options.dir = std::filesystem::temp_directory_path() / "fluxlens-bench-cache";
    return options;
}

std::string siteId(int i) {
    char id[16];
    std::snprintf(id, sizeof id, "B%c-%03d", 'A' + i % 26, i);
    return id;
}

// A seasonal signal with noise; `missingFraction` of the days are NaN.
class Synth {
public:
    explicit Synth(std::uint64_t seed)
        : m_random(seed) {}

    std::vector<double> series(const std::vector<int>& days, double mean, double amplitude,
                               double noise, double missingFraction = 0.0, double lo = -1e300) {
        std::normal_distribution<double> gauss(0.0, noise);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        const double phase = uniform(m_random) * 6.28318;
        std::vector<double> values;
        values.reserve(days.size());
        for (int day : days) {
            if (missingFraction > 0.0 && uniform(m_random) < missingFraction) {
                values.push_back(std::nan(""));
                continue;
            }
            const double v =
                mean + amplitude * std::sin(day * 6.28318 / 365.25 + phase) + gauss(m_random);
            values.push_back(std::max(v, lo));
        }
        return values;
    }
    double uniform01() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }

private:
    std::mt19937_64 m_random;
};

DailyTable table(DailyKind kind, const std::string& site, const std::vector<int>& days) {
    DailyTable t;
    t.kind = kind;
    t.siteId = site;
    t.dayNumbers = days;
    return t;
}

void add(DailyTable& t, std::string_view name, std::vector<double> values) {
    t.columnNames.emplace_back(name);
    t.columns.push_back(std::move(values));
}

// One site's three files: a FLUXNET daily file (flux + tower meteorology), an ERA5-Land point
// extract and a MODIS extract.
std::vector<ImportBatch> siteBatches(int index, const std::vector<int>& days) {
    const std::string site = siteId(index);
    Synth s(static_cast<std::uint64_t>(index) * 7919 + 1);
    const double gapFraction = 0.05 + 0.1 * s.uniform01();

    DailyTable flux = table(DailyKind::Flux, site, days);
    add(flux, var::GPP_NT_VUT_USTAR50, s.series(days, 4, 3.5, 1.0, gapFraction, 0));
    add(flux, var::GPP_DT_VUT_USTAR50, s.series(days, 4, 3.5, 1.0, gapFraction, 0));
    add(flux, var::RECO_NT_VUT_USTAR50, s.series(days, 3, 2, 0.6, gapFraction, 0));
    add(flux, var::NEE_VUT_USTAR50, s.series(days, -1, 2.5, 1.2, gapFraction));
    add(flux, var::NEE_VUT_USTAR50_QC, s.series(days, 0.7, 0.2, 0.2, gapFraction, 0));
    add(flux, var::NEE_VUT_REF, s.series(days, -1, 2.5, 1.2, gapFraction));
    add(flux, var::NEE_VUT_REF_QC, s.series(days, 0.7, 0.2, 0.2, gapFraction, 0));
    add(flux, var::LE_F_MDS, s.series(days, 60, 50, 15, gapFraction));
    add(flux, var::H_F_MDS, s.series(days, 30, 40, 15, gapFraction));
    DailyTable met = table(DailyKind::TowerMet, site, days);
    add(met, var::TA_F, s.series(days, 9, 10, 3));
    add(met, var::SW_IN_F, s.series(days, 150, 110, 40, 0, 0));
    add(met, var::VPD_F, s.series(days, 5, 4, 2, 0, 0));
    add(met, var::P_F, s.series(days, 1.5, 1, 3, 0, 0));

    DailyTable era = table(DailyKind::Reanalysis, site, days);
    add(era, var::t2m_degC, s.series(days, 9, 10, 3));
    add(era, var::vpd_hPa, s.series(days, 5, 4, 2, 0, 0));
    add(era, var::ssrd_W_m2, s.series(days, 150, 110, 40, 0, 0));
    add(era, var::tp_mm_d, s.series(days, 1.5, 1, 3, 0, 0));
    add(era, var::swvl1_m3_m3, s.series(days, 0.3, 0.1, 0.03, 0, 0));
    add(era, var::wind_m_s, s.series(days, 3, 1, 1, 0, 0));

    // MOD09GA is cloudy about half of the days.
    DailyTable rs = table(DailyKind::RemoteSensing, site, days);
    for (std::string_view band : {var::b1, var::b2, var::b3, var::b4, var::b5, var::b6, var::b7})
        add(rs, band, s.series(days, 0.15, 0.08, 0.02, 0.5, 0));
    add(rs, var::NDVI, s.series(days, 0.6, 0.2, 0.05, 0.5));
    add(rs, var::EVI, s.series(days, 0.4, 0.15, 0.05, 0.5));
    add(rs, var::NIRv, s.series(days, 0.15, 0.08, 0.02, 0.5));

    auto batch = [&](const std::string& file, std::vector<DailyTable> tables) {
        ImportBatch b;
        b.filePath = "/bench/" + file;
        b.sha256 = "bench-" + file;
        b.importer = "bench";
        b.tables = std::move(tables);
        return b;
    };
    return {batch("FLX_" + site + "_DD.csv", {std::move(flux), std::move(met)}),
            batch("ERA5_" + site + ".csv", {std::move(era)}),
            batch("MOD09GA_" + site + ".csv", {std::move(rs)})};
}

// Bytes of a CSV holding exactly these cells ("site,YYYYMMDD,v1,...", -9999 for missing, values
// with 6 significant digits as FLUXNET writes them): a lower bound for the files they came from.
std::size_t csvBytes(const DailyTable& t) {
    std::size_t bytes = 0;
    char cell[32];
    for (std::size_t i = 0; i < t.dayNumbers.size(); ++i) {
        bytes += t.siteId.size() + 1 + 8 + 1; // site, TIMESTAMP, newline
        for (const auto& column : t.columns) {
            const double v = column[i];
            bytes += 1 + static_cast<std::size_t>(
                             std::isnan(v) ? 5 : std::snprintf(cell, sizeof cell, "%.6g", v));
        }
    }
    return bytes;
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(std::round(p * double(values.size() - 1)));
    return values[index];
}
} // namespace

int main(int argc, char** argv) {
    const Options options = parse(argc, argv);
    std::filesystem::create_directories(options.dir);
    const std::string path = (options.dir / "bench.flcache").string();
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix);

    std::vector<int> days;
    const int first = 10957; // 2000-01-01
    const int dayCount = static_cast<int>(std::lround(options.years * 365.25));
    for (int d = 0; d < dayCount; ++d)
        days.push_back(first + d);
    const double siteDays = double(options.sites) * dayCount;
    std::printf("bench_cache: %d sites x %d years (%d days) = %.0f site-days, cache %s\n",
                options.sites, options.years, dayCount, siteDays, path.c_str());

    // Build through the import path: three files per site, one transaction each.
    std::size_t csv = 0;
    std::int64_t rows = 0;
    std::int64_t cells = 0;
    double storeMs = 0;
    {
        auto cache = Cache::open(path);
        for (int i = 0; i < options.sites; ++i) {
            for (const ImportBatch& batch : siteBatches(i, days)) {
                for (const DailyTable& t : batch.tables) {
                    csv += csvBytes(t);
                    cells += static_cast<std::int64_t>(t.columns.size() * t.dayNumbers.size());
                }
                const auto start = Clock::now();
                rows += cache.storeBatch(batch).rowsWritten;
                storeMs += msSince(start);
            }
        }
    }
    const auto bytes = std::filesystem::file_size(path);
    std::printf("build:  %lld rows, %lld cells stored in %.1f s (%.0f rows/s, %.2f M cells/s)\n",
                static_cast<long long>(rows), static_cast<long long>(cells), storeMs / 1000,
                rows / (storeMs / 1000), cells / (storeMs / 1000) / 1e6);
    std::printf("size:   %.1f MiB, %.1f bytes per site-day (all four kinds), %.2f bytes per cell\n",
                bytes / 1048576.0, bytes / siteDays, double(bytes) / double(cells));
    std::printf("        same cells as minimal CSV: %.1f MiB -> cache/CSV = %.2f "
                "(FLUXNET FULLSET DD files carry ~2 KB per day: cache/those << 1)\n",
                csv / 1048576.0, double(bytes) / double(csv));

    if (options.compact) {
        const auto start = Clock::now();
        Cache::open(path).compact();
        const auto compacted = std::filesystem::file_size(path);
        std::printf("compact: %.1f s -> %.1f MiB, %.1f bytes per site-day, cache/CSV = %.2f\n",
                    msSince(start) / 1000, compacted / 1048576.0, compacted / siteDays,
                    double(compacted) / double(csv));
    }

    // Open: what the GUI does at start (open + the site list).
    std::vector<double> openMs;
    std::vector<double> listMs;
    for (int run = 0; run < 5; ++run) {
        auto start = Clock::now();
        auto cache = Cache::open(path);
        openMs.push_back(msSince(start));
        start = Clock::now();
        const auto summaries = cache.siteSummaries();
        listMs.push_back(msSince(start));
        if (summaries.size() != std::size_t(options.sites) || summaries.front().fluxDays <= 0) {
            std::fprintf(stderr, "bench_cache: the site list is wrong\n");
            return 1;
        }
    }
    std::printf("open:   median %.2f ms, max %.2f ms (target < 1000 ms); site list of %d sites "
                "with summaries: median %.2f ms\n",
                percentile(openMs, 0.5), percentile(openMs, 1.0), options.sites,
                percentile(listMs, 0.5));

    // Loading each site's full daily series (flux, tower met, reanalysis, remote sensing).
    auto cache = Cache::open(path);
    std::vector<double> fluxMs;
    std::vector<double> allMs;
    std::vector<double> allCpuMs;
    std::vector<double> fluxCpuMs;
    std::size_t loadedDays = 0;
    for (int i = 0; i < options.sites; ++i) {
        const std::string site = siteId(i);
        auto start = Clock::now();
        const double startCpu = cpuMs();
        const DailyTable flux = cache.loadDaily(site, DailyKind::Flux);
        fluxMs.push_back(msSince(start));
        fluxCpuMs.push_back(cpuMs() - startCpu);
        const DailyTable met = cache.loadDaily(site, DailyKind::TowerMet);
        const DailyTable era = cache.loadDaily(site, DailyKind::Reanalysis);
        const DailyTable rs = cache.loadDaily(site, DailyKind::RemoteSensing);
        allMs.push_back(msSince(start));
        allCpuMs.push_back(cpuMs() - startCpu);
        loadedDays += flux.dayNumbers.size();
        if (flux.dayNumbers.size() != days.size() || era.dayNumbers.size() != days.size() ||
            met.dayNumbers.size() != days.size() || rs.dayNumbers.empty()) {
            std::fprintf(stderr, "bench_cache: site %s loaded incompletely\n", site.c_str());
            return 1;
        }
    }
    std::printf("load:   one site's flux series (%d days x %zu columns): median %.2f ms, p95 %.2f "
                "ms\n",
                dayCount, dailyVariables(DailyKind::Flux).size(), percentile(fluxMs, 0.5),
                percentile(fluxMs, 0.95));
    std::printf("        one site's full series (flux + met + reanalysis + RS): median %.2f ms, "
                "p95 %.2f ms, max %.2f ms (target < 20 ms)\n",
                percentile(allMs, 0.5), percentile(allMs, 0.95), percentile(allMs, 1.0));
    std::printf("        CPU time: flux series median %.2f ms, p95 %.2f ms; full series median "
                "%.2f ms, p95 %.2f ms\n",
                percentile(fluxCpuMs, 0.5), percentile(fluxCpuMs, 0.95), percentile(allCpuMs, 0.5),
                percentile(allCpuMs, 0.95));
    std::printf("        (%zu flux site-days read back; page cache warm; wall times include "
                "waiting for a core when the machine is busy)\n",
                loadedDays);

    if (!options.keep)
        for (const char* suffix : {"", "-wal", "-shm"})
            std::filesystem::remove(path + suffix);
    return 0;
}
