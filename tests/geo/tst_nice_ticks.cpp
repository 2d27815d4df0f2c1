// Round axis ticks for the charts (common/nice_ticks.h) against hand-computed ranges.
#include "common/nice_ticks.h"

#include <QTest>
#include <limits>

using namespace fluxlens;

class TestNiceTicks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundSteps_data();
    void roundSteps();
    void degenerateInput();
};

void TestNiceTicks::roundSteps_data() {
    QTest::addColumn<double>("lo");
    QTest::addColumn<double>("hi");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    // (hi - lo) / 5 = 0.308 -> step 0.5; -0.10 -> -0.5, 1.44 -> 1.5
    QTest::newRow("GPP-like") << -0.10 << 1.44 << -0.5 << 1.5 << 0.5;
    // 23 / 5 = 4.6 -> step 5
    QTest::newRow("fluxes") << -5.0 << 18.0 << -5.0 << 20.0 << 5.0;
    // 0.9 / 5 = 0.18 -> step 0.2
    QTest::newRow("small") << 0.9 << 1.8 << 0.8 << 1.8 << 0.2;
    // 7 / 5 = 1.4 -> step 2
    QTest::newRow("negative NEE") << -8.0 << -1.0 << -8.0 << 0.0 << 2.0;
    // exactly 1 × 10^k
    QTest::newRow("decade") << 0.0 << 50.0 << 0.0 << 50.0 << 10.0;
}

void TestNiceTicks::roundSteps() {
    QFETCH(double, lo);
    QFETCH(double, hi);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(double, step);
    const TickRange r = niceTickRange(lo, hi);
    QCOMPARE(r.step, step);
    QCOMPARE(r.min, min);
    QCOMPARE(r.max, max);
    QVERIFY(r.min <= lo && r.max >= hi);
}

void TestNiceTicks::degenerateInput() {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const TickRange r : {niceTickRange(nan, 1.0), niceTickRange(2.0, 1.0),
                              niceTickRange(0.0, std::numeric_limits<double>::infinity())}) {
        QCOMPARE(r.min, 0.0);
        QCOMPARE(r.max, 1.0);
    }
    const TickRange one = niceTickRange(3.0, 3.0); // one value: widened around it
    QVERIFY(one.min < 3.0 && one.max > 3.0 && one.step > 0.0);
}

QTEST_APPLESS_MAIN(TestNiceTicks)
#include "tst_nice_ticks.moc"
