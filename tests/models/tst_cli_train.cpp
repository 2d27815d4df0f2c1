// fluxlens-cli train --targets: the chosen fluxes go into the model's config and metadata, unknown
// names are usage errors, and an untrained flux is stored as missing (not a number) by `predict`.
#include "cache/cache.h"
#include "cache/variables.h"
#include "ml/ml_config.h"
#include "model_test_cache.h"
#include "program_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fluxlens;
using testing::ProgramRun;

namespace {
// Training runs take longer than the default run of the program.
ProgramRun cli(const QStringList& args) {
    return testing::runCli(args, {.timeoutMs = 180000});
}

// The tiny test configuration as inline JSON for --config (targets left to --targets).
QString tinyConfigJson() {
    const ml::MlConfig c = testing::tinyConfig();
    QJsonArray features;
    for (const std::string& f : c.features)
        features.append(QString::fromStdString(f));
    const QJsonObject o{{QStringLiteral("features"), features},
                        {QStringLiteral("hidden"), c.hidden},
                        {QStringLiteral("encoder_hidden"), c.encoder_hidden},
                        {QStringLiteral("embedding"), c.embedding},
                        {QStringLiteral("generator_hidden"), c.generator_hidden},
                        {QStringLiteral("device"), QStringLiteral("cpu")}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

class TestCliTrain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void gppOnlyModelStoresMissingRecoAndNee();
    void badTargets_data();
    void badTargets();

private:
    QStringList trainArgs(const QString& out, const QString& targets) const;
    QTemporaryDir m_dir;
    QString m_cache;
    std::vector<ml::SiteSeries> m_sites;
};

void TestCliTrain::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_sites = testing::writeSyntheticCache(m_cache.toStdString(), 5, 2);
}

QStringList TestCliTrain::trainArgs(const QString& out, const QString& targets) const {
    return {QStringLiteral("train"),
            QStringLiteral("--cache"),
            m_cache,
            QStringLiteral("--model"),
            QStringLiteral("tamlstm"),
            QStringLiteral("--out"),
            out,
            QStringLiteral("--epochs"),
            QStringLiteral("1"),
            QStringLiteral("--config"),
            tinyConfigJson(),
            QStringLiteral("--targets"),
            targets,
            QStringLiteral("--name"),
            QStringLiteral("gpp-only")};
}

void TestCliTrain::gppOnlyModelStoresMissingRecoAndNee() {
    const QString folder = m_dir.filePath(QStringLiteral("gpp-only"));
    const ProgramRun train = cli(trainArgs(folder, QStringLiteral("GPP")));
    QVERIFY2(train.exitCode == 0, qPrintable(train.err));
    QVERIFY2(train.out.contains(QLatin1String("targets GPP\n")), qPrintable(train.out));
    QFile meta(folder + QStringLiteral("/model.json"));
    QVERIFY(meta.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(meta.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("targets")).toArray(), QJsonArray{QStringLiteral("GPP")});
    QCOMPARE(
        json.value(QStringLiteral("config")).toObject().value(QStringLiteral("targets")).toArray(),
        QJsonArray{QStringLiteral("GPP")});

    const ProgramRun predict = cli({QStringLiteral("predict"), QStringLiteral("--cache"), m_cache,
                                    QStringLiteral("--model"), folder});
    QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
    const Cache cache = Cache::open(m_cache.toStdString());
    const DailyTable table = cache.loadPredictions("gpp-only", m_sites.front().id);
    QVERIFY(!table.dayNumbers.empty());
    const std::vector<double>* gpp = table.column(var::GPP_mean);
    QVERIFY(gpp);
    QVERIFY(std::all_of(gpp->begin(), gpp->end(), [](double v) { return std::isfinite(v); }));
    for (std::string_view name : {var::RECO_mean, var::NEE_mean, var::NEE_sd}) {
        const std::vector<double>* column = table.column(name);
        QVERIFY(!column || std::all_of(column->begin(), column->end(),
                                       [](double v) { return std::isnan(v); }));
    }
    // Evaluating such a model scores GPP and reports nothing (not zeros) for RECO and NEE.
    const ProgramRun evaluate =
        cli({QStringLiteral("evaluate"), QStringLiteral("--cache"), m_cache});
    QVERIFY2(evaluate.exitCode == 0, qPrintable(evaluate.err));
}

void TestCliTrain::badTargets_data() {
    QTest::addColumn<QString>("targets");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << "GPP,FCH4"
                             << "'FCH4' is not one of GPP, RECO, NEE";
    QTest::newRow("lower case") << "gpp"
                                << "'gpp' is not one of";
    QTest::newRow("empty item") << "GPP,,NEE"
                                << "'' is not one of";
    QTest::newRow("twice") << "NEE,NEE"
                           << "targets";
}

void TestCliTrain::badTargets() {
    QFETCH(QString, targets);
    QFETCH(QString, message);
    const ProgramRun r = cli(trainArgs(m_dir.filePath(QStringLiteral("never")), targets));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never/model.json"))));
}

QTEST_GUILESS_MAIN(TestCliTrain)
#include "tst_cli_train.moc"
