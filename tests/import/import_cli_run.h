#pragma once

// Runs fluxlens-cli (FLUXLENS_CLI, set by CMake) and parses the JSON line it prints per file and
// its summary line: shared by the import CLI tests.
#include <QProcess>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <vector>

namespace fluxlens::test {

struct CliRun {
    int exitCode = -1; // -1: it did not finish in time
    std::vector<nlohmann::json> lines;
    QString errorOutput;
};

inline CliRun runCli(const QStringList& arguments, int timeoutMs = 120000) {
    QProcess process;
    process.start(QStringLiteral(FLUXLENS_CLI), arguments);
    CliRun r;
    if (!process.waitForFinished(timeoutMs))
        return r;
    r.exitCode = process.exitCode();
    r.errorOutput = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            r.lines.push_back(nlohmann::json::parse(line.toStdString()));
    return r;
}

} // namespace fluxlens::test
