// fluxlens-cli film: gamma/beta and the modulated prediction; at scale 1 without mixing it equals
// the model's prediction (and `predict`'s stored output), at scale 0 the bare decoder; usage
// mistakes and bad inputs give clear errors.
#include "cache/cache.h"
#include "model_test_cache.h"
#include "program_run.h"

#include <QDir>
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
double maxDifference(const QJsonArray& json, const std::vector<float>& values) {
    if (json.size() != qsizetype(values.size()))
        return INFINITY;
    double m = 0;
    for (qsizetype i = 0; i < json.size(); ++i)
        m = std::max(m, std::abs(json[i].toDouble() - double(values[std::size_t(i)])));
    return m;
}
} // namespace

class TestCliFilm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scaleOneEqualsPredict();
    void scaleZeroIsBareDecoder();
    void embeddingFromAnotherSite();
    void textOutput();
    void errors_data();
    void errors();
    void badModelOrCache();

private:
    QJsonObject film(const QStringList& extra);
    QTemporaryDir m_dir;
    QString m_cache, m_model, m_baseline;
    std::vector<ml::SiteSeries> m_sites;
    std::unique_ptr<ml::FluxModel> m_tamrl;
};

void TestCliFilm::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("cache.sqlite"));
    m_sites = testing::writeSyntheticCache(m_cache.toStdString(), 6, 2);
    ml::TrainRequest request;
    request.name = "film-cli";
    request.config = testing::tinyConfig();
    request.heldOut = {m_sites.back().id};
    m_tamrl = std::make_unique<ml::FluxModel>(ml::FluxModel::train(m_sites, request));
    m_model = m_dir.filePath(QStringLiteral("tamrl"));
    m_tamrl->save(m_model.toStdString());
    request.kind = ml::ModelKind::TamLstm;
    request.name = "baseline";
    request.config.stage2_epochs = 0;
    m_baseline = m_dir.filePath(QStringLiteral("tamlstm"));
    ml::FluxModel::train(m_sites, request).save(m_baseline.toStdString());
}

QJsonObject TestCliFilm::film(const QStringList& extra) {
    const ProgramRun r =
        testing::runCli(QStringList{QStringLiteral("film"), QStringLiteral("--cache"), m_cache,
                                    QStringLiteral("--model"), m_model, QStringLiteral("--json")} +
                        extra);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (r.exitCode != 0 || error.error != QJsonParseError::NoError)
        return {};
    return doc.object();
}

void TestCliFilm::scaleOneEqualsPredict() {
    const ml::SiteSeries& site = m_sites.back(); // a held-out site
    const QJsonObject out = film({QStringLiteral("--site"), QString::fromStdString(site.id)});
    QVERIFY(!out.isEmpty());
    QCOMPARE(out.value(QStringLiteral("scale")).toDouble(), 1.0);
    QVERIFY(out.value(QStringLiteral("embedding_from")).isNull());
    const ml::SitePrediction expected = m_tamrl->predict(site);
    const QJsonObject prediction = out.value(QStringLiteral("prediction")).toObject();
    QCOMPARE(prediction.value(QStringLiteral("date")).toArray().size(),
             qsizetype(expected.dayNumbers.size()));
    // same model, same inputs, same code path: equal to float precision in JSON
    QVERIFY(maxDifference(prediction.value(QStringLiteral("GPP")).toArray(), expected.gpp) < 1e-6);
    QVERIFY(maxDifference(prediction.value(QStringLiteral("NEE")).toArray(), expected.nee) < 1e-6);
    QVERIFY(maxDifference(prediction.value(QStringLiteral("RECO")).toArray(), expected.reco) <
            1e-6);
    const ml::FilmParameters learned = m_tamrl->filmParameters(site);
    QVERIFY(maxDifference(out.value(QStringLiteral("gamma1")).toArray(), learned.gamma1) < 1e-6);
    QVERIFY(maxDifference(out.value(QStringLiteral("beta2")).toArray(), learned.beta2) < 1e-6);
    QCOMPARE(out.value(QStringLiteral("gamma2")).toArray().size(),
             qsizetype(m_tamrl->config().hidden));

    // `fluxlens-cli predict` stores the same numbers (when the engine's CLI command is built)
    const ProgramRun help = testing::runCli({QStringLiteral("help")});
    if (!help.out.contains(QLatin1String("predict")))
        return;
    const ProgramRun predict =
        testing::runCli({QStringLiteral("predict"), QStringLiteral("--cache"), m_cache,
                         QStringLiteral("--model"), m_model});
    QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
    const Cache cache = Cache::open(m_cache.toStdString());
    const DailyTable stored = cache.loadPredictions("film-cli", site.id);
    QCOMPARE(stored.dayNumbers, expected.dayNumbers);
    const auto column = std::find(stored.columnNames.begin(), stored.columnNames.end(), "GPP_mean");
    QVERIFY(column != stored.columnNames.end());
    const auto& gpp = stored.columns[std::size_t(column - stored.columnNames.begin())];
    const QJsonArray filmGpp = prediction.value(QStringLiteral("GPP")).toArray();
    for (std::size_t i = 0; i < gpp.size(); ++i)
        QVERIFY(std::abs(gpp[i] - filmGpp[qsizetype(i)].toDouble()) < 1e-6);
}

void TestCliFilm::scaleZeroIsBareDecoder() {
    const ml::SiteSeries& site = m_sites.front();
    const QJsonObject out = film({QStringLiteral("--site"), QString::fromStdString(site.id),
                                  QStringLiteral("--scale"), QStringLiteral("0")});
    QVERIFY(!out.isEmpty());
    const ml::SitePrediction bare = m_tamrl->predictBare(site);
    const QJsonObject prediction = out.value(QStringLiteral("prediction")).toObject();
    QVERIFY(maxDifference(prediction.value(QStringLiteral("GPP")).toArray(), bare.gpp) < 1e-5);
    QVERIFY(maxDifference(prediction.value(QStringLiteral("NEE")).toArray(), bare.nee) < 1e-5);
    for (const QJsonValue g : out.value(QStringLiteral("gamma2")).toArray())
        QCOMPARE(g.toDouble(), 1.0);
    for (const QJsonValue b : out.value(QStringLiteral("beta1")).toArray())
        QCOMPARE(b.toDouble(), 0.0);
}

void TestCliFilm::embeddingFromAnotherSite() {
    const ml::SiteSeries& a = m_sites[0];
    const ml::SiteSeries& b = m_sites[2];
    const QJsonObject out = film({QStringLiteral("--site"), QString::fromStdString(a.id),
                                  QStringLiteral("--embedding-from"), QString::fromStdString(b.id),
                                  QStringLiteral("--mix"), QStringLiteral("0.25"),
                                  QStringLiteral("--scale"), QStringLiteral("1.5")});
    QVERIFY(!out.isEmpty());
    QCOMPARE(out.value(QStringLiteral("mix")).toDouble(), 0.25);
    ml::FilmControl control;
    control.scale = 1.5;
    control.embeddingFrom = &b;
    control.mix = 0.25;
    const ml::FilmParameters expected = m_tamrl->filmParameters(a, control);
    QVERIFY(maxDifference(out.value(QStringLiteral("gamma1")).toArray(), expected.gamma1) < 1e-6);
    QVERIFY(maxDifference(out.value(QStringLiteral("embedding")).toArray(), expected.embedding) <
            1e-6);
    const QJsonObject prediction = out.value(QStringLiteral("prediction")).toObject();
    QVERIFY(maxDifference(prediction.value(QStringLiteral("GPP")).toArray(),
                          m_tamrl->predict(a, control).gpp) < 1e-6);
}

void TestCliFilm::textOutput() {
    const ProgramRun r = testing::runCli(
        {QStringLiteral("film"), QStringLiteral("--cache"), m_cache, QStringLiteral("--model"),
         m_model, QStringLiteral("--site"), QString::fromStdString(m_sites[1].id)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String("gamma1")));
    QVERIFY(r.out.contains(QLatin1String("prediction:")));
}

void TestCliFilm::errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString site = QStringLiteral("--site");
    QTest::newRow("mix without donor")
        << QStringList{site, QStringLiteral("S0"), QStringLiteral("--mix"), QStringLiteral("0.5")}
        << 2 << "--mix needs --embedding-from";
    QTest::newRow("mix out of range") << QStringList{site,
                                                     QStringLiteral("S0"),
                                                     QStringLiteral("--embedding-from"),
                                                     QStringLiteral("S1"),
                                                     QStringLiteral("--mix"),
                                                     QStringLiteral("1.5")}
                                      << 2 << "0..1";
    QTest::newRow("scale not a number")
        << QStringList{site, QStringLiteral("S0"), QStringLiteral("--scale"), QStringLiteral("nan")}
        << 2 << "--scale";
    QTest::newRow("unknown option")
        << QStringList{site, QStringLiteral("S0"), QStringLiteral("--bogus"), QStringLiteral("1")}
        << 2 << "--bogus";
    QTest::newRow("unknown site") << QStringList{site, QStringLiteral("XX-NONE")} << 1 << "XX-NONE";
    QTest::newRow("no site") << QStringList{} << 2 << "--site";
}

void TestCliFilm::errors() {
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QStringList full{QStringLiteral("film"), QStringLiteral("--cache"), m_cache,
                     QStringLiteral("--model"), m_model};
    for (QString a : args) // S0, S1: the first two synthetic site ids
        full << (a == QLatin1String("S0")   ? QString::fromStdString(m_sites[0].id)
                 : a == QLatin1String("S1") ? QString::fromStdString(m_sites[1].id)
                                            : a);
    const ProgramRun r = testing::runCli(full);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliFilm::badModelOrCache() {
    const QString site = QString::fromStdString(m_sites[0].id);
    auto run = [&](const QString& cache, const QString& model) {
        return testing::runCli({QStringLiteral("film"), QStringLiteral("--cache"), cache,
                                QStringLiteral("--model"), model, QStringLiteral("--site"), site});
    };
    const ProgramRun baseline = run(m_cache, m_baseline);
    QCOMPARE(baseline.exitCode, 1);
    QVERIFY2(baseline.err.contains(QLatin1String("no FiLM layers")), qPrintable(baseline.err));
    const QString empty = m_dir.filePath(QStringLiteral("empty-model"));
    QVERIFY(QDir().mkpath(empty));
    const ProgramRun corrupt = run(m_cache, empty);
    QCOMPARE(corrupt.exitCode, 1);
    QVERIFY2(corrupt.err.contains(empty), qPrintable(corrupt.err));
    const QString noCache = m_dir.filePath(QStringLiteral("no-such.sqlite"));
    const ProgramRun missing = run(noCache, m_model);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QLatin1String("no such cache file")), qPrintable(missing.err));
    QVERIFY(!QFile::exists(noCache));
}

QTEST_MAIN(TestCliFilm)
#include "tst_cli_film.moc"
