// The XGBoost feature table against values worked out by hand.
#include "ml/model_error.h"
#include "ml/xgboost/xgb_features.h"

#include <QTest>
#include <cmath>

using namespace fluxlens;

namespace {
std::size_t indexOf(const std::vector<std::string>& names, const std::string& n) {
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i] == n)
            return i;
    return names.size();
}

// Days 0..9 (1970-01-01 ...) with t2m = day index, a gap after day 4 (days 5-6 absent), NDVI 0.5.
ml::SiteSeries tinySite() {
    ml::SiteSeries s;
    s.id = "T";
    s.igbp = IgbpClass::ENF;
    s.dayNumbers = {0, 1, 2, 3, 4, 7, 8, 9};
    s.featureNames = {"t2m_degC", "NDVI"};
    s.features.resize(2);
    for (int d : s.dayNumbers) {
        s.features[0].push_back(static_cast<float>(d));
        s.features[1].push_back(d == 8 ? std::nanf("") : 0.5f);
    }
    return s;
}
} // namespace

class TestXgboostFeatures : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void namesAreUniqueAndStartWithTheNeuralDrivers();
    void laggedMeansOverCalendarDays();
    void seasonalCycleAndAnomaly();
    void igbpOneHotAndMissingDrivers();
    void unknownFeatureThrows();
    void towerDriversGetTheirOwnLags();
};

void TestXgboostFeatures::namesAreUniqueAndStartWithTheNeuralDrivers() {
    const auto names = xgb::xgbFeatureNames();
    const auto base = xgb::baseDriverNames();
    QVERIFY(names.size() > base.size());
    QVERIFY(std::equal(base.begin(), base.end(), names.begin()));
    for (std::size_t i = 0; i < names.size(); ++i)
        for (std::size_t k = i + 1; k < names.size(); ++k)
            QVERIFY2(names[i] != names[k], names[i].c_str());
    // The neural models' defaults (ml::defaultFeatures() in ml_config.cpp), written out here so a
    // change on either side shows up.
    const std::vector<std::string> neural = {
        "b1",      "b2",      "b3",          "b4",      "b5",       "b6",
        "b7",      "NDVI",    "EVI",         "NIRv",    "t2m_degC", "ssrd_W_m2",
        "vpd_hPa", "tp_mm_d", "swvl1_m3_m3", "DOY_SIN", "DOY_COS"};
    QCOMPARE(base, neural);
}

void TestXgboostFeatures::laggedMeansOverCalendarDays() {
    const ml::SiteSeries s = tinySite();
    const std::vector<std::string> f = {"t2m_degC", "t2m_degC_mean7d"};
    const auto table = xgb::featureTable(s, xgb::baseDriverNames(), f);
    QCOMPARE(table.size(), s.dayNumbers.size() * 2);
    // Day 0: itself. Day 4: mean(0..4) = 2. Day 9: days 3..9 present are 3, 4, 7, 8, 9 -> 6.2.
    QCOMPARE(table[0 * 2 + 1], 0.0f);
    QCOMPARE(table[4 * 2 + 1], 2.0f);
    QVERIFY(std::abs(table[7 * 2 + 1] - 6.2f) < 1e-5f);
    // Day 7 (row 5): days 1..7 present: 1, 2, 3, 4, 7 -> 3.4.
    QVERIFY(std::abs(table[5 * 2 + 1] - 3.4f) < 1e-5f);
}

void TestXgboostFeatures::seasonalCycleAndAnomaly() {
    ml::SiteSeries s = tinySite();
    s.features[1] = {0.2f, 0.4f, 0.6f, 0.8f, 1.0f, 0.0f, std::nanf(""), 0.3f};
    const std::vector<std::string> f = {"NDVI_msc", "NDVI_anomaly", "NDVI_msc_min", "NDVI_msc_max",
                                        "NDVI_msc_amplitude"};
    const auto t = xgb::featureTable(s, xgb::baseDriverNames(), f);
    // One year only, so the cycle at a day is the mean of the finite values within ±7 days of
    // year. Day 0 (doy 1): days 0..7 -> (0.2+0.4+0.6+0.8+1.0+0.0)/6 = 0.5; day 9 (doy 10):
    // doy 3..17, finite on days 2, 3, 4, 7, 9 -> (0.6+0.8+1.0+0.0+0.3)/5 = 0.54.
    QVERIFY(std::abs(t[0 * 5 + 0] - 0.5f) < 1e-6f);
    QVERIFY(std::abs(t[0 * 5 + 1] - (0.2f - 0.5f)) < 1e-6f);
    QVERIFY(std::abs(t[7 * 5 + 0] - 0.54f) < 1e-6f);
    QVERIFY(std::isnan(t[6 * 5 + 1])); // anomaly of a missing value
    // The cycle itself is known on day 8 (doy 9: doy 2..16, days 1-4, 7, 9): 3.1 / 6.
    QVERIFY(std::abs(t[6 * 5 + 0] - 3.1f / 6) < 1e-6f);
    // The cycle's minimum and maximum are constants of the site.
    QCOMPARE(t[0 * 5 + 2], t[7 * 5 + 2]);
    QVERIFY(std::abs(t[0 * 5 + 4] - (t[0 * 5 + 3] - t[0 * 5 + 2])) < 1e-6f);
}

void TestXgboostFeatures::igbpOneHotAndMissingDrivers() {
    const ml::SiteSeries s = tinySite();
    const auto names = xgb::xgbFeatureNames();
    const auto t = xgb::featureTable(s, xgb::baseDriverNames(), names);
    const std::size_t w = names.size();
    QCOMPARE(t[indexOf(names, "IGBP_ENF")], 1.0f);
    QCOMPARE(t[indexOf(names, "IGBP_DBF")], 0.0f);
    QVERIFY(std::isnan(t[indexOf(names, "b1")])); // absent driver: missing, not 0
    // DOY_SIN on 1970-01-01 (doy 1) is sin(0) = 0; DOY_COS is 1.
    QCOMPARE(t[indexOf(names, "DOY_SIN")], 0.0f);
    QCOMPARE(t[indexOf(names, "DOY_COS")], 1.0f);
    QCOMPARE(t.size(), s.dayNumbers.size() * w);
}

void TestXgboostFeatures::unknownFeatureThrows() {
    QVERIFY_THROWS_EXCEPTION(
        ml::ModelError, xgb::featureTable(tinySite(), xgb::baseDriverNames(), {"no_such_feature"}));
}

void TestXgboostFeatures::towerDriversGetTheirOwnLags() {
    const std::vector<std::string> tower = {"TA_F",      "SW_IN_F", "VPD_F",  "P_F",
                                            "SW_IN_POT", "DOY_SIN", "DOY_COS"};
    std::vector<std::string> expected = tower;
    for (const char* lag : {"TA_F_mean7d", "SW_IN_F_mean7d", "VPD_F_mean7d", "P_F_mean30d"})
        expected.push_back(lag);
    for (const std::string& f : xgb::xgbFeatureNames())
        if (f.rfind("IGBP_", 0) == 0)
            expected.push_back(f);
    QCOMPARE(xgb::xgbFeatureNames(tower), expected); // no MODIS seasonal-cycle terms
    ml::SiteSeries s = tinySite();
    s.featureNames = {"TA_F"};
    s.features = {s.features[0]};
    const auto t = xgb::featureTable(s, {"TA_F"}, {"TA_F", "TA_F_mean7d"});
    QCOMPARE(t[4 * 2 + 1], 2.0f); // the same trailing mean as t2m_degC's above
    QVERIFY_THROWS_EXCEPTION(ml::ModelError, xgb::featureTable(s, {"TA_F"}, {"t2m_degC_mean7d"}));
}

QTEST_APPLESS_MAIN(TestXgboostFeatures)
#include "tst_xgboost_features.moc"
