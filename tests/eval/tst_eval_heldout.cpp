// The zero-shot site set shared by `fluxlens-cli evaluate --sites heldout`, the comparison views
// and the headless export: the intersection of the models' recorded held-out sites.
#include "eval/heldout_sites.h"

#include <QTest>

using namespace fluxlens;
using namespace fluxlens::eval;

namespace {
ModelRecord model(const std::string& name, const std::string& metadata) {
    ModelRecord m;
    m.name = name;
    m.metadataJson = metadata;
    return m;
}
} // namespace

class TestEvalHeldOut : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void intersectsRecordedLists();
    void skipsModelsWithoutList();
    void noneRecorded();
    void noCommonSite();
    void emptyListMeansNoCommonSite();
};

void TestEvalHeldOut::intersectsRecordedLists() {
    const HeldOutSites sites =
        commonHeldOutSites({model("A", R"({"heldout_sites": ["S3", "S1", "S2", "S1"]})"),
                            model("B", R"({"heldout_sites": ["S2", "S4", "S1"]})"),
                            model("C", R"({"heldout_sites": ["S1", "S2", "S5"]})")});
    QVERIFY(sites.usable());
    QCOMPARE(sites.status, HeldOutSites::Status::Ok);
    QCOMPARE(sites.siteIds, (std::vector<std::string>{"S1", "S2"}));
    QCOMPARE(sites.recordingModels, (std::vector<std::string>{"A", "B", "C"}));
    QVERIFY(heldOutSitesProblem(sites).empty());
}

void TestEvalHeldOut::skipsModelsWithoutList() {
    // A reference product and a model trained on every site do not shrink the set.
    const HeldOutSites sites =
        commonHeldOutSites({model("FLUXCOM-X-BASE", R"({"reference_product": "FLUXCOM-X-BASE"})"),
                            model("A", R"({"heldout_sites": ["S2", "S1"]})"),
                            model("broken", "not json"), model("empty", "{}")});
    QVERIFY(sites.usable());
    QCOMPARE(sites.siteIds, (std::vector<std::string>{"S1", "S2"}));
    QCOMPARE(sites.recordingModels, std::vector<std::string>{"A"});
}

void TestEvalHeldOut::noneRecorded() {
    const HeldOutSites none = commonHeldOutSites({model("A", "{}"), model("B", "[1, 2]")});
    QVERIFY(!none.usable());
    QCOMPARE(none.status, HeldOutSites::Status::NoneRecorded);
    QVERIFY(none.siteIds.empty());
    QVERIFY(none.recordingModels.empty());
    QCOMPARE(heldOutSitesProblem(none),
             std::string("no model in the cache records its held-out sites"));
    QCOMPARE(commonHeldOutSites({}).status, HeldOutSites::Status::NoneRecorded);
}

void TestEvalHeldOut::noCommonSite() {
    const HeldOutSites sites = commonHeldOutSites({model("A", R"({"heldout_sites": ["S1", "S2"]})"),
                                                   model("B", R"({"heldout_sites": ["S3"]})"),
                                                   model("C", R"({"heldout_sites": ["S1"]})")});
    QVERIFY(!sites.usable());
    QCOMPARE(sites.status, HeldOutSites::Status::NoCommonSite);
    QVERIFY(sites.siteIds.empty());
    QCOMPARE(sites.recordingModels, (std::vector<std::string>{"A", "B", "C"}));
    const std::string why = heldOutSitesProblem(sites);
    QVERIFY2(why.find("A, B, C") != std::string::npos, why.c_str());
    QVERIFY2(why.find("no site in common") != std::string::npos, why.c_str());
}

void TestEvalHeldOut::emptyListMeansNoCommonSite() {
    // A model that records an empty list held nothing out: nothing is zero-shot for all.
    const HeldOutSites sites = commonHeldOutSites({model("A", R"({"heldout_sites": []})")});
    QCOMPARE(sites.status, HeldOutSites::Status::NoCommonSite);
}

QTEST_GUILESS_MAIN(TestEvalHeldOut)
#include "tst_eval_heldout.moc"
