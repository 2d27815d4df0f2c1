// fluxlens-cli demo --grid: the files and the JSON report, usage errors that name the problem, and
// a folder import of the demo that skips the grid's upscaling inputs instead of failing on them.
#include "program_run.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliDemoGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesTheGridAndReportsIt();
    void usageErrors_data();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

using fluxlens::testing::ProgramRun;
using fluxlens::testing::runCli;

void TestCliDemoGrid::writesTheGridAndReportsIt() {
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(QStringLiteral("demo"));
    const ProgramRun r =
        runCli({QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--sites"),
                QStringLiteral("4"), QStringLiteral("--years"), QStringLiteral("2018-2020"),
                QStringLiteral("--grid"), QStringLiteral("8,48,9.5,49"),
                QStringLiteral("--grid-resolution"), QStringLiteral("0.5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject grid = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"grid"].toObject();
    QCOMPARE(grid[u"rows"].toInt(), 2);
    QCOMPARE(grid[u"columns"].toInt(), 3);
    QCOMPARE(grid[u"first_year"].toInt(), 2019); // the last two demo years
    QCOMPARE(grid[u"last_year"].toInt(), 2020);
    QCOMPARE(grid[u"land_pixels"].toInt(), 6);
    const QDir folder(grid[u"folder"].toString());
    QCOMPARE(folder.absolutePath(), QDir(out + QStringLiteral("/grid")).absolutePath());
    const QJsonArray files = grid[u"files"].toArray();
    QCOMPARE(files.size(), 10);
    for (const auto& file : files)
        QVERIFY2(folder.exists(file.toString()), qPrintable(file.toString()));
    QVERIFY(folder.exists(QStringLiteral("era5land_daily_2019.nc")));
    QVERIFY(folder.exists(QStringLiteral("truth.nc")));
    QVERIFY(folder.exists(QStringLiteral("drivers.json")));

    // The towers import; the grid's ERA5-Land, MODIS, land-cover and NetCDF files are skipped
    // with the reason, not reported as failed files.
    const QString cache = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const ProgramRun imported =
        runCli({QStringLiteral("import"), QStringLiteral("--cache"), cache, out});
    QVERIFY2(imported.succeeded(), qPrintable(imported.describe()));
    QVERIFY2((imported.out + imported.err).contains(QStringLiteral("driver map drivers.json")),
             qPrintable(imported.describe()));
}

void TestCliDemoGrid::usageErrors_data() {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("three numbers")
        << QStringList{QStringLiteral("--grid"), QStringLiteral("5,45,15")}
        << QStringLiteral("W,S,E,N");
    QTest::newRow("years outside")
        << QStringList{QStringLiteral("--grid"), QStringLiteral("5,45,15,55"),
                       QStringLiteral("--grid-years"), QStringLiteral("1990-1991")}
        << QStringLiteral("must lie within the demo years");
    QTest::newRow("not whole pixels")
        << QStringList{QStringLiteral("--grid"), QStringLiteral("5,45,15,55"),
                       QStringLiteral("--grid-resolution"), QStringLiteral("0.3")}
        << QStringLiteral("not a whole number of 0.3-degree pixels");
    QTest::newRow("resolution without box")
        << QStringList{QStringLiteral("--grid-resolution"), QStringLiteral("0.5")}
        << QStringLiteral("need --grid");
    QTest::newRow("too large") << QStringList{QStringLiteral("--grid"),
                                              QStringLiteral("-180,-90,180,90"),
                                              QStringLiteral("--grid-resolution"),
                                              QStringLiteral("0.05")}
                               << QStringLiteral("pixel-days one run holds in memory");
}

void TestCliDemoGrid::usageErrors() {
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const ProgramRun r = runCli(QStringList{QStringLiteral("demo"), QStringLiteral("--out"),
                                            m_dir.filePath(QStringLiteral("never"))} +
                                options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("never"))).exists()); // nothing written
}

QTEST_GUILESS_MAIN(TestCliDemoGrid)
#include "tst_cli_demo_grid.moc"
