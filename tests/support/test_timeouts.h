#pragma once

// The one timeout policy of the Qt tests. Every wait is a base figure that a quiet developer
// machine meets with room to spare, multiplied by FLUXLENS_TEST_TIMEOUT_SCALE (CMake's cache
// variable of the same name sets it for CTest, e.g. 5 in the sanitize preset; the environment
// variable overrides it for a run by hand on a slow or loaded machine).

namespace fluxlens::testing {

// FLUXLENS_TEST_TIMEOUT_SCALE, or 1 when it is unset or not a positive number.
double timeoutScale();

// `baseMs` under the scale.
int scaledMs(int baseMs);

// How long a test waits for background work of the GUI (reads, small jobs) before failing.
int guiWaitMs();

// How long a run of one of the project's programs may take unless a test says otherwise.
int programRunMs();

} // namespace fluxlens::testing
