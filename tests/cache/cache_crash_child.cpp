// Helper for tst_cache_crash: imports batches into a cache in a loop until it is killed.
//
//   cache_crash_child CACHE [--pause-mid-transaction N]
//
// Batch i (i = 0, 1, ...) is file "/crash/batch-<i>.csv" with flux and meteorology for site
// "CR-<i mod 5>" over kDaysPerBatch days starting at day i * kDaysPerBatch. After each commit it
// prints "committed <i>"; with --pause-mid-transaction N it prints "inside <N>" in the middle of
// batch N's transaction (after a good part of its rows were written) and then sleeps, so that the
// test kills it there for certain.
#include "cache/cache.h"
#include "cache_test_support.h"

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>
#include <thread>

using namespace fluxlens;

namespace {
constexpr int kDaysPerBatch = 6000;

ImportBatch batchNumber(int i) {
    const std::string site = "CR-" + std::to_string(i % 5);
    const int firstDay = i * kDaysPerBatch;
    return test::makeBatch("/crash/batch-" + std::to_string(i) + ".csv",
                           "sha-crash-" + std::to_string(i),
                           {test::makeTable(DailyKind::Flux, site, firstDay, kDaysPerBatch,
                                            test::allColumns(DailyKind::Flux), i),
                            test::makeTable(DailyKind::TowerMet, site, firstDay, kDaysPerBatch,
                                            test::allColumns(DailyKind::TowerMet), i)});
}
} // namespace

int main(int argc, char** argv) {
    if (argc != 2 && argc != 4) {
        std::fprintf(stderr, "usage: cache_crash_child CACHE [--pause-mid-transaction N]\n");
        return 2;
    }
    const int pauseAt = argc == 4 ? std::stoi(argv[3]) : -1;
    try {
        auto cache = Cache::open(argv[1]);
        for (int i = 0;; ++i) {
            const ImportBatch batch = batchNumber(i);
            auto progress = [&](std::int64_t done, std::int64_t total) {
                if (i == pauseAt && done > total * 3 / 4) {
                    std::printf("inside %d\n", i);
                    std::fflush(stdout);
                    std::this_thread::sleep_for(std::chrono::seconds(60)); // killed meanwhile
                }
                return true;
            };
            cache.storeBatch(batch, progress);
            std::printf("committed %d\n", i);
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "cache_crash_child: %s\n", e.what());
        return 1;
    }
}
