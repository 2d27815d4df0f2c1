// Real flux-tower files from ../shared/data, when it holds some: every FLUXNET-format file and
// archive there must import, with values in physical ranges.
#include "cache/cache.h"
#include "import/fluxnet_file_name.h"
#include "import/import_job.h"
#include "import_test_support.h"

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

using namespace fluxlens;
using namespace fluxlens::test;

class TestSharedDataImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsRealFiles();
};

void TestSharedDataImport::importsRealFiles() {
    namespace fs = std::filesystem;
    const fs::path dir = FLUXLENS_SHARED_DATA_DIR;
    std::vector<std::string> files;
    if (fs::is_directory(dir)) {
        for (const auto& f : collectImportFiles({dir.string()})) {
            const std::string base = fs::path(f).filename().string();
            auto name = parseFluxnetFileName(base);
            const bool zipped = base.size() > 4 && base.substr(base.size() - 4) == ".zip";
            if ((name && name->isFluxSeries() &&
                 (name->resolution == FluxnetResolution::Daily ||
                  name->resolution == FluxnetResolution::HalfHourly ||
                  name->resolution == FluxnetResolution::Hourly)) ||
                (zipped && (base.rfind("FLX_", 0) == 0 || base.rfind("AMF_", 0) == 0 ||
                            base.rfind("ICOSETC_", 0) == 0)))
                files.push_back(f);
        }
    }
    if (files.empty())
        QSKIP("no FLUXNET-format files in shared/data");
    QTemporaryDir tmp;
    Cache cache = Cache::open(tmp.filePath(QStringLiteral("cache.sqlite")).toStdString());
    for (const auto& file : files) {
        const FileImportResult result = importFile(cache, file, {}, {});
        QVERIFY2(result.status == FileImportResult::Status::Imported,
                 (file + ": " + result.errorMessage).c_str());
        QVERIFY(result.rows > 0);
        for (const auto& id : result.siteIds) {
            const DailyTable flux = cache.loadDaily(id, DailyKind::Flux);
            for (const char* column : {"GPP_NT_VUT_USTAR50", "NEE_VUT_REF"})
                for (double v : columnOf(flux, column))
                    QVERIFY2(std::isnan(v) || (v > -60 && v < 60), (id + " " + column).c_str());
            const DailyTable met = cache.loadDaily(id, DailyKind::TowerMet);
            for (double t : columnOf(met, "TA_F"))
                QVERIFY(std::isnan(t) || (t > -70 && t < 50));
        }
    }
    for (const auto& summary : cache.siteSummaries())
        QVERIFY2(summary.fluxDays > 0, summary.site.id.c_str());
}

QTEST_GUILESS_MAIN(TestSharedDataImport)
#include "tst_shared_data_import.moc"
