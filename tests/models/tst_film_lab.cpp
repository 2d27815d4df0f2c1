// The FiLM lab: the scaling identities (scale 0 is the bare decoder, scale 1 the model as
// trained), embedding mixing, the PCA of task embeddings, hidden-parameter files, and the widget
// following the shared site selection (a click on the embedding map selects the site).
#include "cache/cache.h"
#include "embedding_map_view.h"
#include "embedding_pca.h"
#include "film_bar_chart.h"
#include "film_explanation.h"
#include "film_lab_engine.h"
#include "film_lab_widget.h"
#include "film_series_chart.h"
#include "hidden_parameters.h"
#include "model_operations.h"
#include "model_test_cache.h"
#include "session_support.h"
#include "site_selection.h"
#include "synthetic_world.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace fluxlens;

namespace {
double maxDifference(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size())
        return INFINITY;
    double m = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        m = std::max(m, double(std::abs(a[i] - b[i])));
    return m;
}

void comparePredictions(const ml::SitePrediction& a, const ml::SitePrediction& b,
                        double tolerance) {
    QCOMPARE(a.dayNumbers, b.dayNumbers);
    QVERIFY2(maxDifference(a.gpp, b.gpp) <= tolerance, "GPP differs");
    QVERIFY2(maxDifference(a.reco, b.reco) <= tolerance, "RECO differs");
    QVERIFY2(maxDifference(a.nee, b.nee) <= tolerance, "NEE differs");
}

void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}
} // namespace

class TestFilmLab : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scaleZeroIsTheBareDecoder();
    void scaleOneIsTheModelAsTrained();
    void scaleTwoExaggerates();
    void embeddingFromAnotherSite();
    void pcaByHand();
    void pcaEdgeCases();
    void hiddenParameters();
    void badHiddenParameters_data();
    void badHiddenParameters();
    void settingSummary();
    void engineComputesTheAskedDays();
    void widgetFollowsSelection();
    void chartPeriodIsPredicted();
    void chartYAxisFollowsTheVisibleDays();
    void opensARegisteredModel();
    void colorsByHiddenParameter();
    void screenshots();

private:
    QTemporaryDir m_dir;
    std::vector<ml::SiteSeries> m_sites;
    std::shared_ptr<FilmLabEngine> m_engine;
};

void TestFilmLab::initTestCase() {
    QVERIFY(m_dir.isValid());
    ml::testing::SyntheticWorldOptions options;
    options.sites = 8;
    options.years = 2;
    m_sites = ml::testing::seriesOf(ml::testing::makeSyntheticWorld(options));
    ml::TrainRequest request;
    request.config = testing::tinyConfig();
    request.heldOut = {m_sites.back().id};
    ml::FluxModel model = ml::FluxModel::train(m_sites, request);
    m_engine = std::make_shared<FilmLabEngine>(std::move(model), m_sites);
}

void TestFilmLab::scaleZeroIsTheBareDecoder() {
    for (const ml::SiteSeries& site : {m_sites.front(), m_sites.back()}) {
        FilmRequest r;
        r.siteId = site.id;
        r.scale = 0.0;
        const FilmResult result = m_engine->compute(r);
        QVERIFY2(result.error.empty(), result.error.c_str());
        comparePredictions(result.modulated, m_engine->model().predictBare(site), 1e-5);
        for (float g : result.film.gamma1)
            QCOMPARE(g, 1.0f);
        for (float g : result.film.gamma2)
            QCOMPARE(g, 1.0f);
        for (float b : result.film.beta1)
            QCOMPARE(b, 0.0f);
        for (float b : result.film.beta2)
            QCOMPARE(b, 0.0f);
    }
}

void TestFilmLab::scaleOneIsTheModelAsTrained() {
    const ml::SiteSeries& site = m_sites[1];
    FilmRequest r;
    r.siteId = site.id;
    const FilmResult result = m_engine->compute(r);
    QVERIFY2(result.error.empty(), result.error.c_str());
    const ml::SitePrediction expected = m_engine->model().predict(site);
    comparePredictions(result.modulated, expected, 0.0);
    comparePredictions(result.learned, expected, 0.0);
    QVERIFY(result.milliseconds > 0);
    // the learned modulation is not the identity, or scale would not matter
    const ml::FilmParameters learned = m_engine->model().filmParameters(site);
    QVERIFY(maxDifference(result.film.gamma1, learned.gamma1) == 0.0);
    QVERIFY(maxDifference(learned.gamma2, std::vector<float>(learned.gamma2.size(), 1.0f)) > 1e-4);
}

void TestFilmLab::scaleTwoExaggerates() {
    const ml::SiteSeries& site = m_sites[2];
    FilmRequest r;
    r.siteId = site.id;
    r.scale = 2.0;
    const FilmResult result = m_engine->compute(r);
    const ml::FilmParameters learned = m_engine->model().filmParameters(site);
    for (std::size_t i = 0; i < learned.gamma2.size(); ++i) {
        QVERIFY(std::abs(result.film.gamma2[i] - (1.0f + 2.0f * (learned.gamma2[i] - 1.0f))) <
                1e-5);
        QVERIFY(std::abs(result.film.beta2[i] - 2.0f * learned.beta2[i]) < 1e-5);
    }
    QVERIFY(maxDifference(result.modulated.gpp, result.learned.gpp) > 1e-6);
}

void TestFilmLab::embeddingFromAnotherSite() {
    const ml::SiteSeries& a = m_sites[0];
    const ml::SiteSeries& b = m_sites[3];
    FilmRequest r;
    r.siteId = a.id;
    r.embeddingFrom = b.id;
    r.mix = 1.0;
    const FilmResult full = m_engine->compute(r);
    QVERIFY2(full.error.empty(), full.error.c_str());
    const ml::FilmParameters ofB = m_engine->model().filmParameters(b);
    QVERIFY(maxDifference(full.film.gamma1, ofB.gamma1) < 1e-5); // A told it is B
    QVERIFY(maxDifference(full.film.beta2, ofB.beta2) < 1e-5);
    r.mix = 0.0;
    const FilmResult none = m_engine->compute(r);
    QVERIFY(maxDifference(none.film.gamma1, m_engine->model().filmParameters(a).gamma1) < 1e-6);
    r.mix = 0.5;
    const FilmResult half = m_engine->compute(r);
    const auto& ea = m_engine->embeddings()[0];
    const auto& eb = m_engine->embeddings()[3];
    for (std::size_t i = 0; i < ea.size(); ++i)
        QVERIFY(std::abs(half.film.embedding[i] - 0.5f * (ea[i] + eb[i])) < 1e-5);
    r.embeddingFrom = "NO-SUCH";
    r.mix = 1.0;
    QVERIFY(m_engine->compute(r).error.find("NO-SUCH") != std::string::npos);
}

void TestFilmLab::pcaByHand() {
    // Points on the line y = 2x in 2-D, plus a small orthogonal wiggle: PC1 carries almost all.
    const std::vector<std::vector<float>> rows{{-2, -4}, {-1, -2}, {0, 0}, {1, 2}, {2, 4}};
    const EmbeddingProjection p = projectEmbeddings(rows);
    QCOMPARE(p.points.size(), std::size_t(5));
    QVERIFY(std::abs(p.explainedVariance[0] - 1.0) < 1e-9);
    QVERIFY(std::abs(p.explainedVariance[1]) < 1e-9);
    // score = projection on (1, 2)/sqrt(5), sign fixed so the largest loading is positive
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double expected = (rows[i][0] + 2.0 * rows[i][1]) / std::sqrt(5.0);
        QVERIFY(std::abs(p.points[i][0] - expected) < 1e-9);
        QVERIFY(std::abs(p.points[i][1]) < 1e-9);
    }
    // Axis-aligned ellipse: variances 4 and 1 -> shares 0.8 and 0.2.
    const std::vector<std::vector<float>> ellipse{{2, 0}, {-2, 0}, {0, 1}, {0, -1}};
    const EmbeddingProjection e = projectEmbeddings(ellipse);
    QVERIFY(std::abs(e.explainedVariance[0] - 0.8) < 1e-9);
    QVERIFY(std::abs(e.explainedVariance[1] - 0.2) < 1e-9);
    QVERIFY(std::abs(e.points[0][0] - 2.0) < 1e-9);
    QVERIFY(std::abs(std::abs(e.points[2][1]) - 1.0) < 1e-9);
}

void TestFilmLab::pcaEdgeCases() {
    QCOMPARE(projectEmbeddings({}).points.size(), std::size_t(0));
    const EmbeddingProjection one = projectEmbeddings({{1, 2, 3}});
    QCOMPARE(one.points[0][0], 0.0);
    const EmbeddingProjection same = projectEmbeddings({{1, 2}, {1, 2}, {1, 2}});
    QCOMPARE(same.points[2][1], 0.0);
    QCOMPARE(same.explainedVariance[0], 0.0);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, projectEmbeddings({{1, 2}, {1}}));
    // the real embeddings project without NaN
    for (const auto& pt : m_engine->projection().points)
        QVERIFY(std::isfinite(pt[0]) && std::isfinite(pt[1]));
    QVERIFY(m_engine->projection().explainedVariance[0] > 0.0);
}

void TestFilmLab::hiddenParameters() {
    const QString path = m_dir.filePath(QStringLiteral("demo_hidden_parameters.csv"));
    writeText(path, "site_id,igbp,koppen,light_use_efficiency_gC_MJ,canopy_density\n"
                    "ZZ-001,ENF,Dfb,1.250000,0.400000\n"
                    "ZZ-002,GRA,BSk,0.800000,0.150000\n");
    const HiddenParameterTable table = readHiddenParameters(path);
    QCOMPARE(table.names, QStringList({QStringLiteral("light_use_efficiency_gC_MJ"),
                                       QStringLiteral("canopy_density")}));
    QCOMPARE(table.sites.size(), 2);
    QCOMPARE(table.sites.value(QStringLiteral("ZZ-002")).at(1), 0.15);
}

void TestFilmLab::badHiddenParameters_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("no site_id") << QByteArray("id,lue\nA,1\n") << QStringLiteral(":1:");
    QTest::newRow("short row") << QByteArray("site_id,lue,cd\nA,1,2\nB,1\n")
                               << QStringLiteral(":3:");
    QTest::newRow("not a number") << QByteArray("site_id,lue\nA,abc\n") << QStringLiteral(":2:");
    QTest::newRow("no sites") << QByteArray("site_id,lue\n") << QStringLiteral(":");
    QTest::newRow("missing file") << QByteArray() << QStringLiteral(":0:");
}

void TestFilmLab::badHiddenParameters() {
    QFETCH(QByteArray, text);
    QFETCH(QString, where);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.csv").arg(QString::fromUtf8(QTest::currentDataTag())));
    if (!text.isEmpty())
        writeText(path, text);
    try {
        readHiddenParameters(path);
        QFAIL("no error");
    } catch (const std::runtime_error& e) {
        const QString message = QString::fromUtf8(e.what());
        QVERIFY2(message.startsWith(path + where), qPrintable(message));
    }
}

void TestFilmLab::settingSummary() {
    QVERIFY(filmSettingSummary(0.0, {}, 0).contains(QStringLiteral("bare decoder")));
    QVERIFY(filmSettingSummary(1.0, {}, 0).contains(QStringLiteral("as trained")));
    QVERIFY(filmSettingSummary(2.0, {}, 0).contains(QStringLiteral("exaggerated")));
    QVERIFY(filmSettingSummary(1.0, QStringLiteral("US-Ha1"), 0.3)
                .contains(QStringLiteral("30 % from US-Ha1")));
    QVERIFY(!filmExplanationHtml().isEmpty());
}

void TestFilmLab::engineComputesTheAskedDays() {
    const ml::SiteSeries& site = m_sites[2];
    FilmRequest r;
    r.siteId = site.id;
    r.scale = 1.7;
    r.embeddingFrom = m_sites[4].id;
    r.mix = 0.3;
    const int first = site.dayNumbers.front();
    r.days = ml::DayRange{first + 200, first + 299};
    const FilmResult result = m_engine->compute(r);
    QVERIFY2(result.error.empty(), result.error.c_str());
    ml::FilmControl control;
    control.scale = 1.7;
    control.embeddingFrom = &m_sites[4];
    control.mix = 0.3;
    comparePredictions(result.modulated, m_engine->model().predict(site, control, *r.days), 1e-6);
    QCOMPARE(result.modulated.dayNumbers.size(), std::size_t(100));
    QCOMPARE(result.learned.dayNumbers.size(), site.dayNumbers.size()); // the reference: all days
    // Days outside the record: an empty prediction, not an error.
    r.days = ml::DayRange{first - 100, first - 1};
    const FilmResult outside = m_engine->compute(r);
    QVERIFY2(outside.error.empty(), outside.error.c_str());
    QVERIFY(outside.modulated.dayNumbers.empty());
}

void TestFilmLab::chartPeriodIsPredicted() {
    SiteSelection selection;
    FilmLabWidget lab(&selection, nullptr);
    lab.resize(1400, 900);
    lab.setEngine(m_engine, QStringLiteral("tiny"));
    const ml::SiteSeries& site = m_sites[1];
    selection.select(QString::fromStdString(site.id));
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult() && lab.shownResult()->request.siteId == site.id);
    // Two-year records: the default period (last 3 years) is the whole record.
    QCOMPARE(lab.shownResult()->modulated.dayNumbers.size(), site.dayNumbers.size());

    lab.setScale(1.5);
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult()->request.scale == 1.5);
    const int first = site.dayNumbers.front();
    lab.seriesChart()->setVisibleDays({first + 100, first + 189}); // as a zoom does
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult()->modulated.dayNumbers.size() == 90);
    ml::FilmControl control;
    control.scale = 1.5;
    const ml::SitePrediction whole = m_engine->model().predict(site, control);
    ml::SitePrediction expected = whole;
    for (std::vector<float>* v : {&expected.gpp, &expected.reco, &expected.nee, &expected.gppSd,
                                  &expected.recoSd, &expected.neeSd})
        *v = std::vector<float>(v->begin() + 100, v->begin() + 190);
    expected.dayNumbers =
        std::vector<int>(whole.dayNumbers.begin() + 100, whole.dayNumbers.begin() + 190);
    comparePredictions(lab.shownResult()->modulated, expected, 1e-6);
    QCOMPARE(lab.seriesChart()->modulatedPointCount(), 90);

    // A slider change keeps the zoomed period.
    lab.setScale(0.5);
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult()->request.scale == 0.5);
    QCOMPARE(lab.shownResult()->modulated.dayNumbers.front(), first + 100);
    QCOMPARE(lab.shownResult()->modulated.dayNumbers.size(), std::size_t(90));

    // Another period: the last year of the record.
    lab.seriesChart()->setPeriod(FilmSeriesChart::Period::LastYear);
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult()->modulated.dayNumbers.size() == 366);
    QCOMPARE(lab.shownResult()->modulated.dayNumbers.back(), site.dayNumbers.back());
}

void TestFilmLab::chartYAxisFollowsTheVisibleDays() {
    // A quiet first year and a big second one: zoomed in on the first, the y axis fits it.
    ml::SitePrediction learned;
    learned.siteId = "XX-Two";
    for (int day = 0; day < 730; ++day) {
        learned.dayNumbers.push_back(12000 + day);
        learned.gpp.push_back(day < 365 ? 1.0f + 0.001f * float(day) : 9.0f);
    }
    learned.reco = learned.nee = learned.gpp;
    FilmSeriesChart chart;
    chart.setPeriod(FilmSeriesChart::Period::WholeRecord);
    chart.show(nullptr, learned, learned, QStringLiteral("modulated"));
    QVERIFY(chart.yRange().second > 9.0);
    ml::SitePrediction firstYear = learned;
    firstYear.dayNumbers.resize(300);
    firstYear.gpp.resize(300);
    firstYear.reco = firstYear.nee = firstYear.gpp;
    chart.setVisibleDays({12000, 12299});
    chart.show(nullptr, learned, firstYear, QStringLiteral("modulated"));
    const auto [lo, hi] = chart.yRange();
    QVERIFY2(lo > 0.5 && lo < 1.0 && hi > 1.299 && hi < 1.5,
             qPrintable(QStringLiteral("%1 .. %2").arg(lo).arg(hi)));
    chart.setVisibleDays({12000, 12729}); // zoomed out again: the big year counts
    QVERIFY(chart.yRange().second > 9.0);
}

void TestFilmLab::widgetFollowsSelection() {
    SiteSelection selection;
    FilmLabWidget lab(&selection, nullptr);
    lab.resize(1400, 900);
    QSignalSpy shown(&lab, &FilmLabWidget::resultShown);
    lab.setEngine(m_engine, QStringLiteral("tiny"));
    QCOMPARE(lab.embeddingMap()->pointCount(), int(m_sites.size()));
    const QString a = QString::fromStdString(m_sites[0].id);
    selection.select(a);
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult() &&
                lab.shownResult()->request.siteId == m_sites[0].id);
    const auto& config = m_engine->model().config();
    QCOMPARE(lab.inputChart()->barCount(), int(config.features.size()));
    QCOMPARE(lab.hiddenChart()->barCount(), config.hidden);
    QVERIFY(lab.seriesChart()->modulatedPointCount() > 300);
    const ml::FilmParameters learned = m_engine->model().filmParameters(m_sites[0]);
    QCOMPARE(lab.hiddenChart()->gammaAt(3), double(learned.gamma2[3]));

    lab.setScale(0.0);
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult()->request.scale == 0.0);
    comparePredictions(lab.shownResult()->modulated, m_engine->model().predictBare(m_sites[0]),
                       1e-5);
    QCOMPARE(lab.hiddenChart()->gammaAt(3), 1.0);

    // many quick changes: the newest wins
    for (int s = 0; s <= 200; s += 10)
        lab.setScale(s / 100.0);
    QTRY_VERIFY(!lab.isBusy());
    QCOMPARE(lab.shownResult()->request.scale, 2.0);

    const QString b = QString::fromStdString(m_sites[3].id);
    lab.setScale(1.0);
    lab.setDonor(b, 1.0);
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult()->request.embeddingFrom == m_sites[3].id &&
                lab.shownResult()->request.mix == 1.0 && lab.shownResult()->request.scale == 1.0);
    QVERIFY(maxDifference(lab.shownResult()->film.gamma1,
                          m_engine->model().filmParameters(m_sites[3]).gamma1) < 1e-5);

    // a click on the embedding map selects that site everywhere
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    EmbeddingMapView* map = lab.embeddingMap();
    const QString c = QString::fromStdString(m_sites[5].id);
    const QPointF at = map->widgetPositionOf(c);
    QCOMPARE(map->siteAt(at), c); // the synthetic sites' embeddings do not coincide
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QCOMPARE(selection.currentId(), c);
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult()->request.siteId == m_sites[5].id);
}

void TestFilmLab::opensARegisteredModel() {
    const QString cachePath = m_dir.filePath(QStringLiteral("lab-cache.sqlite"));
    const auto sites = testing::writeSyntheticCache(cachePath.toStdString(), 5, 2);
    const QString folder = m_dir.filePath(QStringLiteral("lab-model"));
    ml::TrainRequest request;
    request.name = "lab";
    request.config = testing::tinyConfig();
    const ml::FluxModel model = ml::FluxModel::train(sites, request);
    model.save(folder.toStdString());
    {
        Cache cache = Cache::open(cachePath.toStdString());
        ModelRecord broken{"broken", "tamrl", m_dir.filePath(QStringLiteral("gone")).toStdString(),
                           "{}", 0};
        cache.registerModel(broken);
        cache.registerModel({"not film", "tamlstm", folder.toStdString(), "{}", 0});
        QTest::qWait(1100); // registration times are in seconds: "lab" is the newest
        registerModelFolder(cache, folder);
    }
    SiteSelection selection;
    const auto session = testing::openSession(cachePath);
    QVERIFY(session);
    FilmLabWidget lab(&selection, session.get());
    QSignalSpy ready(&lab, &FilmLabWidget::engineReady);
    // Opens ready: the newest TAM-RL model, drawn at once (the first site, nothing selected).
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(lab.modelName(), QStringLiteral("lab"));
    QCOMPARE(lab.listedModels(), (QStringList{QStringLiteral("lab"), QStringLiteral("broken")}));
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult());
    QCOMPARE(lab.shownResult()->request.siteId, sites[0].id);
    QVERIFY(lab.errorText().isEmpty());
    lab.openModel(QStringLiteral("not film")); // only TAM-RL models are offered
    QVERIFY(lab.errorText().contains(QStringLiteral("No TAM-RL model")));
    lab.openModel(QStringLiteral("broken"));
    QTRY_VERIFY(!lab.isBusy() && lab.errorText().contains(QStringLiteral("gone")));
    QCOMPARE(lab.modelName(), QStringLiteral("lab")); // the open model stays open
    lab.openModel(QStringLiteral("lab"));
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(lab.modelName(), QStringLiteral("lab"));
    selection.select(QString::fromStdString(sites[2].id));
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult() &&
                lab.shownResult()->request.siteId == sites[2].id);
    comparePredictions(lab.shownResult()->modulated, model.predict(sites[2]), 1e-6);
}

void TestFilmLab::colorsByHiddenParameter() {
    ml::testing::SyntheticWorldOptions options;
    options.sites = 8;
    options.years = 2;
    const auto world = ml::testing::makeSyntheticWorld(options); // the same world as m_sites
    QByteArray csv("site_id,igbp,koppen,light_use_efficiency,reference_respiration\n");
    for (const auto& s : world)
        csv += QByteArray::fromStdString(s.series.id) + ",GRA,Cfb," +
               QByteArray::number(s.lightUseEfficiency) + "," +
               QByteArray::number(s.referenceRespiration) + "\n";
    const QString path = m_dir.filePath(QStringLiteral("synthetic_hidden.csv"));
    writeText(path, csv);
    SiteSelection selection;
    FilmLabWidget lab(&selection, nullptr);
    lab.setEngine(m_engine, QStringLiteral("tiny"));
    QVERIFY(lab.loadHiddenParameters(path));
    QVERIFY(lab.errorText().isEmpty());
    QVERIFY(!lab.loadHiddenParameters(m_dir.filePath(QStringLiteral("nothing.csv"))));
    QVERIFY(lab.errorText().contains(QStringLiteral("nothing.csv")));
}

// Renders the widgets offscreen for a look; FLUXLENS_SCREENSHOT_DIR chooses where.
void TestFilmLab::screenshots() {
    const QByteArray dir = qgetenv("FLUXLENS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set FLUXLENS_SCREENSHOT_DIR to save screenshots");
    SiteSelection selection;
    FilmLabWidget lab(&selection, nullptr);
    lab.resize(1500, 950);
    lab.setEngine(m_engine, QStringLiteral("tiny"));
    selection.select(QString::fromStdString(m_sites[1].id));
    lab.setScale(1.5);
    lab.setColorMode(1);
    lab.setDonor(QString::fromStdString(m_sites[4].id), 0.5);
    lab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&lab));
    QTRY_VERIFY(!lab.isBusy() && lab.shownResult() && lab.shownResult()->request.mix == 0.5);
    QTest::qWait(100);
    QVERIFY(lab.grab().save(
        QDir(QString::fromLocal8Bit(dir)).filePath(QStringLiteral("film_lab.png"))));
}

QTEST_MAIN(TestFilmLab)
#include "tst_film_lab.moc"
