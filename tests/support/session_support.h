#pragma once

#include "session/cache_session.h"

#include <QString>
#include <memory>

namespace fluxlens::testing {

// How long a test waits for background work of the GUI (reads, small jobs) before failing.
inline constexpr int kGuiWaitMs = 20000;

// A CacheSession with `path` open (created when absent); null when opening failed or timed out
// (QTest then reports why through a warning).
std::unique_ptr<CacheSession> openSession(const QString& path);

} // namespace fluxlens::testing
