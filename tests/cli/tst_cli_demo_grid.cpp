// fluxlens-cli demo --grid: the files and the JSON report, and usage errors that name the problem.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliDemoGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesTheGridAndReportsIt();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Result run(const QStringList& args);
    QTemporaryDir m_dir;
};

TestCliDemoGrid::Result TestCliDemoGrid::run(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(FLUXLENS_CLI_PATH), args);
    if (!p.waitForFinished(120000))
        qFatal("fluxlens-cli did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestCliDemoGrid::writesTheGridAndReportsIt() {
    QVERIFY(m_dir.isValid());
    const QString out = m_dir.filePath(QStringLiteral("demo"));
    const Result r =
        run({QStringLiteral("demo"), QStringLiteral("--out"), out, QStringLiteral("--sites"),
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
    const Result r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--out"),
                                     m_dir.filePath(QStringLiteral("never"))} +
                         options);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QDir(m_dir.filePath(QStringLiteral("never"))).exists()); // nothing written
}

QTEST_GUILESS_MAIN(TestCliDemoGrid)
#include "tst_cli_demo_grid.moc"
