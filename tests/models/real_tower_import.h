#pragma once

// The fluxlens-cli import arguments for the three real ICOS Warm Winter 2020 daily files of
// ../shared/data/fluxnet/ and their site table (fixtures/README.md), shared by the tests that
// train on tower drivers. Empty when the files are not all there.

#include <QDir>
#include <QStringList>

namespace fluxlens::testing {

inline QStringList realTowerImportArgs(const QString& cachePath) {
    const QDir data(QStringLiteral(FLUXLENS_SHARED_DATA_DIR "/fluxnet"));
    const QStringList files = data.entryList({QStringLiteral("FLX_*_DD_*.csv")}, QDir::Files);
    if (files.size() != 3)
        return {};
    QStringList args = {
        QStringLiteral("import"), QStringLiteral("--cache"), cachePath,
        QStringLiteral(FLUXLENS_SOURCE_DIR "/tests/models/fixtures/icos_ww2020_sites.csv")};
    for (const QString& f : files)
        args << data.filePath(f);
    return args;
}

} // namespace fluxlens::testing
