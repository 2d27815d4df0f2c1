// fluxlens-cli import: JSON lines, summary and exit status.
#include "import_cli_run.h"
#include "import_test_support.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace fluxlens::test;

class TestImportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsFolderReportsFailuresAndExitsOne();
    void secondRunIsUnchangedAndExitsZero();
    void usageErrors();
    void demoHiddenParametersAreSkippedNotFailed();
    void demoWorldFolderImportsWithExitZero();

private:
    using Run = fluxlens::test::CliRun;
    static Run run(const QStringList& arguments) { return runCli(arguments, 60000); }
    void writeInputs();
    std::string path(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }
    QTemporaryDir m_dir;
};

void TestImportCli::writeInputs() {
    QDir(m_dir.path()).mkpath(QStringLiteral("in/sub"));
    writeText(path("in/FLX_CL-One_FLUXNET2015_FULLSET_DD_2014-2014_1-4.csv"),
              fluxnetDailyText("2014-01-01", 365));
    writeText(path("in/sub/FLX_CL-Two_FLUXNET2015_SUBSET_DD_2014-2014_1-4.csv"),
              fluxnetDailyText("2014-01-01", 100, 4));
    writeText(path("in/sub/sites.csv"), "site_id,lat,lon,igbp\nCL-One,-33.4,-70.6,SAV\n");
    writeText(path("in/sub/README.md"), "not imported: not a data file name\n");
    writeText(path("bad.csv"), "site_id,lat,lon\nCL-Bad,91,0\n");
}

void TestImportCli::importsFolderReportsFailuresAndExitsOne() {
    writeInputs();
    const Run r =
        run({QStringLiteral("import"), QStringLiteral("--cache"),
             QString::fromStdString(path("cache.sqlite")), QString::fromStdString(path("in")),
             QString::fromStdString(path("bad.csv"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines.size(), std::size_t(5)); // 4 files + summary
    int imported = 0;
    for (std::size_t i = 0; i + 1 < r.lines.size(); ++i) {
        const auto& line = r.lines[i];
        QVERIFY(line.contains("file") && line.contains("importer") && line.contains("warnings"));
        if (line["status"] == "imported") {
            ++imported;
            QVERIFY(line["error"].is_null());
        }
    }
    QCOMPARE(imported, 3);
    const auto& failed = r.lines[3];
    QCOMPARE(failed["status"].get<std::string>(), std::string("failed"));
    QVERIFY(failed["error"].get<std::string>().find("bad.csv:2:") != std::string::npos);
    const auto& summary = r.lines.back();
    QCOMPARE(summary["files"].get<int>(), 4);
    QCOMPARE(summary["imported"].get<int>(), 3);
    QCOMPARE(summary["failed"].get<int>(), 1);
    QCOMPARE(summary["sites"].get<int>(), 2);
    QCOMPARE(summary["rows"].get<int>(), 365 + 100);
    QCOMPARE(summary["errors"].size(), std::size_t(1));
    QCOMPARE(summary["errors"][0]["line"].get<int>(), 2);
    QVERIFY(summary["errors"][0]["file"].get<std::string>().find("bad.csv") != std::string::npos);
    QVERIFY(summary["errors"][0]["message"].get<std::string>().find("impossible") !=
            std::string::npos);
}

void TestImportCli::secondRunIsUnchangedAndExitsZero() {
    const Run r =
        run({QStringLiteral("import"), QStringLiteral("--cache"),
             QString::fromStdString(path("cache.sqlite")), QString::fromStdString(path("in"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), std::size_t(4));
    for (std::size_t i = 0; i + 1 < r.lines.size(); ++i)
        QCOMPARE(r.lines[i]["status"].get<std::string>(), std::string("unchanged"));
    QCOMPARE(r.lines.back()["imported"].get<int>(), 0);
    QCOMPARE(r.lines.back()["failed"].get<int>(), 0);
    QCOMPARE(r.lines.back()["rows"].get<int>(), 0);
}

void TestImportCli::usageErrors() {
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("x.csv")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--cache"),
                  QString::fromStdString(path("c2.sqlite"))})
                 .exitCode,
             2);
    const Run missing = run({QStringLiteral("import"), QStringLiteral("--cache"),
                             QString::fromStdString(path("c2.sqlite")),
                             QString::fromStdString(path("does-not-exist.csv"))});
    QCOMPARE(missing.exitCode, 1);
    QCOMPARE(missing.lines.front()["status"].get<std::string>(), std::string("failed"));
}

void TestImportCli::demoHiddenParametersAreSkippedNotFailed() {
    const std::string header =
        "site_id,igbp,koppen,light_use_efficiency_gC_MJ,reference_respiration_gC_m2_d,"
        "temperature_sensitivity_E0_K,canopy_density,soil_water_capacity_mm,soil_organic_index,"
        "respiration_to_gpp,growth_respiration_fraction";
    const std::string row = "ZZ-001,ENF,Dfb,1.2,2.0,308.56,0.8,150,0.5,0.3,0.2\n";
    QDir(m_dir.path()).mkpath(QStringLiteral("hidden"));
    writeText(path("hidden/demo_hidden_parameters.csv"), header + "\n" + row);
    writeText(path("hidden/sites.csv"), "site_id,lat,lon,igbp\nZZ-001,60.1,25.0,ENF\n");
    const Run r = run({QStringLiteral("import"), QStringLiteral("--cache"),
                       QString::fromStdString(path("hidden.sqlite")),
                       QString::fromStdString(path("hidden"))});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines.size(), std::size_t(3));
    const auto& skipped = r.lines[0];
    QCOMPARE(skipped["status"].get<std::string>(), std::string("skipped"));
    QVERIFY(skipped["error"].is_null());
    QVERIFY(skipped["reason"].get<std::string>().find("hidden") != std::string::npos);
    QCOMPARE(r.lines[1]["status"].get<std::string>(), std::string("imported"));
    const auto& summary = r.lines.back();
    QCOMPARE(summary["files"].get<int>(), 2);
    QCOMPARE(summary["imported"].get<int>(), 1);
    QCOMPARE(summary["skipped"].get<int>(), 1);
    QCOMPARE(summary["failed"].get<int>(), 0);
    QVERIFY(summary["errors"].empty());

    // Only the exact header is recognised: one more column makes it a foreign file again.
    QDir(m_dir.path()).mkpath(QStringLiteral("hidden2"));
    writeText(path("hidden2/demo_hidden_parameters.csv"),
              header + ",extra\n" + row.substr(0, row.size() - 1) + ",1\n");
    const Run foreign = run({QStringLiteral("import"), QStringLiteral("--cache"),
                             QString::fromStdString(path("hidden.sqlite")),
                             QString::fromStdString(path("hidden2"))});
    QCOMPARE(foreign.exitCode, 1);
    QCOMPARE(foreign.lines.front()["status"].get<std::string>(), std::string("failed"));
    QCOMPARE(foreign.lines.back()["skipped"].get<int>(), 0);
    QCOMPARE(foreign.lines.back()["failed"].get<int>(), 1);
}

void TestImportCli::demoWorldFolderImportsWithExitZero() {
    // The folder `fluxlens-cli demo` writes imports as it is: the reference NetCDF under its
    // own `product` attribute, the hidden-parameter table skipped.
    const QString demo = QString::fromStdString(path("demo"));
    const fluxlens::testing::ProgramRun generated = fluxlens::testing::runCli(
        {QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--sites"),
         QStringLiteral("5"), QStringLiteral("--years"), QStringLiteral("2001-2001")});
    QVERIFY2(generated.succeeded(), qPrintable(generated.describe()));
    const Run r = run({QStringLiteral("import"), QStringLiteral("--cache"),
                       QString::fromStdString(path("demo.sqlite")), demo});
    QVERIFY2(r.exitCode == 0, r.lines.empty() ? "no output" : r.lines.back().dump().c_str());
    int gridded = 0;
    for (std::size_t i = 0; i + 1 < r.lines.size(); ++i)
        if (r.lines[i]["importer"] == "gridded") {
            ++gridded;
            QCOMPARE(r.lines[i]["status"].get<std::string>(), std::string("imported"));
            QCOMPARE(r.lines[i]["sites"].get<int>(), 5);
        }
    QCOMPARE(gridded, 1);
    const auto& summary = r.lines.back();
    QCOMPARE(summary["skipped"].get<int>(), 1);
    QCOMPARE(summary["failed"].get<int>(), 0);
    QCOMPARE(summary["imported"].get<int>(), summary["files"].get<int>() - 1);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
