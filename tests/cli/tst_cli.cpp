// The command-line front end as a user meets it: help, usage errors and exit codes.
#include <QProcess>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpListsCommands();
    void unknownCommandIsAUsageError();
    void commandHelpShowsUsage();
    void versionNamesLibraries();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList& args);
};

TestCli::Result TestCli::run(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(FLUXLENS_CLI_PATH), args);
    if (!p.waitForFinished(60000))
        qFatal("fluxlens-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::helpListsCommands() {
    const Result r = run({QStringLiteral("help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("version")));
    const Result none = run({});
    QCOMPARE(none.exitCode, 2);
    QVERIFY(none.err.contains(QStringLiteral("Usage: fluxlens-cli")));
}

void TestCli::unknownCommandIsAUsageError() {
    const Result r = run({QStringLiteral("frobnicate")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

void TestCli::commandHelpShowsUsage() {
    const Result r = run({QStringLiteral("help"), QStringLiteral("version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: fluxlens-cli version")));
}

void TestCli::versionNamesLibraries() {
    const Result r = run({QStringLiteral("version")});
    QCOMPARE(r.exitCode, 0);
    for (const char* lib : {"GDAL", "PROJ", "SQLite"})
        QVERIFY2(r.out.contains(QLatin1String(lib)), lib);
}

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
