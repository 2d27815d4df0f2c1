// Opening, creating and migrating caches; refusing files that are not FluxLens caches.
#include "cache/cache.h"
#include "cache/daily_store.h"
#include "cache/schema.h"
#include "cache/sqlite_handle.h"
#include "cache/variables.h"
#include "cache_test_support.h"
#include "common/input_error.h"

#include <QTemporaryDir>
#include <QTest>
#include <bit>
#include <filesystem>
#include <functional>
#include <random>

using namespace fluxlens;
using namespace fluxlens::test;

namespace {
// A cache of an older schema `version`, filled by `fill` in the transaction that creates it.
void writeOldCache(const std::string& file, int version,
                   const std::function<void(const sqlite::Database&)>& fill) {
    auto db = sqlite::Database::open(file, sqlite::Database::Mode::ReadWriteCreate);
    db.exec("PRAGMA journal_mode = WAL");
    sqlite::Transaction transaction(db);
    cache_schema::migrate(db, 0, version);
    fill(db);
    transaction.commit();
}
} // namespace

class TestCacheOpen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsNewCache();
    void createsCacheInEmptyFile();
    void schemaHasBlockTables();
    void reopenKeepsData();
    void migratesFromVersion1();
    void migratesRowTablesToBlocks();
    void migratesKoppenDerivedToSource();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void twoConnectionsShareTheFile();
    void openExistingNeverCreates();

private:
    std::string path(const char* name) const {
        return m_dir->filePath(QString::fromUtf8(name)).toStdString();
    }
    // A cache holding one site's flux data, closed again.
    std::string makeCache(const char* name, int days = 2000) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCacheOpen::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::string TestCacheOpen::makeCache(const char* name, int days) const {
    const std::string file = path(name);
    auto cache = Cache::open(file);
    cache.storeBatch(makeBatch(
        "/data/a.csv", "sha-a",
        {makeTable(DailyKind::Flux, "DE-Hai", 10000, days, allColumns(DailyKind::Flux))}));
    return file;
}

void TestCacheOpen::createsNewCache() {
    const std::string file = path("new.flcache");
    {
        auto cache = Cache::open(file);
        QCOMPARE(cache.schemaVersion(), Cache::currentSchemaVersion());
        QCOMPARE(cache.path(), file);
        QVERIFY(cache.sites().empty());
        QCOMPARE(cache.integrityCheck(), std::string("ok"));
    }
    auto raw = sqlite::Database::open(file, sqlite::Database::Mode::ReadOnly);
    QCOMPARE(raw.queryInt("PRAGMA application_id").value_or(0),
             std::int64_t{cache_schema::kApplicationId});
    QCOMPARE(raw.queryText("PRAGMA journal_mode"), std::string("wal"));
    QCOMPARE(raw.queryInt("PRAGMA user_version").value_or(0),
             std::int64_t{Cache::currentSchemaVersion()});
}

void TestCacheOpen::createsCacheInEmptyFile() {
    const std::string file = path("empty.flcache");
    writeFile(file, "");
    auto cache = Cache::open(file);
    QCOMPARE(cache.schemaVersion(), Cache::currentSchemaVersion());
}

void TestCacheOpen::schemaHasBlockTables() {
    const std::string file = path("schema.flcache");
    { auto cache = Cache::open(file); }
    auto raw = sqlite::Database::open(file, sqlite::Database::Mode::ReadOnly);
    for (DailyKind kind : allDailyKinds()) {
        // Version 4 replaced the row tables with block tables.
        auto table = raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = ?1");
        table.bind(1, dailyTableName(kind));
        QVERIFY(table.step());
        QCOMPARE(table.columnInt(0), std::int64_t{0});
        table.reset();
        table.bind(1, daily_store::blockTableName(kind));
        QVERIFY(table.step());
        QCOMPARE(table.columnInt(0), std::int64_t{1});
    }
}

void TestCacheOpen::reopenKeepsData() {
    const std::string file = makeCache("reopen.flcache", 500);
    auto cache = Cache::open(file);
    const DailyTable loaded = cache.loadDaily("DE-Hai", DailyKind::Flux);
    QCOMPARE(loaded.dayNumbers.size(), std::size_t{500});
    const DailyTable expected =
        makeTable(DailyKind::Flux, "DE-Hai", 10000, 500, allColumns(DailyKind::Flux));
    QCOMPARE(loaded.columns, expected.columns);
    QCOMPARE(cache.importLog().size(), std::size_t{1});
}

void TestCacheOpen::migratesFromVersion1() {
    const std::string file = path("v1.flcache");
    // A cache as the first release wrote it: schema version 1, no model tables.
    writeOldCache(file, 1, [](const sqlite::Database& db) {
        db.exec("INSERT INTO sites(id, name, lat, lon, igbp) VALUES('US-Ha1', 'Harvard', 42.54, "
                "-72.17, 'DBF');"
                "INSERT INTO flux_daily(site_id, day, GPP_NT_VUT_USTAR50) VALUES('US-Ha1', 12000, "
                "4.5);");
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_master WHERE name = 'models'"),
                 std::optional<std::int64_t>(0));
    });
    auto cache = Cache::open(file);
    QCOMPARE(cache.schemaVersion(), 4);
    QCOMPARE(Cache::currentSchemaVersion(), 4);
    const auto site = cache.site("US-Ha1");
    QVERIFY(site);
    QCOMPARE(site->name, std::string("Harvard"));
    QCOMPARE(site->igbp, IgbpClass::DBF);
    QCOMPARE(valueOn(cache.loadDaily("US-Ha1", DailyKind::Flux), "GPP_NT_VUT_USTAR50", 12000), 4.5);
    // The tables version 2 added work.
    cache.storePredictions("tamrl", "US-Ha1",
                           makeTable(DailyKind::Prediction, "US-Ha1", 12000, 3, {"GPP_mean"}));
    QCOMPARE(cache.loadPredictions("tamrl", "US-Ha1").dayNumbers.size(), std::size_t{3});
    QCOMPARE(cache.integrityCheck(), std::string("ok"));
}

void TestCacheOpen::migratesRowTablesToBlocks() {
    // A version 2 cache with rows in every daily table, values of every kind included: the
    // migration to version 4 (blocks) keeps each bit, each day and each missing value.
    const std::string file = path("v2.flcache");
    // (No -0.0: the row tables themselves stored it as 0.)
    const std::vector<double> values = {4.5,
                                        0.1 + 0.2,
                                        -123456.789,
                                        std::numeric_limits<double>::infinity(),
                                        std::numeric_limits<double>::denorm_min(),
                                        1e300,
                                        -273.15 + 285.12,
                                        -9999.0};
    const std::vector<int> days = {-400, -1, 0, 1, 1023, 1024, 12000, 20000};
    writeOldCache(file, 2, [&](const sqlite::Database& db) {
        db.exec("INSERT INTO sites(id) VALUES('US-Ha1'), ('DE-Hai');"
                "INSERT INTO reference_products(id, name) VALUES(7, 'FLUXCOM');"
                "INSERT INTO models(id, name, created_at) VALUES(3, 'tamrl', 0);");
        for (DailyKind kind : allDailyKinds()) {
            const std::string table(dailyTableName(kind));
            const std::string owner = kind == DailyKind::Reference    ? "product_id, "
                                      : kind == DailyKind::Prediction ? "model_id, "
                                                                      : "";
            const std::string ownerValue = kind == DailyKind::Reference    ? "7, "
                                           : kind == DailyKind::Prediction ? "3, "
                                                                           : "";
            const auto columns = allColumns(kind);
            auto insert =
                db.prepare("INSERT INTO " + table + "(" + owner + "site_id, day, " + columns[0] +
                           ", " + columns[1] + ") VALUES(" + ownerValue + "?1, ?2, ?3, ?4)");
            for (const std::string site : {"US-Ha1", "DE-Hai"})
                for (std::size_t i = 0; i < days.size(); ++i) {
                    insert.bind(1, site);
                    insert.bind(2, days[i]);
                    insert.bind(3, values[i]);
                    if (i % 2 == 0)
                        insert.bind(4, values[values.size() - 1 - i]); // NULL on odd rows
                    insert.run();
                }
        }
    });
    auto cache = Cache::open(file);
    QCOMPARE(cache.schemaVersion(), 4);
    for (DailyKind kind : allDailyKinds()) {
        const auto columns = allColumns(kind);
        for (const std::string site : {"US-Ha1", "DE-Hai"}) {
            const DailyTable loaded = kind == DailyKind::Prediction
                                          ? cache.loadPredictions("tamrl", site)
                                          : cache.loadDaily(site, kind, "FLUXCOM");
            QCOMPARE(loaded.dayNumbers, days);
            for (std::size_t i = 0; i < days.size(); ++i) {
                QCOMPARE(std::bit_cast<std::uint64_t>(column(loaded, columns[0])[i]),
                         std::bit_cast<std::uint64_t>(values[i]));
                const double second = column(loaded, columns[1])[i];
                if (i % 2 == 0)
                    QCOMPARE(second, values[values.size() - 1 - i]);
                else
                    QVERIFY(std::isnan(second));
                for (std::size_t c = 2; c < columns.size(); ++c)
                    QVERIFY(std::isnan(column(loaded, columns[c])[i]));
            }
        }
    }
    auto raw = sqlite::Database::open(file, sqlite::Database::Mode::ReadOnly);
    QCOMPARE(raw.queryInt("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_daily'"),
             std::optional<std::int64_t>(0));
    // The upgrade compacted the file: the dropped row tables left no free pages.
    QCOMPARE(raw.queryInt("PRAGMA freelist_count"), std::optional<std::int64_t>(0));
    QCOMPARE(cache.referenceProducts(), std::vector<std::string>{"FLUXCOM"});
    QCOMPARE(cache.predictionModels(), std::vector<std::string>{"tamrl"});
    QCOMPARE(cache.integrityCheck(), std::string("ok"));
}

void TestCacheOpen::migratesKoppenDerivedToSource() {
    const std::string file = path("v2.flcache");
    {
        // A version 2 cache: the boolean koppen_derived beside each class.
        auto db = sqlite::Database::open(file, sqlite::Database::Mode::ReadWriteCreate);
        sqlite::Transaction transaction(db);
        cache_schema::migrate(db, 0, 2);
        db.exec("INSERT INTO sites(id, lat, lon, koppen, koppen_derived) VALUES"
                "('DE-Hai', 51.08, 10.45, 'Cfb', 0), ('FR-Tou', 43.57, 1.37, 'Csa', 1), "
                "('XX-Non', 0, 0, '', 0);"
                "INSERT INTO met_daily(site_id, day, TA_F) VALUES('DE-Hai', 12000, 7.5);");
        transaction.commit();
    }
    auto cache = Cache::open(file);
    QCOMPARE(cache.schemaVersion(), Cache::currentSchemaVersion());
    QCOMPARE(cache.site("DE-Hai")->koppen_source, KoppenSource::Metadata);
    QCOMPARE(cache.site("FR-Tou")->koppen, KoppenClass::Csa);
    QCOMPARE(cache.site("FR-Tou")->koppen_source, KoppenSource::Climate);
    QCOMPARE(cache.site("XX-Non")->koppen_source, KoppenSource::None);
    // met_daily keeps its rows and takes the ERA5-at-tower columns.
    QCOMPARE(valueOn(cache.loadDaily("DE-Hai", DailyKind::TowerMet), "TA_F", 12000), 7.5);
    DailyTable era = makeTable(DailyKind::TowerMet, "DE-Hai", 12001, 2, {"TA_ERA", "P_ERA"});
    cache.storeBatch(makeBatch("/data/era5.csv", "sha-era5", {era}));
    QCOMPARE(cache.loadDaily("DE-Hai", DailyKind::TowerMet).dayNumbers.size(), std::size_t{3});
    QCOMPARE(cache.integrityCheck(), std::string("ok"));
}

void TestCacheOpen::rejectsBadFiles_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // a fragment of the error message
    QTest::newRow("garbage bytes") << "garbage"
                                   << "not a FluxLens cache (not an SQLite database)";
    QTest::newRow("text file") << "text"
                               << "not an SQLite database";
    QTest::newRow("short SQLite-like file") << "short"
                                            << "not an SQLite database";
    QTest::newRow("header only") << "header only"
                                 << "truncated";
    QTest::newRow("truncated cache") << "truncated"
                                     << "truncated";
    QTest::newRow("foreign SQLite database") << "foreign"
                                             << "another program";
    QTest::newRow("newer schema") << "newer"
                                  << "newer FluxLens (schema version 99";
    QTest::newRow("damaged page size") << "page size"
                                       << "invalid page size";
    QTest::newRow("damaged schema page") << "damaged schema"
                                         << "not a readable FluxLens cache";
}

void TestCacheOpen::rejectsBadFiles() {
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const std::string file = path("bad.flcache");
    if (kind == QLatin1String("garbage")) {
        std::mt19937 random(42);
        std::string bytes(8192, '\0');
        for (char& c : bytes)
            c = static_cast<char>(random() & 0xFF);
        writeFile(file, bytes);
    } else if (kind == QLatin1String("text")) {
        writeFile(file, "id,lat,lon\nDE-Hai,51.08,10.45\n");
    } else if (kind == QLatin1String("short")) {
        writeFile(file, "SQLite for");
    } else if (kind == QLatin1String("header only")) {
        writeFile(file, fileBytes(makeCache("source.flcache")).substr(0, 60));
    } else if (kind == QLatin1String("truncated")) {
        const std::string bytes = fileBytes(makeCache("source.flcache"));
        writeFile(file, bytes.substr(0, bytes.size() / 2));
    } else if (kind == QLatin1String("foreign")) {
        auto db = sqlite::Database::open(file, sqlite::Database::Mode::ReadWriteCreate);
        db.exec("CREATE TABLE recipes(name TEXT, minutes INTEGER);"
                "INSERT INTO recipes VALUES('bread', 240);");
    } else if (kind == QLatin1String("newer")) {
        const std::string source = makeCache("source.flcache");
        {
            auto db = sqlite::Database::open(source, sqlite::Database::Mode::ReadWriteCreate);
            db.exec("PRAGMA user_version = 99");
        }
        writeFile(file, fileBytes(source));
    } else if (kind == QLatin1String("page size")) {
        std::string bytes = fileBytes(makeCache("source.flcache"));
        bytes[16] = 0x03; // 0x0310: not a power of two
        writeFile(file, bytes);
    } else if (kind == QLatin1String("damaged schema")) {
        std::string bytes = fileBytes(makeCache("source.flcache"));
        for (std::size_t i = 100; i < 4096; ++i) // page 1 after the header: sqlite_master
            bytes[i] = static_cast<char>(0xA5);
        writeFile(file, bytes);
    }
    const std::string before = fileBytes(file);
    QVERIFY(!before.empty());

    try {
        auto cache = Cache::open(file);
        QFAIL("opening a bad cache file succeeded");
    } catch (const InputError& e) {
        const std::string message = e.what();
        QVERIFY2(message.find(file) != std::string::npos, message.c_str());
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
    }
    QVERIFY(fileBytes(file) == before);
    QVERIFY(!std::filesystem::exists(file + "-journal"));
}

void TestCacheOpen::openExistingNeverCreates() {
    // A missing file and an empty one are refused with the file's name; neither is written.
    const std::string missing = path("gone.flcache");
    const std::string empty = path("empty.flcache");
    writeFile(empty, "");
    for (const auto& [file, expected] :
         {std::pair{missing, "no such cache file"}, std::pair{empty, "not a FluxLens cache"}}) {
        try {
            auto cache = Cache::openExisting(file);
            QFAIL("openExisting created a cache");
        } catch (const InputError& e) {
            QCOMPARE(e.file(), file);
            QVERIFY2(std::string(e.what()).find(expected) != std::string::npos, e.what());
        }
    }
    QVERIFY(!std::filesystem::exists(missing));
    QCOMPARE(std::filesystem::file_size(empty), std::uintmax_t{0});
    QVERIFY(!std::filesystem::exists(empty + "-wal"));
    // An existing cache opens as with open().
    const std::string file = makeCache("there.flcache", 10);
    QCOMPARE(Cache::openExisting(file).sites().size(), std::size_t{1});
}

void TestCacheOpen::twoConnectionsShareTheFile() {
    const std::string file = makeCache("shared.flcache", 100);
    auto writer = Cache::open(file);
    auto reader = Cache::open(file);
    writer.storeBatch(
        makeBatch("/data/b.csv", "sha-b",
                  {makeTable(DailyKind::Flux, "FR-Pue", 10000, 50, {"GPP_NT_VUT_USTAR50"})}));
    QCOMPARE(reader.sites().size(), std::size_t{2});
    QCOMPARE(reader.loadDaily("FR-Pue", DailyKind::Flux).dayNumbers.size(), std::size_t{50});
}

QTEST_GUILESS_MAIN(TestCacheOpen)
#include "tst_cache_open.moc"
