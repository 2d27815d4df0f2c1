// resolveFeaturePreset: the tower, remote and era5 presets and explicit lists, resolved against
// what each site holds; optional drivers only when every site has them, sites without any of the
// drivers left out, and errors naming the preset, the sites and the variables.
#include "ml/feature_preset.h"
#include "ml/ml_config.h"

#include <QTest>
#include <stdexcept>

using namespace fluxlens::ml;

namespace {
const std::set<std::string> kTowerColumns = {
    "TA_F", "SW_IN_F", "VPD_F", "P_F", "SW_IN_POT", "LW_IN_F", "PA_F", "WS_F", "TS_F_MDS_1"};
const std::set<std::string> kRemoteColumns = {
    "b1",  "b2",   "b3",       "b4",        "b5",      "b6",      "b7",         "NDVI",
    "EVI", "NIRv", "t2m_degC", "ssrd_W_m2", "vpd_hPa", "tp_mm_d", "swvl1_m3_m3"};

bool knownColumn(const std::string& name) {
    return kTowerColumns.contains(name) || kRemoteColumns.contains(name) || name.ends_with("_ERA");
}

std::string errorOf(const std::string& preset, const std::vector<SiteDrivers>& sites) {
    try {
        resolveFeaturePreset(preset, sites, knownColumn);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return {};
}
} // namespace

class TestFeaturePreset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void towerTakesOptionalDriversEverySiteHas();
    void remoteIsTheEngineDefault();
    void sitesWithoutAnyDriverAreLeftOut();
    void missingDriversNameSitesAndVariables();
    void explicitListsAndUnknownNames();
    void presetNamedFromFeatures();
};

void TestFeaturePreset::towerTakesOptionalDriversEverySiteHas() {
    const std::vector<SiteDrivers> all = {{"A", kTowerColumns}, {"B", kTowerColumns}};
    const FeatureSelection s = resolveFeaturePreset("tower", all, knownColumn);
    QCOMPARE(s.preset, std::string("tower"));
    QCOMPARE(s.features,
             (std::vector<std::string>{"TA_F", "SW_IN_F", "VPD_F", "P_F", "SW_IN_POT", "LW_IN_F",
                                       "PA_F", "WS_F", "DOY_SIN", "DOY_COS"}));
    QCOMPARE(s.sites, (std::vector<std::string>{"A", "B"}));

    std::set<std::string> noWind = kTowerColumns;
    noWind.erase("WS_F");
    const FeatureSelection partial =
        resolveFeaturePreset("tower", {{"A", kTowerColumns}, {"B", noWind}}, knownColumn);
    QCOMPARE(partial.features,
             (std::vector<std::string>{"TA_F", "SW_IN_F", "VPD_F", "P_F", "SW_IN_POT", "LW_IN_F",
                                       "PA_F", "DOY_SIN", "DOY_COS"}));
}

void TestFeaturePreset::remoteIsTheEngineDefault() {
    const FeatureSelection s = resolveFeaturePreset("remote", {{"A", kRemoteColumns}}, knownColumn);
    QCOMPARE(s.features, defaultFeatures());
    QCOMPARE(presetOfFeatures(MlConfig{}.features), std::string("remote"));
}

void TestFeaturePreset::sitesWithoutAnyDriverAreLeftOut() {
    const FeatureSelection s = resolveFeaturePreset(
        "tower", {{"T1", kTowerColumns}, {"R1", kRemoteColumns}, {"T2", kTowerColumns}},
        knownColumn);
    QCOMPARE(s.sites, (std::vector<std::string>{"T1", "T2"}));
    QCOMPARE(s.leftOut, std::vector<std::string>{"R1"});
}

void TestFeaturePreset::missingDriversNameSitesAndVariables() {
    std::set<std::string> noVpdNoRain = kTowerColumns;
    noVpdNoRain.erase("VPD_F");
    noVpdNoRain.erase("P_F");
    QCOMPARE(errorOf("tower", {{"A", kTowerColumns}, {"B", noVpdNoRain}}),
             std::string("feature preset 'tower': missing drivers: B lacks VPD_F, P_F"));
    QCOMPARE(errorOf("tower", {{"R1", kRemoteColumns}, {"R2", kRemoteColumns}}),
             std::string("feature preset 'tower': no site has the drivers TA_F, SW_IN_F, VPD_F, "
                         "P_F, SW_IN_POT (sites without them: R1, R2)"));
    QVERIFY(errorOf("era5", {{"T", kTowerColumns}}).starts_with("feature preset 'era5': no site"));
    QCOMPARE(errorOf("tower", {}),
             std::string("feature preset 'tower': no site has the drivers TA_F, SW_IN_F, VPD_F, "
                         "P_F, SW_IN_POT (the cache holds no site)"));
}

void TestFeaturePreset::explicitListsAndUnknownNames() {
    const FeatureSelection s =
        resolveFeaturePreset(" TA_F, TS_F_MDS_1 ,DOY_COS", {{"A", kTowerColumns}}, knownColumn);
    QCOMPARE(s.preset, std::string(kCustomFeaturePreset));
    QCOMPARE(s.features, (std::vector<std::string>{"TA_F", "TS_F_MDS_1", "DOY_COS"}));
    QCOMPARE(errorOf("TA_F,no_such", {{"A", kTowerColumns}}),
             std::string("feature list: no_such is not a driver column of the cache (reanalysis, "
                         "remote sensing or tower meteorology)"));
    QCOMPARE(errorOf("TA_F,TA_F", {{"A", kTowerColumns}}),
             std::string("feature list names 'TA_F' twice"));
    QVERIFY(errorOf(",", {{"A", kTowerColumns}}).starts_with("no features given"));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, featurePresetDefinition("nope"));
}

void TestFeaturePreset::presetNamedFromFeatures() {
    QCOMPARE(fluxlens::ml::presetOfFeatures(
                 {"TA_F", "SW_IN_F", "VPD_F", "P_F", "SW_IN_POT", "DOY_SIN", "DOY_COS"}),
             std::string("tower"));
    QCOMPARE(fluxlens::ml::presetOfFeatures({"TA_F", "DOY_SIN"}),
             std::string(kCustomFeaturePreset));
}

QTEST_GUILESS_MAIN(TestFeaturePreset)
#include "tst_feature_preset.moc"
