// Bad driver maps and bad driver files: every error names the file (and the JSON key or the
// variable), nothing crashes.
#include "common/input_error.h"
#include "grid/gridded_drivers.h"
#include "grid_fixtures.h"

#include <QTemporaryDir>
#include <QTest>
#include <filesystem>
#include <fstream>

using namespace fluxlens;
using namespace fluxlens::grid;
using namespace gridtest;

namespace {
const std::string kGood = R"({
  "format": "fluxlens-driver-map", "version": 1,
  "sources": {"era5": {"kind": "era5-land", "paths": ["%ERA5%"]}},
  "features": {
    "TA_F":  {"source": "era5", "variable": "t2m"},
    "VPD_F": {"source": "era5", "derive": "vpd", "variables": ["t2m", "d2m"]}
  }
})";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos)
        throw std::runtime_error("test: '" + from + "' is not in the map text");
    text.replace(at, from.size(), to);
    return text;
}
} // namespace

class TestDriverMapErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodMapOpens();
    void refused_data();
    void refused();

private:
    std::string path(const std::string& name) const {
        return m_dir.filePath(QString::fromStdString(name)).toStdString();
    }
    QTemporaryDir m_dir;
};

void TestDriverMapErrors::initTestCase() {
    QVERIFY(m_dir.isValid());
    writeEra5(path("era5.nc"), 18262, 2);
    Era5Options noDewpoint;
    noDewpoint.withD2m = false;
    writeEra5(path("era5_no_d2m.nc"), 18262, 2, noDewpoint);
    Era5Options fahrenheit;
    fahrenheit.t2mUnits = "degF";
    writeEra5(path("era5_degF.nc"), 18262, 2, fahrenheit);
    Era5Options noTime;
    noTime.timeName = "step";
    noTime.timeUnits = "steps";
    writeEra5(path("era5_no_time.nc"), 18262, 2, noTime);
    const auto size = std::filesystem::file_size(path("era5.nc"));
    std::filesystem::copy_file(path("era5.nc"), path("era5_truncated.nc"));
    std::filesystem::resize_file(path("era5_truncated.nc"), size / 2);
    writeText(path("not_a_raster.nc"), "site,date\nDE-Hai,2020-01-01\n");
}

void TestDriverMapErrors::goodMapOpens() {
    writeText(path("good.json"), replaced(kGood, "%ERA5%", "era5.nc"));
    const GriddedDrivers drivers = GriddedDrivers::open(path("good.json"));
    QCOMPARE(drivers.firstDay(), 18262);
}

void TestDriverMapErrors::refused_data() {
    QTest::addColumn<QString>("map");       // the driver map text
    QTest::addColumn<QString>("errorFile"); // the file the error must name
    QTest::addColumn<QString>("errorText"); // and what it must say
    const auto add = [](const char* name, const std::string& map, const char* file,
                        const char* text) {
        QTest::newRow(name) << QString::fromStdString(map) << QString::fromUtf8(file)
                            << QString::fromUtf8(text);
    };
    const std::string good = replaced(kGood, "%ERA5%", "era5.nc");
    add("misspelt key", replaced(good, "\"variable\": \"t2m\"", "\"varible\": \"t2m\""), "map.json",
        "key 'features.TA_F.varible'");
    add("unknown feature", replaced(good, "\"TA_F\":", "\"TA_FX\":"), "map.json",
        "key 'features.TA_FX'");
    add("unknown derivation", replaced(good, "\"vpd\"", "\"vpdx\""), "map.json",
        "unknown derivation 'vpdx'");
    add("unknown source",
        replaced(good, "\"source\": \"era5\", \"variable\"", "\"source\": \"era6\", \"variable\""),
        "map.json", "source 'era6' is not listed");
    add("unknown source kind", replaced(good, "\"era5-land\"", "\"era5\""), "map.json",
        "key 'sources.era5.kind'");
    add("derivation into wrong units",
        replaced(good, "\"TA_F\":  {\"source\": \"era5\", \"variable\": \"t2m\"}",
                 "\"TA_F\": {\"source\": \"era5\", \"derive\": \"vpd\", \"variables\": [\"t2m\", "
                 "\"d2m\"]}"),
        "map.json", "gives hPa, but TA_F is in degC");
    add("wrong input count", replaced(good, "[\"t2m\", \"d2m\"]", "[\"t2m\"]"), "map.json",
        "takes 2 file variables");
    add("wrong version", replaced(good, "\"version\": 1", "\"version\": 7"), "map.json",
        "key 'version'");
    add("JSON syntax", replaced(good, "\"TA_F\":", "\"TA_F\"::"), "map.json:5:", "not valid JSON");
    add("missing variable", replaced(kGood, "%ERA5%", "era5_no_d2m.nc"), "era5_no_d2m.nc",
        "variable 'd2m' is not in the file");
    add("wrong units", replaced(kGood, "%ERA5%", "era5_degF.nc"), "era5_degF.nc", "units 'degF'");
    add("no time axis", replaced(kGood, "%ERA5%", "era5_no_time.nc"), "era5_no_time.nc",
        "no time axis");
    add("truncated file", replaced(kGood, "%ERA5%", "era5_truncated.nc"), "era5_truncated.nc", "");
    add("not a raster", replaced(kGood, "%ERA5%", "not_a_raster.nc"), "not_a_raster.nc",
        "GDAL cannot read it");
    add("missing file", replaced(kGood, "%ERA5%", "nowhere.nc"), "nowhere.nc", "does not exist");
}

void TestDriverMapErrors::refused() {
    QFETCH(QString, map);
    QFETCH(QString, errorFile);
    QFETCH(QString, errorText);
    writeText(path("map.json"), map.toStdString());
    try {
        const GriddedDrivers drivers = GriddedDrivers::open(path("map.json"));
        // A file whose header reads may still fail on its data.
        drivers.read(GridSpec{9.95, 49.95, 10.95, 50.95, 0.05}, PixelWindow{0, 0, 20, 20},
                     {"TA_F", "VPD_F"}, drivers.firstDay(), drivers.lastDay());
        QFAIL("no error");
    } catch (const InputError& error) {
        const std::string what = error.what();
        qInfo("%s", what.c_str());
        QVERIFY2(what.find(errorFile.toStdString()) != std::string::npos, what.c_str());
        QVERIFY2(what.find(errorText.toStdString()) != std::string::npos, what.c_str());
    }
}

QTEST_GUILESS_MAIN(TestDriverMapErrors)
#include "tst_driver_map_errors.moc"
