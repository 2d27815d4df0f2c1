// "Score on: held-out sites": the comparison views' shared site-set chooser, Table 1's numbers
// and site counts, and the headless export's --sites option.
#include "app_settings.h"
#include "compare_data.h"
#include "compare_test_world.h"
#include "headless_export.h"
#include "metric_choice_bar.h"
#include "session_support.h"
#include "site_loader.h"
#include "site_table_model.h"
#include "table1_model.h"
#include "table1_view.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace fluxlens;
using fluxlens::testing::scaledMs;
namespace ct = fluxlens::comparetest;

class TestCompareHeldOut : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void switchingChangesTable1();
    void chooserDisabledWithoutRecordedSites();
    void headlessExportScoresHeldOutSites();
    void snapshots();

private:
    // Registers the world's two models, with held-out lists when `record`.
    void registerModels(const QString& path, bool record);
    std::unique_ptr<CompareData> load(const QString& path, SiteTableModel& sites);
    std::vector<std::unique_ptr<CacheSession>> m_sessions; // one per load(), kept to the end

    QTemporaryDir m_dir;
    QString m_heldOutCache;
    QString m_plainCache;
};

void TestCompareHeldOut::registerModels(const QString& path, bool record) {
    Cache cache = Cache::open(path.toStdString());
    // TAM-RL held out A2, B1 and C1, XGBoost B1, C1 and D1: B1 and C1 are zero-shot for both.
    const std::pair<const char*, const char*> models[] = {
        {ct::kTamRl, R"({"heldout_sites": ["A2", "B1", "C1"]})"},
        {ct::kXgb, R"({"heldout_sites": ["D1", "C1", "B1"]})"}};
    for (const auto& [name, meta] : models) {
        ModelRecord m = *cache.model(name);
        m.kind = "test";
        m.metadataJson = record ? meta : "{}";
        cache.registerModel(m);
    }
}

std::unique_ptr<CompareData> TestCompareHeldOut::load(const QString& path, SiteTableModel& sites) {
    m_sessions.push_back(testing::openSession(path));
    if (!m_sessions.back())
        qFatal("%s: cannot open", qPrintable(path));
    const LoadedSites loaded = loadSiteRecords(m_sessions.back()->connector().openExisting());
    sites.setSites(loaded.sites);
    auto data = std::make_unique<CompareData>(&sites);
    QSignalSpy spy(data.get(), &CompareData::metricsChanged);
    data->setSession(m_sessions.back().get());
    if (!spy.wait(scaledMs(5000)))
        qFatal("metrics not loaded");
    return data;
}

void TestCompareHeldOut::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_heldOutCache = m_dir.filePath(QStringLiteral("heldout.sqlite"));
    m_plainCache = m_dir.filePath(QStringLiteral("plain.sqlite"));
    ct::buildWorld(m_heldOutCache.toStdString(), ct::defaultSites(), 400);
    ct::buildWorld(m_plainCache.toStdString(), ct::defaultSites(), 400);
    registerModels(m_heldOutCache, true);
    registerModels(m_plainCache, false);
}

void TestCompareHeldOut::switchingChangesTable1() {
    SiteTableModel sites;
    auto data = load(m_heldOutCache, sites);
    QVERIFY(data->heldOutUsable());
    QCOMPARE(data->heldOut().sites, (QStringList{QStringLiteral("B1"), QStringLiteral("C1")}));
    QCOMPARE(data->heldOutSitesWithMetrics(), 2);
    QCOMPARE(data->siteSet(), SiteSet::All);

    Table1View view(data.get());
    QComboBox* chooser = view.choices()->siteSetChooser();
    QVERIFY(chooser->isEnabled());
    QCOMPARE(chooser->itemText(1), QStringLiteral("Held-out sites (2)"));
    const auto tamRmse = [&] {
        return view.model()->index(0, 0).data(Table1Model::ValueRole).toDouble();
    };
    const auto tamSites = [&] {
        return view.model()->index(0, Table1Model::kFigureColumns).data().toInt();
    };
    double all = 0.0;
    for (int i = 0; i < 6; ++i)
        all += ct::metricRmse(i, ct::kTamRl, false);
    QCOMPARE(tamRmse(), all / 6);
    QCOMPARE(tamSites(), 6);
    QVERIFY(view.headlineLabel()->text().contains(QStringLiteral("all sites")));

    // The user picks "Held-out sites": B1 (index 2) and C1 (index 4) only.
    QSignalSpy changed(data.get(), &CompareData::metricsChanged);
    chooser->setCurrentIndex(1);
    Q_EMIT chooser->activated(1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(data->siteSet(), SiteSet::HeldOut);
    QCOMPARE(data->metrics().sites(), (QStringList{QStringLiteral("B1"), QStringLiteral("C1")}));
    QCOMPARE(tamRmse(),
             (ct::metricRmse(2, ct::kTamRl, false) + ct::metricRmse(4, ct::kTamRl, false)) / 2);
    QCOMPARE(tamSites(), 2);
    QVERIFY2(view.headlineLabel()->text().contains(QStringLiteral("held-out sites only (2)")),
             qPrintable(view.headlineLabel()->text()));

    // Another view's chooser follows (one shared choice), and switching back restores.
    MetricChoiceBar other(data.get(), MetricChoiceBar::Sites);
    QCOMPARE(other.siteSetChooser()->currentIndex(), 1);
    data->setSiteSet(SiteSet::All);
    QCOMPARE(chooser->currentIndex(), 0);
    QCOMPARE(other.siteSetChooser()->currentIndex(), 0);
    QCOMPARE(tamSites(), 6);
    QCOMPARE(tamRmse(), all / 6);
}

void TestCompareHeldOut::chooserDisabledWithoutRecordedSites() {
    SiteTableModel sites;
    auto data = load(m_plainCache, sites);
    QVERIFY(!data->heldOutUsable());
    QCOMPARE(data->heldOut().status, HeldOutSiteSet::Status::NoneRecorded);
    data->setSiteSet(SiteSet::HeldOut); // e.g. the stored choice: no effect without a set
    QCOMPARE(data->requestedSiteSet(), SiteSet::HeldOut);
    QCOMPARE(data->siteSet(), SiteSet::All);
    QCOMPARE(data->metrics().sites().size(), 6);
    Table1View view(data.get());
    QComboBox* chooser = view.choices()->siteSetChooser();
    QVERIFY(!chooser->isEnabled());
    QCOMPARE(chooser->currentIndex(), 0);
    QVERIFY2(chooser->toolTip().contains(QStringLiteral("records its held-out sites")),
             qPrintable(chooser->toolTip()));

    // No site in common: disabled, and the tooltip names the models.
    HeldOutSiteSet none;
    none.status = HeldOutSiteSet::Status::NoCommonSite;
    none.recordingModels = {QStringLiteral("TAM-RL"), QStringLiteral("XGBoost")};
    data->setHeldOutSites(none);
    QVERIFY(!chooser->isEnabled());
    QVERIFY2(chooser->toolTip().contains(QStringLiteral("TAM-RL, XGBoost")),
             qPrintable(chooser->toolTip()));
}

void TestCompareHeldOut::headlessExportScoresHeldOutSites() {
    AppSettings settings;
    HeadlessExportRequest request;
    request.figure = QStringLiteral("table1");
    request.cachePath = m_heldOutCache;
    request.outPath = m_dir.filePath(QStringLiteral("heldout.tex"));
    request.siteSet = QStringLiteral("heldout");
    bool usage = true;
    QCOMPARE(runHeadlessExport(request, settings, &usage), QString());
    QFile tex(request.outPath);
    QVERIFY(tex.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(tex.readAll());
    QVERIFY2(text.contains(QStringLiteral("held-out sites only (2)")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("B1")));
    QVERIFY(!text.contains(QStringLiteral("A1 &")));

    request.outPath = m_dir.filePath(QStringLiteral("all.tex"));
    request.siteSet = QStringLiteral("all");
    QCOMPARE(runHeadlessExport(request, settings, &usage), QString());
    QFile all(request.outPath);
    QVERIFY(all.open(QIODevice::ReadOnly));
    const QString allText = QString::fromUtf8(all.readAll());
    QVERIFY(!allText.contains(QStringLiteral("held-out")));
    QVERIFY(allText.contains(QStringLiteral("A1 &")));

    // No recorded held-out sites: an error naming why (exit 1); a bad value: usage error (2).
    request.cachePath = m_plainCache;
    request.siteSet = QStringLiteral("heldout");
    const QString error = runHeadlessExport(request, settings, &usage);
    QVERIFY2(error.contains(QStringLiteral("records its held-out sites")), qPrintable(error));
    QVERIFY(!usage);
    request.siteSet = QStringLiteral("some");
    QVERIFY(!runHeadlessExport(request, settings, &usage).isEmpty());
    QVERIFY(usage);
}

void TestCompareHeldOut::snapshots() {
    // Table 1 on all and on held-out sites for a person to look at:
    // FLUXLENS_COMPARE_SNAPSHOTS=<folder>.
    const QString folder = qEnvironmentVariable("FLUXLENS_COMPARE_SNAPSHOTS");
    if (folder.isEmpty())
        QSKIP("set FLUXLENS_COMPARE_SNAPSHOTS to a folder to render the views");
    SiteTableModel sites;
    auto data = load(m_heldOutCache, sites);
    Table1View view(data.get());
    view.resize(900, 360);
    QVERIFY(view.grab().save(folder + QStringLiteral("/table1-all.png")));
    data->setSiteSet(SiteSet::HeldOut);
    QVERIFY(view.grab().save(folder + QStringLiteral("/table1-heldout.png")));
    auto plain = load(m_plainCache, sites);
    Table1View disabled(plain.get());
    disabled.resize(900, 360);
    QVERIFY(disabled.grab().save(folder + QStringLiteral("/table1-none-recorded.png")));
}

QTEST_MAIN(TestCompareHeldOut)
#include "tst_compare_heldout.moc"
