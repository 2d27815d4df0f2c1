// The model library: metadata of registered models, loading a model folder (a corrupt one gives a
// clear error and changes nothing), predicting from the library, deleting.
#include "cache/cache.h"
#include "jobs/background_job.h"
#include "ml/cache_source.h"
#include "model_library_widget.h"
#include "model_operations.h"
#include "model_table_model.h"
#include "model_test_cache.h"
#include "session_support.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <filesystem>

using namespace fluxlens;
using fluxlens::testing::scaledMs;

namespace {
void copyFolder(const QString& from, const QString& to) {
    QDir().mkpath(to);
    for (const QString& f : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(f), QDir(to).filePath(f));
}
} // namespace

// The library reads the cache off the GUI thread after every change: wait for the table.
#define SETTLE(library) QTRY_VERIFY_WITH_TIMEOUT(!(library).isRefreshing(), scaledMs(10000))

class TestModelLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsAFolderWithItsMetadata();
    void showsTheTrainedTargets();
    void corruptFolderGivesClearError_data();
    void corruptFolderGivesClearError();
    void sameNameFromAnotherFolderIsRefused();
    void predictsFromTheLibrary();
    void deletesWithFiles();
    void screenshot();

private:
    QTemporaryDir m_dir;
    QString m_cache;
    std::unique_ptr<CacheSession> m_session;
    QString m_folder;
    std::vector<ml::SiteSeries> m_sites;
    std::unique_ptr<ml::FluxModel> m_model;
};

void TestModelLibrary::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_sites = testing::writeSyntheticCache(m_cache.toStdString(), 6, 2);
    m_session = testing::openSession(m_cache);
    QVERIFY(m_session);
    ml::TrainRequest request;
    request.name = "library-tamrl";
    request.config = testing::tinyConfig();
    request.heldOut = {m_sites.back().id};
    m_model = std::make_unique<ml::FluxModel>(ml::FluxModel::train(m_sites, request));
    m_folder = m_dir.filePath(QStringLiteral("good"));
    m_model->save(m_folder.toStdString());
}

void TestModelLibrary::loadsAFolderWithItsMetadata() {
    ModelLibraryWidget library(m_session.get());
    SETTLE(library);
    QAbstractItemModelTester tester(library.tableModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(library.tableModel()->rowCount(), 0);
    QSignalSpy changed(&library, &ModelLibraryWidget::modelsChanged);
    QVERIFY2(library.loadModelFolder(m_folder), qPrintable(library.errorText()));
    SETTLE(library);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(library.errorText().isEmpty(), qPrintable(library.errorText()));
    ModelTableModel* model = library.tableModel();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(library.selectedModel(), QStringLiteral("library-tamrl"));
    auto cell = [&](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(cell(ModelTableModel::Kind), QStringLiteral("TAM-RL"));
    QCOMPARE(cell(ModelTableModel::Targets), QStringLiteral("GPP, RECO, NEE"));
    QVERIFY(model->index(0, ModelTableModel::Targets).data(Qt::ToolTipRole).isNull());
    QCOMPARE(cell(ModelTableModel::Sites),
             QStringLiteral("%1 trained, 1 held out").arg(m_model->trainingSites().size()));
    QCOMPARE(cell(ModelTableModel::DataHash), QString::fromStdString(m_model->dataHash()).left(12));
    QCOMPARE(cell(ModelTableModel::Predictions), QStringLiteral("none"));
    QVERIFY(cell(ModelTableModel::Created).endsWith(QStringLiteral("UTC")));
    // loading the same folder again is harmless
    QVERIFY(library.loadModelFolder(m_folder));
    SETTLE(library);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(library.removeModel(QStringLiteral("library-tamrl"), false));
    SETTLE(library);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(QFile::exists(QDir(m_folder).filePath(QStringLiteral("model.json"))));
}

void TestModelLibrary::showsTheTrainedTargets() {
    // A model trained on a subset of the fluxes says which, and what happens to the others.
    ml::TrainRequest request;
    request.name = "library-gpp-nee";
    request.config = testing::tinyConfig();
    request.config.targets = {"GPP", "NEE"};
    request.heldOut = {m_sites.back().id};
    const QString folder = m_dir.filePath(QStringLiteral("gpp-nee"));
    ml::FluxModel::train(m_sites, request).save(folder.toStdString());
    ModelLibraryWidget library(m_session.get());
    SETTLE(library);
    QVERIFY2(library.loadModelFolder(folder), qPrintable(library.errorText()));
    SETTLE(library);
    ModelTableModel* model = library.tableModel();
    const int row = model->rowOf(QStringLiteral("library-gpp-nee"));
    QVERIFY(row >= 0);
    const QModelIndex targets = model->index(row, ModelTableModel::Targets);
    QCOMPARE(targets.data().toString(), QStringLiteral("GPP, NEE"));
    QVERIFY(targets.data(Qt::ToolTipRole).toString().contains(QStringLiteral("NEE = RECO − GPP")));
    QCOMPARE(model->headerData(ModelTableModel::Targets, Qt::Horizontal).toString(),
             QStringLiteral("Targets"));
    QVERIFY(library.removeModel(QStringLiteral("library-gpp-nee"), true));
    SETTLE(library);
}

void TestModelLibrary::corruptFolderGivesClearError_data() {
    QTest::addColumn<QString>("damage");
    QTest::newRow("no such folder") << "missing";
    QTest::newRow("empty folder") << "empty";
    QTest::newRow("model.json not JSON") << "garbage json";
    QTest::newRow("model.json from another program") << "foreign json";
    QTest::newRow("model.json truncated") << "truncated json";
    QTest::newRow("weights truncated") << "truncated weights";
    QTest::newRow("weights missing") << "missing weights";
}

void TestModelLibrary::corruptFolderGivesClearError() {
    QFETCH(QString, damage);
    const QString folder =
        m_dir.filePath(QStringLiteral("bad-") + QString(damage).replace(u' ', u'-'));
    if (damage != QLatin1String("missing"))
        QDir().mkpath(folder);
    if (damage != QLatin1String("missing") && damage != QLatin1String("empty"))
        copyFolder(m_folder, folder);
    auto rewrite = [&](const QString& name, const QByteArray& bytes) {
        QFile f(QDir(folder).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    const QString weights = QStringLiteral("member_0.pt");
    if (damage == QLatin1String("garbage json"))
        rewrite(QStringLiteral("model.json"), "this is not json {");
    else if (damage == QLatin1String("foreign json"))
        rewrite(QStringLiteral("model.json"), R"({"format": "keras", "layers": []})");
    else if (damage == QLatin1String("truncated json")) {
        QFile f(QDir(folder).filePath(QStringLiteral("model.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        f.close();
        rewrite(QStringLiteral("model.json"), all.left(all.size() / 2));
    } else if (damage == QLatin1String("truncated weights")) {
        QFile f(QDir(folder).filePath(weights));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray all = f.readAll();
        f.close();
        rewrite(weights, all.left(all.size() / 3));
    } else if (damage == QLatin1String("missing weights"))
        QVERIFY(QFile::remove(QDir(folder).filePath(weights)));

    ModelLibraryWidget library(m_session.get());
    SETTLE(library);
    const int before = library.tableModel()->rowCount();
    QVERIFY(!library.loadModelFolder(folder));
    SETTLE(library);
    qInfo("%s", qPrintable(library.errorText()));
    QVERIFY2(library.errorText().contains(folder), qPrintable(library.errorText()));
    QVERIFY(library.errorText().size() > folder.size() + 20); // says what is wrong, not just where
    QCOMPARE(library.tableModel()->rowCount(), before);
    const Cache cache = Cache::open(m_cache.toStdString());
    QCOMPARE(int(cache.models().size()), before);
}

void TestModelLibrary::sameNameFromAnotherFolderIsRefused() {
    const QString copy = m_dir.filePath(QStringLiteral("copy"));
    copyFolder(m_folder, copy);
    ModelLibraryWidget library(m_session.get());
    SETTLE(library);
    QVERIFY(library.loadModelFolder(m_folder));
    SETTLE(library);
    QVERIFY(!library.loadModelFolder(copy));
    SETTLE(library);
    QVERIFY2(library.errorText().contains(QStringLiteral("already registered")),
             qPrintable(library.errorText()));
    QVERIFY(library.removeModel(QStringLiteral("library-tamrl"), false));
    SETTLE(library);
}

void TestModelLibrary::predictsFromTheLibrary() {
    ModelLibraryWidget library(m_session.get());
    SETTLE(library);
    QVERIFY(library.loadModelFolder(m_folder));
    SETTLE(library);
    QSignalSpy finished(library.job(), &BackgroundJob::finished);
    QSignalSpy failed(library.job(), &BackgroundJob::failed);
    library.predictModel(QStringLiteral("library-tamrl"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, scaledMs(60000));
    SETTLE(library);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    const int row = library.tableModel()->rowOf(QStringLiteral("library-tamrl"));
    QCOMPARE(library.tableModel()->index(row, ModelTableModel::Predictions).data().toString(),
             QStringLiteral("stored"));
    // what is stored is the model's prediction
    const Cache cache = Cache::open(m_cache.toStdString());
    const ml::SitePrediction expected = m_model->predict(m_sites.front());
    const DailyTable stored = cache.loadPredictions("library-tamrl", m_sites.front().id);
    QCOMPARE(stored.dayNumbers, expected.dayNumbers);
    const auto column = std::find(stored.columnNames.begin(), stored.columnNames.end(), "GPP_mean");
    QVERIFY(column != stored.columnNames.end());
    const auto& gpp = stored.columns[std::size_t(column - stored.columnNames.begin())];
    for (std::size_t i = 0; i < gpp.size(); ++i)
        QVERIFY(std::abs(gpp[i] - double(expected.gpp[i])) < 1e-5);

    // evaluate from the library: the metrics column fills in
    QSignalSpy failedEvaluation(library.job(), &BackgroundJob::failed);
    library.evaluateModels();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, scaledMs(60000));
    SETTLE(library);
    QVERIFY2(failedEvaluation.isEmpty(),
             failedEvaluation.isEmpty() ? ""
                                        : qPrintable(failedEvaluation.first().first().toString()));
    const QString metrics =
        library.tableModel()->index(row, ModelTableModel::Metrics).data().toString();
    QVERIFY2(metrics.contains(QStringLiteral("GPP RMSE")), qPrintable(metrics));
    QVERIFY(library.removeModel(QStringLiteral("library-tamrl"), false));
    SETTLE(library);
}

void TestModelLibrary::deletesWithFiles() {
    const QString copy = m_dir.filePath(QStringLiteral("to-delete"));
    copyFolder(m_folder, copy);
    ModelLibraryWidget library(m_session.get());
    SETTLE(library);
    QVERIFY(library.loadModelFolder(copy));
    SETTLE(library);
    QVERIFY(library.removeModel(QStringLiteral("library-tamrl"), true));
    SETTLE(library);
    QVERIFY(!QDir(copy).exists());
    const Cache cache = Cache::open(m_cache.toStdString());
    QVERIFY(!cache.model("library-tamrl"));
    QVERIFY(!library.removeModel(QStringLiteral("library-tamrl"), true));
    SETTLE(library);
    QVERIFY(library.errorText().contains(QStringLiteral("No model named")));
}

// Renders the library with a predicted model and a refused corrupt folder.
void TestModelLibrary::screenshot() {
    const QByteArray dir = qgetenv("FLUXLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set FLUXLENS_SCREENSHOT_DIR to save a screenshot");
    ModelLibraryWidget library(m_session.get());
    SETTLE(library);
    library.resize(1100, 520);
    QVERIFY(library.loadModelFolder(m_folder));
    SETTLE(library);
    QSignalSpy finished(library.job(), &BackgroundJob::finished);
    library.predictModel(QStringLiteral("library-tamrl"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, scaledMs(60000));
    SETTLE(library);
    QVERIFY(!library.loadModelFolder(m_dir.filePath(QStringLiteral("bad-truncated-weights"))));
    SETTLE(library);
    qInfo("banner: %s", qPrintable(library.errorText()));
    library.selectModel(QStringLiteral("library-tamrl"));
    library.show();
    QVERIFY(QTest::qWaitForWindowExposed(&library));
    QVERIFY(library.grab().save(
        QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("model_library.png"))));
    QVERIFY(library.removeModel(QStringLiteral("library-tamrl"), false));
    SETTLE(library);
}

QTEST_MAIN(TestModelLibrary)
#include "tst_model_library.moc"
