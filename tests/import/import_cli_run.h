#pragma once

// fluxlens-cli import prints one JSON line per file and a summary line: the import CLI tests run
// it through the shared runner (program_run.h) and read those lines.
#include "program_run.h"

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
    const testing::ProgramRun run = testing::runCli(arguments, {.timeoutMs = timeoutMs});
    CliRun r;
    r.exitCode = run.exitCode;
    r.errorOutput = run.err;
    for (const QString& line : run.out.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            r.lines.push_back(nlohmann::json::parse(line.toStdString()));
    return r;
}

} // namespace fluxlens::test
