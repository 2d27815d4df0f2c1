#pragma once

#include "demo/demo_job.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace fluxlens::demo {

// Runs work(i) once for every i in [0, count) on up to `threads` threads (0: all cores; the
// calling thread is one of them), reporting the fraction done through `control` one call at a
// time. Stops at cancellation (DemoCancelled) or the first exception, rethrown here after every
// thread has finished. What work(i) writes must depend on i alone, so results do not depend on
// the thread count.
template <class Work>
void forEachInParallel(std::size_t count, unsigned threads, const DemoJobControl& control,
                       Work&& work) {
    std::atomic<std::size_t> next{0}, finished{0};
    std::atomic<bool> failed{false};
    std::exception_ptr firstError;
    std::mutex mutex;
    auto worker = [&] {
        for (;;) {
            const std::size_t i = next.fetch_add(1);
            if (i >= count || failed.load())
                return;
            try {
                control.throwIfCancelled();
                work(i);
                const std::size_t done = finished.fetch_add(1) + 1;
                std::lock_guard lock(mutex);
                control.report(static_cast<double>(done) / static_cast<double>(count));
            } catch (...) {
                std::lock_guard lock(mutex);
                if (!firstError)
                    firstError = std::current_exception();
                failed = true;
                return;
            }
        }
    };
    if (threads == 0)
        threads = std::max(1U, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(count, 1)));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (auto& t : pool)
        t.join();
    if (firstError)
        std::rethrow_exception(firstError);
}

} // namespace fluxlens::demo
