#pragma once

// The one way a Qt test runs one of the project's programs (fluxlens-cli, fluxlens) or a tool
// (lupdate, pdfinfo): arguments, environment, working folder, captured output, exit code, and the
// timeout policy of test_timeouts.h.
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace fluxlens::testing {

struct RunOptions {
    QList<QPair<QString, QString>> setEnvironment{}; // added to (or replacing in) the test's own
    QStringList unsetEnvironment{};                  // removed from it
    QString workingDirectory{};                      // empty: the test's own
    int timeoutMs = 0;                               // base figure, scaled; 0: programRunMs()
};

struct ProgramRun {
    int exitCode = -1; // -1 when the program did not start, crashed or ran out of time
    bool timedOut = false;
    QString out;
    QString err;

    bool succeeded() const { return exitCode == 0; }
    // The exit code and both outputs, for a failure message (QVERIFY2(r.succeeded(), ...)).
    QString describe() const;
};

// Runs `program` to its end (killed when it runs past the scaled timeout).
ProgramRun runProgram(const QString& program, const QStringList& arguments,
                      const RunOptions& options = {});

// fluxlens-cli of this build.
ProgramRun runCli(const QStringList& arguments, const RunOptions& options = {});

// Another program writing into a cache the GUI has open: fluxlens-cli imports a site list of
// one tower (FI-Hyy, ENF) into `cachePath`; the list is written into `folder` first.
ProgramRun importOneSiteWithCli(const QString& cachePath, const QString& folder);

// The path of this build's fluxlens GUI (empty in a build without it).
QString guiProgramPath();

// The fluxlens GUI of this build on the offscreen platform, with settings of its own under
// `configHome` (XDG_CONFIG_HOME) rather than those of whoever runs the tests.
ProgramRun runGui(const QStringList& arguments, const QString& configHome, RunOptions options = {});

} // namespace fluxlens::testing
