#include "program_run.h"

#include "test_timeouts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace fluxlens::testing {

QString ProgramRun::describe() const {
    const QString status = timedOut ? QStringLiteral("timed out") : QString::number(exitCode);
    return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(status, out, err);
}

ProgramRun runProgram(const QString& program, const QStringList& arguments,
                      const RunOptions& options) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : options.unsetEnvironment)
        env.remove(name);
    for (const auto& [name, value] : options.setEnvironment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    if (!options.workingDirectory.isEmpty())
        process.setWorkingDirectory(options.workingDirectory);
    process.start(program, arguments);

    ProgramRun run;
    const int timeoutMs = options.timeoutMs > 0 ? scaledMs(options.timeoutMs) : programRunMs();
    if (!process.waitForStarted(timeoutMs)) {
        run.err = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return run;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.timedOut = true;
    } else if (process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    if (run.timedOut)
        run.err +=
            QStringLiteral("\n%1 ran longer than %2 ms and was killed").arg(program).arg(timeoutMs);
    return run;
}

ProgramRun runCli(const QStringList& arguments, const RunOptions& options) {
    return runProgram(QStringLiteral(FLUXLENS_CLI_PATH), arguments, options);
}

ProgramRun importOneSiteWithCli(const QString& cachePath, const QString& folder) {
    const QString csv = QDir(folder).filePath(QStringLiteral("cli_sites.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write("site_id,lat,lon,igbp\nFI-Hyy,61.85,24.29,ENF\n") < 0 || !file.flush()) {
        ProgramRun failed;
        failed.err = QStringLiteral("%1: cannot write: %2").arg(csv, file.errorString());
        return failed;
    }
    file.close();
    return runCli({QStringLiteral("import"), QStringLiteral("--cache"), cachePath, csv});
}

QString guiProgramPath() {
    return QStringLiteral(FLUXLENS_GUI_PATH);
}

ProgramRun runGui(const QStringList& arguments, const QString& configHome, RunOptions options) {
    options.setEnvironment.append({QStringLiteral("XDG_CONFIG_HOME"), configHome});
    if (!options.unsetEnvironment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        options.setEnvironment.append(
            {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")});
    return runProgram(guiProgramPath(), arguments, options);
}

} // namespace fluxlens::testing
