// The experiment's held-out split: round(fraction * N) sites, each Köppen class its proportional
// share (rounded down or up), spread over the IGBP classes within it, reproducible for a seed.
#include "experiment/heldout_split.h"

#include <QTest>
#include <map>
#include <set>

using fluxlens::IgbpClass;
using fluxlens::KoppenClass;
using fluxlens::ml::SiteSeries;

class TestHeldoutSplit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sharesFollowKoppenThenIgbp_data();
    void sharesFollowKoppenThenIgbp();
    void rejectsFractionsLeavingNothing();

private:
    static std::vector<SiteSeries> world();
};

// 20 Cfb sites (10 DBF, 10 ENF), 10 BSk grasslands, 6 Dfc (3 ENF, 3 WET).
std::vector<SiteSeries> TestHeldoutSplit::world() {
    std::vector<SiteSeries> sites;
    auto add = [&](int n, KoppenClass k, IgbpClass i) {
        for (int j = 0; j < n; ++j) {
            SiteSeries s;
            s.id = "S" + std::to_string(sites.size() + 100);
            s.koppen = k;
            s.igbp = i;
            sites.push_back(s);
        }
    };
    add(10, KoppenClass::Cfb, IgbpClass::DBF);
    add(10, KoppenClass::Cfb, IgbpClass::ENF);
    add(10, KoppenClass::BSk, IgbpClass::GRA);
    add(3, KoppenClass::Dfc, IgbpClass::ENF);
    add(3, KoppenClass::Dfc, IgbpClass::WET);
    return sites;
}

void TestHeldoutSplit::sharesFollowKoppenThenIgbp_data() {
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {1u, 7u, 42u, 1000u})
        QTest::newRow(qPrintable(QString::number(seed))) << seed;
}

void TestHeldoutSplit::sharesFollowKoppenThenIgbp() {
    QFETCH(quint64, seed);
    const std::vector<SiteSeries> sites = world();
    std::vector<const SiteSeries*> pointers;
    std::map<std::string, const SiteSeries*> byId;
    for (const SiteSeries& s : sites) {
        pointers.push_back(&s);
        byId[s.id] = &s;
    }
    const auto heldOut = fluxlens::experiment::koppenIgbpHoldout(pointers, 0.25, seed);
    QCOMPARE(heldOut.size(), std::size_t(9)); // round(0.25 * 36)
    QCOMPARE(std::set<std::string>(heldOut.begin(), heldOut.end()).size(), heldOut.size());
    std::map<KoppenClass, int> koppen;
    std::map<std::pair<KoppenClass, IgbpClass>, int> pairs;
    for (const std::string& id : heldOut) {
        ++koppen[byId.at(id)->koppen];
        ++pairs[{byId.at(id)->koppen, byId.at(id)->igbp}];
    }
    // Cfb 20 * 0.25 = 5, BSk 2.5, Dfc 1.5: floor or ceil of each share.
    QCOMPARE(koppen[KoppenClass::Cfb], 5);
    QVERIFY(koppen[KoppenClass::BSk] == 2 || koppen[KoppenClass::BSk] == 3);
    QVERIFY(koppen[KoppenClass::Dfc] == 1 || koppen[KoppenClass::Dfc] == 2);
    // Within Cfb, both IGBP classes: 2 or 3 each.
    QVERIFY(std::abs(pairs[{KoppenClass::Cfb, IgbpClass::DBF}] -
                     pairs[{KoppenClass::Cfb, IgbpClass::ENF}]) <= 1);
    QCOMPARE(fluxlens::experiment::koppenIgbpHoldout(pointers, 0.25, seed), heldOut);
    // The input order does not matter.
    std::reverse(pointers.begin(), pointers.end());
    QCOMPARE(fluxlens::experiment::koppenIgbpHoldout(pointers, 0.25, seed), heldOut);
}

void TestHeldoutSplit::rejectsFractionsLeavingNothing() {
    const std::vector<SiteSeries> sites = world();
    std::vector<const SiteSeries*> pointers;
    for (const SiteSeries& s : sites)
        pointers.push_back(&s);
    for (double fraction : {0.0, 1.0, -0.1, 0.001, 0.999})
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 fluxlens::experiment::koppenIgbpHoldout(pointers, fraction, 1));
}

QTEST_APPLESS_MAIN(TestHeldoutSplit)
#include "tst_heldout_split.moc"
