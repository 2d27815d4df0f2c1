// RMSE, R², bias and MAE against values computed by hand.
#include "eval/error_stats.h"

#include <QTest>
#include <cmath>
#include <limits>
#include <vector>

using namespace fluxlens::eval;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

class TestEvalMetrics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handComputed_data();
    void handComputed();
    void constantObservationsHaveNoR2();
    void noPairsGiveNaN();
    void mergeEqualsOnePass();
    void mismatchedLengthsThrow();
};

void TestEvalMetrics::handComputed_data() {
    QTest::addColumn<std::vector<double>>("obs");
    QTest::addColumn<std::vector<double>>("pred");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<double>("rmse");
    QTest::addColumn<double>("r2");
    QTest::addColumn<double>("bias");
    QTest::addColumn<double>("mae");
    // d = (0.5, 0, -0.5, 1): SSE = 1.5, mean(obs) = 2.5, SST = 5.
    QTest::newRow("small vector") << std::vector<double>{1, 2, 3, 4}
                                  << std::vector<double>{1.5, 2, 2.5, 5} << qint64(4)
                                  << std::sqrt(1.5 / 4) << 0.7 << 0.25 << 0.5;
    QTest::newRow("perfect prediction")
        << std::vector<double>{-2, 0.5, 7, 3} << std::vector<double>{-2, 0.5, 7, 3} << qint64(4)
        << 0.0 << 1.0 << 0.0 << 0.0;
    // Reversed: SSE = 8, SST = 2, R² = 1 - 4 = -3 (worse than the mean).
    QTest::newRow("worse than the mean")
        << std::vector<double>{1, 2, 3} << std::vector<double>{3, 2, 1} << qint64(3)
        << std::sqrt(8.0 / 3) << -3.0 << 0.0 << 4.0 / 3;
    // Missing values on either side drop the pair: pairs (1,2), (5,4), (9,9).
    // d = (1, -1, 0): SSE = 2; obs mean 5, SST = 16 + 0 + 16 = 32.
    QTest::newRow("NaN pairs skipped")
        << std::vector<double>{1, kNaN, 5, 7, 9} << std::vector<double>{2, 3, 4, kNaN, 9}
        << qint64(3) << std::sqrt(2.0 / 3) << 1.0 - 2.0 / 32 << 0.0 << 2.0 / 3;
    // A large offset (as with values far from 0) must not spoil SST: obs 1000.1, 1000.2, 1000.3.
    QTest::newRow("large offset") << std::vector<double>{1000.1, 1000.2, 1000.3}
                                  << std::vector<double>{1000.1, 1000.3, 1000.3} << qint64(3)
                                  << std::sqrt(0.01 / 3) << 1.0 - 0.01 / 0.02 << 0.1 / 3 << 0.1 / 3;
}

void TestEvalMetrics::handComputed() {
    QFETCH(std::vector<double>, obs);
    QFETCH(std::vector<double>, pred);
    QFETCH(qint64, n);
    QFETCH(double, rmse);
    QFETCH(double, r2);
    QFETCH(double, bias);
    QFETCH(double, mae);
    const ErrorStats s = errorStats(obs, pred);
    QCOMPARE(s.n, n);
    QVERIFY2(std::abs(s.rmse - rmse) < 1e-9, qPrintable(QString::number(s.rmse, 'g', 17)));
    QVERIFY2(std::abs(s.r2 - r2) < 1e-9, qPrintable(QString::number(s.r2, 'g', 17)));
    QVERIFY2(std::abs(s.bias - bias) < 1e-9, qPrintable(QString::number(s.bias, 'g', 17)));
    QVERIFY2(std::abs(s.mae - mae) < 1e-9, qPrintable(QString::number(s.mae, 'g', 17)));
}

void TestEvalMetrics::constantObservationsHaveNoR2() {
    // SST = 0: R² = 1 - SSE/0 is undefined and reported as NaN; the other figures stay defined.
    const ErrorStats s = errorStats(std::vector<double>{3, 3, 3}, std::vector<double>{2, 3, 4});
    QCOMPARE(s.n, qint64(3));
    QVERIFY(std::isnan(s.r2));
    QVERIFY(std::abs(s.rmse - std::sqrt(2.0 / 3)) < 1e-12);
    QVERIFY(std::abs(s.bias) < 1e-12);
    QVERIFY(std::abs(s.mae - 2.0 / 3) < 1e-12);
    // One pair is a constant series too.
    const ErrorStats one = errorStats(std::vector<double>{5}, std::vector<double>{4});
    QCOMPARE(one.n, qint64(1));
    QVERIFY(std::isnan(one.r2));
    QCOMPARE(one.rmse, 1.0);
}

void TestEvalMetrics::noPairsGiveNaN() {
    const ErrorStats s = errorStats(std::vector<double>{kNaN, 1}, std::vector<double>{1, kNaN});
    QCOMPARE(s.n, qint64(0));
    QVERIFY(std::isnan(s.rmse) && std::isnan(s.r2) && std::isnan(s.bias) && std::isnan(s.mae));
}

void TestEvalMetrics::mergeEqualsOnePass() {
    const std::vector<double> obs{4, 8, 15, 16, 23, 42, 1.5};
    const std::vector<double> pred{5, 7, 15, 18, 20, 40, 3};
    ErrorAccumulator a, b;
    for (std::size_t i = 0; i < obs.size(); ++i)
        (i < 3 ? a : b).add(obs[i], pred[i]);
    a.merge(b);
    const ErrorStats merged = a.finish();
    const ErrorStats direct = errorStats(obs, pred);
    QCOMPARE(merged.n, direct.n);
    QVERIFY(std::abs(merged.rmse - direct.rmse) < 1e-12);
    QVERIFY(std::abs(merged.r2 - direct.r2) < 1e-12);
    QVERIFY(std::abs(merged.bias - direct.bias) < 1e-12);
    QVERIFY(std::abs(merged.mae - direct.mae) < 1e-12);
}

void TestEvalMetrics::mismatchedLengthsThrow() {
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             errorStats(std::vector<double>{1, 2}, std::vector<double>{1}));
}

QTEST_APPLESS_MAIN(TestEvalMetrics)
#include "tst_eval_metrics.moc"
