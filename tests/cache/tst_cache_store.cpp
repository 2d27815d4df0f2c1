// Writing imports into the cache and reading them back: values, NULLs, partial columns,
// re-imports, replacement of a file's rows, rollback, site merging and summaries.
#include "cache/cache.h"
#include "cache/daily_store.h"
#include "cache/sqlite_handle.h"
#include "cache/variables.h"
#include "cache_test_support.h"
#include "common/input_error.h"

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <stdexcept>

using namespace fluxlens;
using namespace fluxlens::test;

namespace {
const std::string kGpp(var::GPP_NT_VUT_USTAR50);
const std::string kNee(var::NEE_VUT_USTAR50);
const std::string kLe(var::LE_F_MDS);
} // namespace

class TestCacheStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void storedValuesLoadBackEqual_data();
    void storedValuesLoadBackEqual();
    void nanIsStoredAsNull();
    void partialColumnsKeepOtherValues();
    void sameFileTwiceChangesNothing();
    void newerVersionReplacesExactlyThatFilesRows();
    void datasetKeyIdentifiesVersions();
    void exceptionMidwayRollsBack();
    void cancelRollsBack();
    void rejectsBrokenBatches_data();
    void rejectsBrokenBatches();
    void siteSummariesCountFluxAndGppDays();
    void sitesMergeKnownValues();
    void referenceProductsAreSeparate();
    void unknownVariableIsAClearError();
    void compactKeepsDataAndShrinks();
    void subtractRuns_data();
    void subtractRuns();

private:
    Cache openCache() const {
        return Cache::open(m_dir->filePath(QStringLiteral("c.flcache")).toStdString());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCacheStore::storedValuesLoadBackEqual_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("flux") << int(DailyKind::Flux);
    QTest::newRow("tower met") << int(DailyKind::TowerMet);
    QTest::newRow("reanalysis") << int(DailyKind::Reanalysis);
    QTest::newRow("remote sensing") << int(DailyKind::RemoteSensing);
    QTest::newRow("reference") << int(DailyKind::Reference);
}

void TestCacheStore::storedValuesLoadBackEqual() {
    QFETCH(int, kind);
    const auto k = static_cast<DailyKind>(kind);
    const std::string product = k == DailyKind::Reference ? "FLUXCOM-X-BASE" : "";
    auto cache = openCache();
    // Days with a gap (a second table continues after 30 missing days), NaN every 7th day.
    const DailyTable first = makeTable(k, "DE-Tha", 11000, 400, allColumns(k), 0, 7, product);
    const DailyTable second = makeTable(k, "DE-Tha", 11430, 100, allColumns(k), 0, 7, product);
    const auto result = cache.storeBatch(makeBatch("/data/tha.csv", "sha-tha", {first, second}));
    QCOMPARE(result.status, StoreResult::Status::Imported);
    QCOMPARE(result.rowsWritten, std::int64_t{500});

    const DailyTable loaded = cache.loadDaily("DE-Tha", k, product);
    QCOMPARE(loaded.kind, k);
    QCOMPARE(loaded.columnNames, allColumns(k));
    QCOMPARE(loaded.dayNumbers.size(), std::size_t{500});
    QCOMPARE(loaded.dayNumbers.front(), 11000);
    QCOMPARE(loaded.dayNumbers[400], 11430);
    for (std::size_t c = 0; c < loaded.columns.size(); ++c) {
        for (std::size_t i = 0; i < loaded.dayNumbers.size(); ++i) {
            const DailyTable& source = i < 400 ? first : second;
            const double expected = source.columns[c][i < 400 ? i : i - 400];
            QVERIFY2(
                sameValue(loaded.columns[c][i], expected),
                (loaded.columnNames[c] + " day " + std::to_string(loaded.dayNumbers[i])).c_str());
        }
    }
    QVERIFY(cache.loadDaily("XX-None", k, product).dayNumbers.empty());
}

void TestCacheStore::nanIsStoredAsNull() {
    auto cache = openCache();
    DailyTable table = makeTable(DailyKind::Flux, "IT-Ro1", 100, 3, {kGpp, kNee});
    table.columns[0][1] = kNaN;
    table.columns[1][1] = kNaN; // day 101 has no value at all, but it is a day of the file
    cache.storeBatch(makeBatch("/data/ro1.csv", "sha-ro1", {table}));
    const DailyTable loaded = cache.loadDaily("IT-Ro1", DailyKind::Flux);
    QCOMPARE(loaded.dayNumbers, (std::vector<int>{100, 101, 102}));
    QVERIFY(std::isnan(valueOn(loaded, kGpp, 101)));
    QCOMPARE(valueOn(loaded, kGpp, 100), table.columns[0][0]);
    QVERIFY(std::isnan(valueOn(loaded, "LE_F_MDS", 100))); // a column the file does not have
}

void TestCacheStore::partialColumnsKeepOtherValues() {
    auto cache = openCache();
    const DailyTable carbon = makeTable(DailyKind::Flux, "US-MMS", 5000, 100, {kGpp, kNee}, 1);
    cache.storeBatch(makeBatch("/data/carbon.csv", "sha-carbon", {carbon}));
    // Another file brings LE only, over days 5050 .. 5149.
    const DailyTable energy = makeTable(DailyKind::Flux, "US-MMS", 5050, 100, {kLe}, 2);
    cache.storeBatch(makeBatch("/data/energy.csv", "sha-energy", {energy}));

    const DailyTable loaded = cache.loadDaily("US-MMS", DailyKind::Flux);
    QCOMPARE(loaded.dayNumbers.size(), std::size_t{150});
    QCOMPARE(valueOn(loaded, kGpp, 5060), carbon.columns[0][60]);
    QCOMPARE(valueOn(loaded, kNee, 5099), carbon.columns[1][99]);
    QCOMPARE(valueOn(loaded, kLe, 5060), energy.columns[0][10]);
    QVERIFY(std::isnan(valueOn(loaded, kLe, 5000)));
    QVERIFY(std::isnan(valueOn(loaded, kGpp, 5120)));
    QCOMPARE(valueOn(loaded, kLe, 5149), energy.columns[0][99]);
}

void TestCacheStore::sameFileTwiceChangesNothing() {
    auto cache = openCache();
    const ImportBatch batch =
        makeBatch("/data/hai.csv", "sha-hai",
                  {makeTable(DailyKind::Flux, "DE-Hai", 9000, 300, allColumns(DailyKind::Flux))});
    QCOMPARE(cache.storeBatch(batch).rowsWritten, std::int64_t{300});
    const DailyTable before = cache.loadDaily("DE-Hai", DailyKind::Flux);
    const auto logBefore = cache.importLog();
    const std::int64_t revisionBefore = cache.dataRevision();
    QVERIFY(revisionBefore > 0);

    // The same bytes again, also under another name: nothing is written.
    ImportBatch again = batch;
    again.filePath = "/elsewhere/hai-copy.csv";
    for (const ImportBatch& b : {batch, again}) {
        const StoreResult result = cache.storeBatch(b);
        QCOMPARE(result.status, StoreResult::Status::AlreadyImported);
        QCOMPARE(result.rowsWritten, std::int64_t{0});
        QCOMPARE(result.existingFilePath, std::string("/data/hai.csv"));
    }
    const auto logAfter = cache.importLog();
    QCOMPARE(logAfter.size(), logBefore.size());
    QCOMPARE(cache.dataRevision(), revisionBefore);
    QCOMPARE(logAfter.front().importedAtUnixSeconds, logBefore.front().importedAtUnixSeconds);
    const DailyTable after = cache.loadDaily("DE-Hai", DailyKind::Flux);
    QCOMPARE(after.dayNumbers, before.dayNumbers);
    for (std::size_t c = 0; c < after.columns.size(); ++c)
        for (std::size_t i = 0; i < after.dayNumbers.size(); ++i)
            QVERIFY(sameValue(after.columns[c][i], before.columns[c][i]));
}

void TestCacheStore::newerVersionReplacesExactlyThatFilesRows() {
    auto cache = openCache();
    // Version 1 of file X: GPP and NEE of site A on days 0..99, remote sensing of site B.
    const DailyTable xFlux = makeTable(DailyKind::Flux, "AA-One", 0, 100, {kGpp, kNee}, 1);
    const DailyTable xRs = makeTable(DailyKind::RemoteSensing, "BB-Two", 0, 20, {"NDVI"}, 1);
    const auto v1 = cache.storeBatch(makeBatch("/data/x.csv", "sha-x1", {xFlux, xRs}));
    // File Y: LE of site A on days 0..99 and GPP of site A on days 20..29 (overwriting X's) and
    // 200..209.
    const DailyTable yLe = makeTable(DailyKind::Flux, "AA-One", 0, 100, {kLe}, 2);
    const DailyTable yGpp = makeTable(DailyKind::Flux, "AA-One", 200, 10, {kGpp}, 2);
    const DailyTable yGppOverlap = makeTable(DailyKind::Flux, "AA-One", 20, 10, {kGpp}, 4);
    cache.storeBatch(makeBatch("/data/y.csv", "sha-y", {yLe, yGppOverlap, yGpp}));
    // Version 2 of file X: GPP only, days 50..149, other values; no remote sensing any more.
    const DailyTable x2 = makeTable(DailyKind::Flux, "AA-One", 50, 100, {kGpp}, 3);
    const std::int64_t revisionBefore = cache.dataRevision();
    const StoreResult v2 = cache.storeBatch(makeBatch("/data/x.csv", "sha-x2", {x2}));
    QCOMPARE(v2.status, StoreResult::Status::Imported);
    QVERIFY(v2.replacedImportId != 0);
    QVERIFY(cache.dataRevision() > revisionBefore);

    const DailyTable a = cache.loadDaily("AA-One", DailyKind::Flux);
    for (int day = 0; day < 50; ++day) { // X v1 only: cleared; what Y wrote later stays
        if (day >= 20 && day < 30)
            QCOMPARE(valueOn(a, kGpp, day), yGppOverlap.columns[0][day - 20]);
        else
            QVERIFY(std::isnan(valueOn(a, kGpp, day)));
        QVERIFY(std::isnan(valueOn(a, kNee, day)));
        QCOMPARE(valueOn(a, kLe, day), yLe.columns[0][day]);
    }
    for (int day = 50; day < 150; ++day) {
        QCOMPARE(valueOn(a, kGpp, day), x2.columns[0][day - 50]);
        QVERIFY(std::isnan(valueOn(a, kNee, day)));
    }
    for (int day = 200; day < 210; ++day)
        QCOMPARE(valueOn(a, kGpp, day), yGpp.columns[0][day - 200]);
    // Days 100..149 exist only through X v2, 0..99 through Y, 200..209 through Y: no empty rows.
    QCOMPARE(a.dayNumbers.size(), std::size_t{160});
    QVERIFY(cache.loadDaily("BB-Two", DailyKind::RemoteSensing).dayNumbers.empty());

    const auto log = cache.importLog();
    QCOMPARE(log.size(), std::size_t{3});
    QCOMPARE(log[0].sha256, std::string("sha-x2"));
    QVERIFY(!log[0].superseded);
    QCOMPARE(log[2].sha256, std::string("sha-x1"));
    QVERIFY(log[2].superseded);
    QCOMPARE(log[2].rows, std::int64_t{120});
    QVERIFY(v1.replacedImportId == 0);
    QCOMPARE(v2.replacedImportId, log[2].id);

    // Importing version 1 again is a new version (it is not the current content): it comes back.
    const auto back = cache.storeBatch(makeBatch("/data/x.csv", "sha-x1", {xFlux, xRs}));
    QCOMPARE(back.status, StoreResult::Status::Imported);
    QCOMPARE(valueOn(cache.loadDaily("AA-One", DailyKind::Flux), kNee, 10), xFlux.columns[1][10]);
    QVERIFY(std::isnan(valueOn(cache.loadDaily("AA-One", DailyKind::Flux), kGpp, 120)));
    QCOMPARE(cache.loadDaily("BB-Two", DailyKind::RemoteSensing).dayNumbers.size(),
             std::size_t{20});
}

void TestCacheStore::datasetKeyIdentifiesVersions() {
    auto cache = openCache();
    ImportBatch v13 = makeBatch("/data/FLX_DE-Hai_FLUXNET2015_FULLSET_DD_2000-2012_1-3.csv",
                                "sha-13", {makeTable(DailyKind::Flux, "DE-Hai", 0, 30, {kGpp}, 1)});
    v13.datasetKey = "FLX_DE-Hai_FLUXNET2015_FULLSET_DD";
    ImportBatch v14 =
        makeBatch("/data/FLX_DE-Hai_FLUXNET2015_FULLSET_DD_2000-2014_1-4.csv", "sha-14",
                  {makeTable(DailyKind::Flux, "DE-Hai", 10, 30, {kGpp}, 2)});
    v14.datasetKey = v13.datasetKey;
    cache.storeBatch(v13);
    cache.storeBatch(v14);
    const DailyTable loaded = cache.loadDaily("DE-Hai", DailyKind::Flux);
    QCOMPARE(loaded.dayNumbers.front(), 10);
    QCOMPARE(loaded.dayNumbers.size(), std::size_t{30});
    QCOMPARE(cache.siteSummaries().front().fluxDays, std::int64_t{30});
}

void TestCacheStore::exceptionMidwayRollsBack() {
    auto cache = openCache();
    const DailyTable kept = makeTable(DailyKind::Flux, "CH-Dav", 0, 100, {kGpp}, 1);
    cache.storeBatch(makeBatch("/data/dav.csv", "sha-dav", {kept}));

    // A newer version of the same file: its first table replaces values, then the import fails.
    const ImportBatch failing =
        makeBatch("/data/dav.csv", "sha-dav-2",
                  {makeTable(DailyKind::Flux, "CH-Dav", 0, 10000, {kGpp}, 5),
                   makeTable(DailyKind::TowerMet, "CH-Lae", 0, 10000, {"TA_F"}, 5)});
    std::int64_t seen = 0;
    auto failAfterFirstTable = [&](std::int64_t done, std::int64_t) {
        seen = done;
        if (done > 10000)
            throw std::runtime_error("disk on fire");
        return true;
    };
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, cache.storeBatch(failing, failAfterFirstTable));
    QVERIFY(seen > 10000);

    const DailyTable loaded = cache.loadDaily("CH-Dav", DailyKind::Flux);
    QCOMPARE(loaded.dayNumbers.size(), std::size_t{100});
    QCOMPARE(column(loaded, kGpp), kept.columns[0]);
    QVERIFY(!cache.site("CH-Lae"));
    QCOMPARE(cache.importLog().size(), std::size_t{1});
    QVERIFY(!cache.importLog().front().superseded);
    QCOMPARE(cache.siteSummaries().front().fluxDays, std::int64_t{100});
    // The cache still takes the next import.
    QCOMPARE(cache.storeBatch(failing).status, StoreResult::Status::Imported);
}

void TestCacheStore::cancelRollsBack() {
    auto cache = openCache();
    const ImportBatch batch = makeBatch("/data/big.csv", "sha-big",
                                        {makeTable(DailyKind::Flux, "FI-Hyy", 0, 20000, {kGpp})});
    const StoreResult result =
        cache.storeBatch(batch, [](std::int64_t done, std::int64_t) { return done < 8000; });
    QCOMPARE(result.status, StoreResult::Status::Cancelled);
    QVERIFY(cache.sites().empty());
    QVERIFY(cache.importLog().empty());
    QCOMPARE(cache.storeBatch(batch).rowsWritten, std::int64_t{20000});
}

void TestCacheStore::rejectsBrokenBatches_data() {
    QTest::addColumn<QString>("defect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown column") << "unknown column"
                                    << "unknown flux column 'GPP_XYZ'";
    QTest::newRow("column of another kind") << "other kind"
                                            << "unknown flux column 'TA_F'";
    QTest::newRow("duplicate column") << "duplicate"
                                      << "appears twice";
    QTest::newRow("short column") << "short"
                                  << "has 2 values for 3 days";
    QTest::newRow("days not increasing") << "days"
                                         << "not strictly increasing";
    QTest::newRow("no site id") << "no site"
                                << "without a site id";
    QTest::newRow("reference without product") << "no product"
                                               << "has no product name";
    QTest::newRow("prediction imported") << "prediction"
                                         << "storePredictions";
    QTest::newRow("no sha") << "no sha"
                            << "SHA-256";
    QTest::newRow("latitude out of range") << "latitude"
                                           << "latitude";
}

void TestCacheStore::rejectsBrokenBatches() {
    QFETCH(QString, defect);
    QFETCH(QString, expected);
    auto cache = openCache();
    const DailyTable good = makeTable(DailyKind::Flux, "DK-Sor", 0, 3, {kGpp});
    cache.storeBatch(makeBatch("/data/sor.csv", "sha-sor", {good}));

    DailyTable table = makeTable(DailyKind::Flux, "DK-Sor", 0, 3, {kGpp, kNee}, 9);
    ImportBatch batch = makeBatch("/data/sor.csv", "sha-sor-2", {table});
    const std::string d = defect.toStdString();
    DailyTable& t = batch.tables.front();
    if (d == "unknown column")
        t.columnNames[1] = "GPP_XYZ";
    else if (d == "other kind")
        t.columnNames[1] = "TA_F";
    else if (d == "duplicate")
        t.columnNames[1] = kGpp;
    else if (d == "short")
        t.columns[1].pop_back();
    else if (d == "days")
        t.dayNumbers = {0, 2, 2};
    else if (d == "no site")
        t.siteId.clear();
    else if (d == "no product")
        t.kind = DailyKind::Reference, t.columnNames = {"GPP", "NEE"};
    else if (d == "prediction")
        t.kind = DailyKind::Prediction, t.product = "m", t.columnNames = {"GPP_mean", "GPP_sd"};
    else if (d == "no sha")
        batch.sha256.clear();
    else if (d == "latitude") {
        Site site;
        site.id = "DK-Sor";
        site.lat_deg = 95.0;
        site.lon_deg = 11.6;
        batch.sites.push_back(site);
    }
    try {
        cache.storeBatch(batch);
        QFAIL("a broken batch was stored");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), std::string("/data/sor.csv"));
        QVERIFY2(e.message().find(expected.toStdString()) != std::string::npos, e.what());
    }
    const DailyTable loaded = cache.loadDaily("DK-Sor", DailyKind::Flux);
    QCOMPARE(column(loaded, kGpp), good.columns[0]);
    QVERIFY(std::isnan(column(loaded, kNee)[0]));
    QCOMPARE(cache.importLog().size(), std::size_t{1});
}

void TestCacheStore::siteSummariesCountFluxAndGppDays() {
    auto cache = openCache();
    Site hai;
    hai.id = "DE-Hai";
    hai.name = "Hainich";
    hai.lat_deg = 51.0792;
    hai.lon_deg = 10.4522;
    hai.igbp = IgbpClass::DBF;
    ImportBatch meta = makeBatch("/data/sites.csv", "sha-sites", {});
    meta.sites = {hai};
    cache.storeBatch(meta);

    // Days 100..109: GPP on even days only, NEE every day except 109; day 109 has only a QC
    // value, which is not a flux value. Day 99 has nothing at all.
    DailyTable table = makeTable(DailyKind::Flux, "DE-Hai", 99, 11,
                                 {kGpp, kNee, std::string(var::NEE_VUT_USTAR50_QC)});
    table.columns[0][0] = table.columns[1][0] = table.columns[2][0] = kNaN;
    for (std::size_t i = 1; i < 11; ++i)
        if (table.dayNumbers[i] % 2 != 0)
            table.columns[0][i] = kNaN;
    table.columns[1][10] = kNaN;
    ImportBatch flux = makeBatch("/data/hai.csv", "sha-hai", {table});
    flux.tables.push_back(makeTable(DailyKind::Flux, "ZZ-New", 0, 4, {kGpp}));
    cache.storeBatch(flux);

    const auto summaries = cache.siteSummaries();
    QCOMPARE(summaries.size(), std::size_t{2});
    const SiteSummary& s = summaries[0];
    QCOMPARE(s.site.id, std::string("DE-Hai"));
    QCOMPARE(s.site.name, std::string("Hainich"));
    QCOMPARE(s.site.igbp, IgbpClass::DBF);
    QCOMPARE(s.firstFluxDay, std::optional<int>(100));
    QCOMPARE(s.lastFluxDay, std::optional<int>(108));
    QCOMPARE(s.fluxDays, std::int64_t{9});
    QCOMPARE(s.gppDays, std::int64_t{5}); // 100, 102, 104, 106, 108
    // A site met only in a data file is listed with unknown coordinates.
    QCOMPARE(summaries[1].site.id, std::string("ZZ-New"));
    QVERIFY(std::isnan(summaries[1].site.lat_deg));
    QCOMPARE(summaries[1].site.source, std::string("/data/hai.csv"));
    QCOMPARE(summaries[1].gppDays, std::int64_t{4});
    QCOMPARE(cache.sitesWithDaily(DailyKind::Flux), (std::vector<std::string>{"DE-Hai", "ZZ-New"}));
    QVERIFY(cache.sitesWithDaily(DailyKind::TowerMet).empty());
}

void TestCacheStore::sitesMergeKnownValues() {
    auto cache = openCache();
    Site given;
    given.id = "AU-How";
    given.name = "Howard Springs";
    given.lat_deg = -12.4943;
    given.lon_deg = 131.1523;
    given.elevation_m = 64.0;
    given.igbp = IgbpClass::WSA;
    given.koppen = KoppenClass::Aw;
    given.network = "OzFlux";
    cache.upsertSites({given});

    Site update; // only a name and a climate-derived Köppen class, coordinates unknown
    update.id = "AU-How";
    update.name = "Howard Springs (renamed)";
    update.lat_deg = kNaN;
    update.lon_deg = kNaN;
    update.koppen = KoppenClass::Am;
    update.koppen_source = KoppenSource::Climate;
    cache.upsertSites({update});

    auto site = cache.site("AU-How");
    QVERIFY(site);
    QCOMPARE(site->name, std::string("Howard Springs (renamed)"));
    QCOMPARE(site->lat_deg, -12.4943);
    QCOMPARE(site->lon_deg, 131.1523);
    QCOMPARE(site->elevation_m, std::optional<double>(64.0));
    QCOMPARE(site->igbp, IgbpClass::WSA);
    QCOMPARE(site->koppen, KoppenClass::Aw); // a given class outranks a derived one
    QCOMPARE(site->koppen_source, KoppenSource::Metadata);
    QCOMPARE(site->network, std::string("OzFlux"));

    Site derivedOnly;
    derivedOnly.id = "ZA-Kru";
    derivedOnly.lat_deg = -25.0197;
    derivedOnly.lon_deg = 31.4969;
    derivedOnly.koppen = KoppenClass::BSh;
    derivedOnly.koppen_source = KoppenSource::Climate;
    cache.upsertSites({derivedOnly});
    QCOMPARE(cache.site("ZA-Kru")->koppen_source, KoppenSource::Climate);
    // The map outranks the climate, the metadata outranks the map, never the other way round.
    Site fromMap = derivedOnly;
    fromMap.koppen = KoppenClass::BSk;
    fromMap.koppen_source = KoppenSource::Map;
    cache.upsertSites({fromMap});
    QCOMPARE(cache.site("ZA-Kru")->koppen, KoppenClass::BSk);
    QCOMPARE(cache.site("ZA-Kru")->koppen_source, KoppenSource::Map);
    Site givenLater = derivedOnly;
    givenLater.koppen = KoppenClass::Aw;
    givenLater.koppen_source = KoppenSource::None; // a class without a source is metadata
    cache.upsertSites({givenLater});
    QCOMPARE(cache.site("ZA-Kru")->koppen, KoppenClass::Aw);
    QCOMPARE(cache.site("ZA-Kru")->koppen_source, KoppenSource::Metadata);
    cache.upsertSites({fromMap, derivedOnly});
    QCOMPARE(cache.site("ZA-Kru")->koppen, KoppenClass::Aw);
    QCOMPARE(cache.site("ZA-Kru")->koppen_source, KoppenSource::Metadata);

    // Upserting a site keeps its daily data (no delete-and-insert through the foreign keys).
    cache.storeBatch(makeBatch("/data/how.csv", "sha-how",
                               {makeTable(DailyKind::Flux, "AU-How", 0, 10, {kGpp})}));
    cache.upsertSites({given});
    QCOMPARE(cache.loadDaily("AU-How", DailyKind::Flux).dayNumbers.size(), std::size_t{10});
    QCOMPARE((std::vector<std::string>{cache.sites()[0].id, cache.sites()[1].id}),
             (std::vector<std::string>{"AU-How", "ZA-Kru"}));

    Site bad = given;
    bad.lon_deg = 200.0;
    QVERIFY_THROWS_EXCEPTION(InputError, cache.upsertSites({bad}));
    QCOMPARE(cache.site("AU-How")->lon_deg, 131.1523);
}

void TestCacheStore::referenceProductsAreSeparate() {
    auto cache = openCache();
    const DailyTable fluxcom =
        makeTable(DailyKind::Reference, "DE-Hai", 0, 30, {"GPP", "NEE"}, 1, 0, "FLUXCOM-X-BASE");
    const DailyTable other =
        makeTable(DailyKind::Reference, "DE-Hai", 0, 10, {"GPP"}, 2, 0, "ABC-GPP");
    cache.storeBatch(makeBatch("/data/fx.nc", "sha-fx", {fluxcom}));
    cache.storeBatch(makeBatch("/data/abc.nc", "sha-abc", {other}));
    QCOMPARE(cache.referenceProducts(), (std::vector<std::string>{"ABC-GPP", "FLUXCOM-X-BASE"}));
    const DailyTable loaded = cache.loadDaily("DE-Hai", DailyKind::Reference, "FLUXCOM-X-BASE");
    QCOMPARE(loaded.product, std::string("FLUXCOM-X-BASE"));
    QCOMPARE(loaded.dayNumbers.size(), std::size_t{30});
    QCOMPARE(column(loaded, "GPP"), fluxcom.columns[0]);
    QCOMPARE(column(cache.loadDaily("DE-Hai", DailyKind::Reference, "ABC-GPP"), "GPP"),
             other.columns[0]);
    QVERIFY(cache.loadDaily("DE-Hai", DailyKind::Reference, "NOPE").dayNumbers.empty());
    QCOMPARE(cache.sitesWithDaily(DailyKind::Reference, "ABC-GPP"),
             std::vector<std::string>{"DE-Hai"});
}

void TestCacheStore::unknownVariableIsAClearError() {
    QVERIFY(findDailyVariable(DailyKind::Flux, "GPP_NT_VUT_USTAR50"));
    QCOMPARE(findDailyVariable(DailyKind::TowerMet, "TA_F")->unit, std::string_view("degC"));
    QVERIFY(!findDailyVariable(DailyKind::Flux, "gpp_nt_vut_ustar50"));
    try {
        requireDailyVariable(DailyKind::Reanalysis, "t2m_K", "/data/era5.csv", 1);
        QFAIL("an unknown variable was accepted");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), std::string("/data/era5.csv"));
        QCOMPARE(e.line(), std::int64_t{1});
        QVERIFY(e.message().find("unknown reanalysis column 't2m_K'") != std::string::npos);
        QVERIFY(e.message().find("t2m_degC") != std::string::npos);
    }
}

void TestCacheStore::compactKeepsDataAndShrinks() {
    const std::string file = m_dir->filePath(QStringLiteral("c.flcache")).toStdString();
    auto cache = openCache();
    const DailyTable big =
        makeTable(DailyKind::Flux, "SE-Nor", 0, 20000, allColumns(DailyKind::Flux));
    cache.storeBatch(makeBatch("/data/nor.csv", "sha-nor-1", {big}));
    // A newer, much shorter version of the file leaves most pages free.
    const DailyTable small = makeTable(DailyKind::Flux, "SE-Nor", 0, 100, {kGpp}, 1);
    cache.storeBatch(makeBatch("/data/nor.csv", "sha-nor-2", {small}));
    cache.compact();
    const auto compacted = std::filesystem::file_size(file);
    QVERIFY2(compacted < 20000 * 50, std::to_string(compacted).c_str());
    QVERIFY(!std::filesystem::exists(file + "-wal") ||
            std::filesystem::file_size(file + "-wal") == 0);
    QCOMPARE(cache.integrityCheck(), std::string("ok"));
    const DailyTable loaded = cache.loadDaily("SE-Nor", DailyKind::Flux);
    QCOMPARE(loaded.dayNumbers.size(), std::size_t{100});
    QCOMPARE(column(loaded, kGpp), small.columns[0]);
    QCOMPARE(cache.importLog().size(), std::size_t{2});
}

using Runs = std::vector<std::pair<int, int>>;
Q_DECLARE_METATYPE(Runs)

void TestCacheStore::subtractRuns_data() {
    QTest::addColumn<Runs>("from");
    QTest::addColumn<Runs>("remove");
    QTest::addColumn<Runs>("expected");
    QTest::newRow("nothing removed") << Runs{{0, 9}} << Runs{} << Runs{{0, 9}};
    QTest::newRow("disjoint") << Runs{{0, 9}} << Runs{{20, 30}} << Runs{{0, 9}};
    QTest::newRow("middle") << Runs{{0, 9}} << Runs{{3, 4}} << Runs{{0, 2}, {5, 9}};
    QTest::newRow("head and tail") << Runs{{0, 9}} << Runs{{8, 20}, {-5, 1}} << Runs{{2, 7}};
    QTest::newRow("all") << Runs{{0, 9}, {20, 29}} << Runs{{-1, 100}} << Runs{};
    QTest::newRow("overlapping cuts")
        << Runs{{0, 9}} << Runs{{2, 5}, {4, 6}} << Runs{{0, 1}, {7, 9}};
    QTest::newRow("several runs") << Runs{{0, 9}, {20, 29}} << Runs{{5, 24}}
                                  << Runs{{0, 4}, {25, 29}};
    QTest::newRow("single days") << Runs{{0, 0}, {2, 2}} << Runs{{2, 2}} << Runs{{0, 0}};
}

void TestCacheStore::subtractRuns() {
    QFETCH(Runs, from);
    QFETCH(Runs, remove);
    QFETCH(Runs, expected);
    auto toRuns = [](const Runs& pairs) {
        std::vector<daily_store::DayRun> runs;
        for (auto [a, b] : pairs)
            runs.push_back({a, b});
        return runs;
    };
    Runs result;
    for (const auto& run : daily_store::subtractRuns(toRuns(from), toRuns(remove)))
        result.emplace_back(run.first, run.last);
    QCOMPARE(result, expected);
}

QTEST_GUILESS_MAIN(TestCacheStore)
#include "tst_cache_store.moc"
