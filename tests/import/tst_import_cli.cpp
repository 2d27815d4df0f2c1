// fluxlens-cli import: JSON lines, summary and exit status.
#include "import_test_support.h"

#include <QDir>
#include <QProcess>
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

private:
    struct Run {
        int exitCode = -1;
        std::vector<nlohmann::json> lines;
        QString errorOutput;
    };
    Run run(const QStringList& arguments);
    void writeInputs();
    std::string path(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }
    QTemporaryDir m_dir;
};

TestImportCli::Run TestImportCli::run(const QStringList& arguments) {
    QProcess process;
    process.start(QStringLiteral(FLUXLENS_CLI), arguments);
    Run r;
    if (!process.waitForFinished(60000))
        return r;
    r.exitCode = process.exitCode();
    r.errorOutput = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty())
            r.lines.push_back(nlohmann::json::parse(line.toStdString()));
    return r;
}

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

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
