#pragma once

#include <atomic>
#include <functional>
#include <stdexcept>

namespace fluxlens::demo {

// Thrown when the user cancels generating the demo world.
class DemoCancelled : public std::runtime_error {
public:
    DemoCancelled()
        : std::runtime_error("demo world generation cancelled") {}
};

// Progress (a fraction in [0, 1]) and cancellation of a long demo job, so it can run off the GUI
// thread. The progress callback may be called from worker threads, one call at a time.
struct DemoJobControl {
    std::function<void(double fraction)> progress;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void throwIfCancelled() const {
        if (cancelled())
            throw DemoCancelled();
    }
    void report(double fraction) const {
        if (progress)
            progress(fraction);
    }
    // A control reporting into [begin, end] of this one's range.
    DemoJobControl subRange(double begin, double end) const {
        DemoJobControl sub{nullptr, cancel};
        if (progress) {
            auto parent = progress;
            sub.progress = [parent, begin, end](double f) { parent(begin + f * (end - begin)); };
        }
        return sub;
    }
};

} // namespace fluxlens::demo
