#include "test_timeouts.h"

#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <cmath>
#include <limits>

namespace fluxlens::testing {

double timeoutScale() {
    bool ok = false;
    const double scale = qEnvironmentVariable("FLUXLENS_TEST_TIMEOUT_SCALE").toDouble(&ok);
    return ok && scale > 0 && std::isfinite(scale) ? scale : 1.0;
}

int scaledMs(int baseMs) {
    const double scaled = std::ceil(baseMs * timeoutScale());
    return int(std::min(scaled, double(std::numeric_limits<int>::max())));
}

int guiWaitMs() {
    return scaledMs(20000);
}

int programRunMs() {
    return scaledMs(120000);
}

} // namespace fluxlens::testing
