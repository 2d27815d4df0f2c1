#pragma once

#include <atomic>
#include <functional>
#include <stdexcept>
#include <string>

namespace fluxlens {

// Thrown when the user cancels an import. Nothing of the file in progress reaches the cache.
class ImportCancelled : public std::runtime_error {
public:
    ImportCancelled()
        : std::runtime_error("import cancelled") {}
};

// Progress reporting and cancellation for one long import, so the GUI can run it off-thread.
// `progress` receives a fraction in [0, 1]; `cancel` is polled between chunks of work.
class ImportControl {
public:
    ImportControl() = default;
    ImportControl(std::function<void(double)> progress, const std::atomic<bool>& cancel)
        : ImportControl(std::move(progress), &cancel) {}
    ImportControl(std::function<void(double)> progress, const std::atomic<bool>* cancel)
        : m_progress(std::move(progress))
        , m_cancel(cancel) {}

    // Reports `fraction` and throws ImportCancelled when cancellation was requested.
    void step(double fraction) const {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            throw ImportCancelled();
        if (m_progress)
            m_progress(fraction);
    }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    // A control reporting into [begin, end] of this one's range (for a file inside a folder).
    ImportControl subRange(double begin, double end) const {
        if (!m_progress)
            return ImportControl(nullptr, m_cancel);
        auto parent = m_progress;
        return ImportControl([parent, begin, end](double f) { parent(begin + f * (end - begin)); },
                             m_cancel);
    }

private:
    std::function<void(double)> m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
};

} // namespace fluxlens
