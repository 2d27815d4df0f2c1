// `fluxlens-cli sites`: the JSON array and the table printed from a cache.
#include "cache/cache.h"
#include "cache/variables.h"
#include "cache_test_support.h"
#include "common/dates.h"
#include "program_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;
using namespace fluxlens::test;
using fluxlens::testing::ProgramRun;
using fluxlens::testing::runCli;

class TestCacheSitesCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void printsJsonArray();
    void printsTable();
    void refusesBadCaches();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestCacheSitesCli::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("sites.flcache"));
    auto cache = Cache::open(m_cache.toStdString());
    Site hai;
    hai.id = "DE-Hai";
    hai.name = "Hainich";
    hai.lat_deg = 51.0792;
    hai.lon_deg = 10.4522;
    hai.igbp = IgbpClass::DBF;
    hai.koppen = KoppenClass::Cfb;
    hai.koppen_source = KoppenSource::Map;
    hai.network = "FLUXNET2015";
    ImportBatch batch = makeBatch("/data/sites.csv", "sha-sites", {});
    batch.sites = {hai};
    cache.storeBatch(batch);

    // 2000-01-01 .. 2000-01-10; GPP missing on 2000-01-03; no flux at all on 2000-01-10.
    const int first = toDayNumber(*parseIsoDate("2000-01-01"));
    DailyTable flux =
        makeTable(DailyKind::Flux, "DE-Hai", first, 10,
                  {std::string(var::GPP_NT_VUT_USTAR50), std::string(var::NEE_VUT_USTAR50)});
    flux.columns[0][2] = kNaN;
    flux.columns[0][9] = flux.columns[1][9] = kNaN;
    cache.storeBatch(makeBatch("/data/hai.csv", "sha-hai", {flux}));
    // A site known only from meteorology: no coordinates, no flux.
    cache.storeBatch(makeBatch("/data/met.csv", "sha-met",
                               {makeTable(DailyKind::TowerMet, "US-Xyz", first, 5, {"TA_F"})}));
}

void TestCacheSitesCli::printsJsonArray() {
    const ProgramRun run = runCli(
        {QStringLiteral("sites"), QStringLiteral("--cache"), m_cache, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QVERIFY(document.isArray());
    const QJsonArray sites = document.array();
    QCOMPARE(sites.size(), 2);

    const QJsonObject hai = sites[0].toObject();
    const QStringList keys{QStringLiteral("id"),
                           QStringLiteral("name"),
                           QStringLiteral("lat"),
                           QStringLiteral("lon"),
                           QStringLiteral("igbp"),
                           QStringLiteral("koppen"),
                           QStringLiteral("koppen_source"),
                           QStringLiteral("network"),
                           QStringLiteral("first_date"),
                           QStringLiteral("last_date"),
                           QStringLiteral("flux_days"),
                           QStringLiteral("gpp_days")};
    QStringList sortedKeys = keys;
    sortedKeys.sort();
    QCOMPARE(hai.keys(), sortedKeys);
    QCOMPARE(hai[QStringLiteral("id")].toString(), QStringLiteral("DE-Hai"));
    QCOMPARE(hai[QStringLiteral("name")].toString(), QStringLiteral("Hainich"));
    QCOMPARE(hai[QStringLiteral("lat")].toDouble(), 51.0792);
    QCOMPARE(hai[QStringLiteral("lon")].toDouble(), 10.4522);
    QCOMPARE(hai[QStringLiteral("igbp")].toString(), QStringLiteral("DBF"));
    QCOMPARE(hai[QStringLiteral("koppen")].toString(), QStringLiteral("Cfb"));
    QCOMPARE(hai[QStringLiteral("koppen_source")].toString(), QStringLiteral("map"));
    QCOMPARE(hai[QStringLiteral("network")].toString(), QStringLiteral("FLUXNET2015"));
    QCOMPARE(hai[QStringLiteral("first_date")].toString(), QStringLiteral("2000-01-01"));
    QCOMPARE(hai[QStringLiteral("last_date")].toString(), QStringLiteral("2000-01-09"));
    QCOMPARE(hai[QStringLiteral("flux_days")].toInt(), 9);
    QCOMPARE(hai[QStringLiteral("gpp_days")].toInt(), 8);

    const QJsonObject xyz = sites[1].toObject();
    QCOMPARE(xyz.keys(), sortedKeys);
    QCOMPARE(xyz[QStringLiteral("id")].toString(), QStringLiteral("US-Xyz"));
    QVERIFY(xyz[QStringLiteral("lat")].isNull());
    QVERIFY(xyz[QStringLiteral("igbp")].isNull());
    QVERIFY(xyz[QStringLiteral("first_date")].isNull());
    QVERIFY(xyz[QStringLiteral("koppen_source")].isNull());
    QCOMPARE(xyz[QStringLiteral("flux_days")].toInt(), 0);
    QCOMPARE(xyz[QStringLiteral("gpp_days")].toInt(), 0);
}

void TestCacheSitesCli::printsTable() {
    const ProgramRun run = runCli({QStringLiteral("sites"), QStringLiteral("--cache"), m_cache});
    QCOMPARE(run.exitCode, 0);
    const QString text = run.out;
    QVERIFY2(text.contains(QStringLiteral("DE-Hai")), qPrintable(run.out));
    QVERIFY(text.contains(QStringLiteral("2000-01-09")));
    QVERIFY(text.contains(QStringLiteral("Cfb+")));
    QVERIFY(text.contains(QStringLiteral("+ Köppen class from the Köppen–Geiger map")));
    QVERIFY(text.contains(QStringLiteral("2 site(s)")));
}

void TestCacheSitesCli::refusesBadCaches() {
    const QString garbage = m_dir.filePath(QStringLiteral("garbage.flcache"));
    writeFile(garbage.toStdString(), std::string(5000, 'x'));
    ProgramRun run = runCli(
        {QStringLiteral("sites"), QStringLiteral("--cache"), garbage, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(garbage), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    // Only import creates a cache: a mistyped path elsewhere is an error, not a new empty cache.
    const QString absent = m_dir.filePath(QStringLiteral("absent.flcache"));
    for (const QStringList& command :
         {QStringList{QStringLiteral("sites")}, QStringList{QStringLiteral("evaluate")},
          QStringList{QStringLiteral("compact")},
          QStringList{QStringLiteral("export-series"), QStringLiteral("--site"),
                      QStringLiteral("DE-Hai"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("series.csv"))}}) {
        run = runCli(command + QStringList{QStringLiteral("--cache"), absent});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(absent + QStringLiteral(": no such cache file")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(absent));
    }

    run = runCli({QStringLiteral("sites"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("--cache")));
}

QTEST_GUILESS_MAIN(TestCacheSitesCli)
#include "tst_cache_sites_cli.moc"
