// The command-line front end as a user meets it: help, usage errors and exit codes.
#include "program_run.h"

#include <QTest>

using fluxlens::testing::ProgramRun;
using fluxlens::testing::runCli;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpListsCommands();
    void unknownCommandIsAUsageError();
    void commandHelpShowsUsage();
    void versionNamesLibraries();
};

void TestCli::helpListsCommands() {
    const ProgramRun r = runCli({QStringLiteral("help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("version")));
    const ProgramRun none = runCli({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("Usage: fluxlens-cli")));
}

void TestCli::unknownCommandIsAUsageError() {
    const ProgramRun r = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

void TestCli::commandHelpShowsUsage() {
    const ProgramRun r = runCli({QStringLiteral("help"), QStringLiteral("version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: fluxlens-cli version")));
}

void TestCli::versionNamesLibraries() {
    const ProgramRun r = runCli({QStringLiteral("version")});
    QCOMPARE(r.exitCode, 0);
    for (const char* lib : {"GDAL", "PROJ", "SQLite"})
        QVERIFY2(r.out.contains(QLatin1String(lib)), lib);
}

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
