#pragma once

#include "session/cache_session.h"
#include "test_timeouts.h"

#include <QString>
#include <memory>

namespace fluxlens::testing {

// A CacheSession with `path` open (created when absent); null when opening failed or timed out
// (QTest then reports why through a warning).
std::unique_ptr<CacheSession> openSession(const QString& path);

} // namespace fluxlens::testing
