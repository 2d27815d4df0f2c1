// The demo files as a reader sees them: names, headers, units, Köppen from the written climate,
// and the reference NetCDF read back through GDAL.
#include "demo/demo_generator.h"
#include "demo/demo_reference_netcdf.h"
#include "demo/demo_writers.h"
#include "geo/igbp.h"
#include "geo/koppen.h"
#include "geo/koppen_classifier.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <gdal_priv.h>
#include <map>
#include <sstream>

using namespace fluxlens;
using namespace fluxlens::demo;

namespace {
using Table = std::vector<std::vector<std::string>>;

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Minimal CSV split (the demo writes no quoted fields); row 0 is the header.
Table readCsv(const std::filesystem::path& path) {
    Table rows;
    std::istringstream in(readFile(path));
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> f;
        std::size_t start = 0;
        for (;;) {
            const auto comma = line.find(',', start);
            f.push_back(line.substr(start, comma - start));
            if (comma == std::string::npos)
                break;
            start = comma + 1;
        }
        rows.push_back(std::move(f));
    }
    return rows;
}

std::size_t column(const Table& t, const std::string& name) {
    const auto& h = t.at(0);
    const auto it = std::find(h.begin(), h.end(), name);
    if (it == h.end())
        throw std::runtime_error("no column " + name);
    return static_cast<std::size_t>(it - h.begin());
}

struct SmallWorld {
    QTemporaryDir dir;
    std::filesystem::path folder;
    DemoPlan plan;
    WrittenDemoWorld written;
    std::string referencePath;
    SmallWorld() {
        DemoOptions o;
        o.siteCount = 8;
        o.firstYear = 2003;
        o.lastYear = 2006;
        o.seed = 7;
        folder = dir.path().toStdString();
        plan = planDemoWorld(o);
        written = writeDemoCsvFiles(plan, folder);
        referencePath = (folder / referenceFileName(o.firstYear, o.lastYear)).string();
        writeReferenceNetcdf(plan, written.sites, referencePath);
    }
};
const SmallWorld& smallWorld() {
    static const SmallWorld world;
    return world;
}

struct DatasetCloser {
    void operator()(GDALDataset* d) const { GDALClose(d); }
};
} // namespace

class TestDemoFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fileNamesFollowTheFormats();
    void siteMetadata();
    void fluxnetColumnsAndUnits();
    void modisPointFile();
    void koppenFromWrittenEra5Climate();
    void hiddenParametersFile();
    void referenceNetcdfReadsBack();
    void referenceIsDeterministic();
    void referenceStepKeepsWithinSizeBudget();
    void writeFailureNamesTheFile();
};

void TestDemoFiles::initTestCase() {
    GDALAllRegister();
    QVERIFY(smallWorld().dir.isValid());
}

void TestDemoFiles::fileNamesFollowTheFormats() {
    const auto& w = smallWorld();
    QCOMPARE(w.written.files.size(), std::size_t(2 + 3 * 8));
    for (const auto& site : w.written.sites) {
        const auto& p = w.plan.sites[static_cast<std::size_t>(std::stoi(site.id.substr(3)) - 1)];
        const std::string flx = fluxnetFileName(site.id, p.recordFirstYear, p.recordLastYear);
        QVERIFY(std::filesystem::exists(w.folder / flx));
        QVERIFY(flx.find("FLX_" + site.id + "_FLUXNET2015_FULLSET_DD_") != std::string::npos);
        QVERIFY(flx.ends_with("_1-4.csv"));
        QVERIFY(std::filesystem::exists(w.folder / modisFileName(site.id, 2003, 2006)));
        QVERIFY(std::filesystem::exists(w.folder / era5LandFileName(site.id, 2003, 2006)));
    }
    QVERIFY(std::filesystem::exists(w.referencePath));
}

void TestDemoFiles::siteMetadata() {
    const Table t = readCsv(smallWorld().folder / kSiteMetadataFileName);
    QCOMPARE(t[0], (std::vector<std::string>{"site_id", "name", "lat", "lon", "elevation_m", "igbp",
                                             "koppen", "koppen_source", "network"}));
    QCOMPARE(t.size(), std::size_t(9));
    for (std::size_t r = 1; r < t.size(); ++r) {
        QCOMPARE(t[r].size(), std::size_t(9));
        QCOMPARE(t[r][7], std::string("climate")); // the generator's 20-year climate
        QVERIFY(t[r][0].rfind("ZZ-", 0) == 0);
        QVERIFY(t[r][1].find("Synthetic") != std::string::npos);
        QVERIFY(std::abs(std::stod(t[r][2])) <= 90 && std::abs(std::stod(t[r][3])) <= 180);
        QVERIFY(parseIgbp(t[r][5]).has_value());
        QVERIFY(parseKoppen(t[r][6]).has_value());
        QCOMPARE(t[r][8], std::string("synthetic demo"));
    }
}

void TestDemoFiles::fluxnetColumnsAndUnits() {
    const auto& w = smallWorld();
    const auto& site = w.written.sites[0];
    const auto& p = w.plan.sites[0];
    const Table t =
        readCsv(w.folder / fluxnetFileName(site.id, p.recordFirstYear, p.recordLastYear));
    for (const char* name :
         {"TIMESTAMP", "TA_F", "SW_IN_F", "VPD_F", "P_F", "GPP_NT_VUT_USTAR50",
          "GPP_DT_VUT_USTAR50", "RECO_NT_VUT_USTAR50", "NEE_VUT_USTAR50", "NEE_VUT_USTAR50_QC",
          "NEE_VUT_REF", "NEE_VUT_REF_QC", "LE_F_MDS", "H_F_MDS"})
        QVERIFY2(column(t, name) < t[0].size(), name);
    const int years = p.recordLastYear - p.recordFirstYear + 1;
    QVERIFY(t.size() - 1 >= std::size_t(365 * years));
    QCOMPARE(t[1][0], std::to_string(p.recordFirstYear) + "0101");
    QCOMPARE(t.back()[0], std::to_string(p.recordLastYear) + "1231");
    const auto ta = column(t, "TA_F"), sw = column(t, "SW_IN_F");
    for (std::size_t r = 1; r < t.size(); ++r) {
        QCOMPARE(t[r].size(), t[0].size());
        QVERIFY(std::stod(t[r][ta]) > -70 && std::stod(t[r][ta]) < 60); // °C, not K
        QVERIFY(std::stod(t[r][sw]) >= 0 && std::stod(t[r][sw]) < 450); // W m-2
    }
}

void TestDemoFiles::modisPointFile() {
    const auto& w = smallWorld();
    for (const auto& site : w.written.sites) {
        const Table t = readCsv(w.folder / modisFileName(site.id, 2003, 2006));
        QCOMPARE(t[0].size(), std::size_t(10));
        QCOMPARE(t[0][2], std::string("sur_refl_b01"));
        QCOMPARE(t[0][8], std::string("sur_refl_b07"));
        QCOMPARE(t[0][9], std::string("LC_Type1"));
        int clear = 0, cloudy = 0;
        for (std::size_t r = 1; r < t.size(); ++r) {
            QCOMPARE(t[r][0], site.id);
            QCOMPARE(std::stoi(t[r][9]), static_cast<int>(site.igbp));
            int empty = 0;
            for (std::size_t b = 2; b <= 8; ++b) {
                if (t[r][b].empty()) {
                    ++empty;
                    continue;
                }
                const int v = std::stoi(t[r][b]);
                QVERIFY(v >= 0 && v <= 10000);
            }
            QVERIFY(empty == 0 || empty == 7); // a cloud hides all bands
            (empty ? cloudy : clear)++;
        }
        QVERIFY(clear > 100);
        QVERIFY(cloudy > 10);
    }
}

void TestDemoFiles::koppenFromWrittenEra5Climate() {
    const auto& w = smallWorld();
    for (const auto& site : w.written.sites) {
        const Table t = readCsv(w.folder / era5LandFileName(site.id, 2003, 2006));
        const auto date = column(t, "date"), temp = column(t, "temperature_2m"),
                   precip = column(t, "total_precipitation_sum");
        std::array<double, 12> tSum{}, tCount{}, pSum{};
        for (std::size_t r = 1; r < t.size(); ++r) {
            const int m = std::stoi(t[r][date].substr(5, 2)) - 1;
            tSum[m] += std::stod(t[r][temp]) - 273.15; // K
            tCount[m] += 1;
            pSum[m] += std::stod(t[r][precip]) * 1000.0; // m per day
        }
        MonthlyClimate c;
        for (int m = 0; m < 12; ++m) {
            c.temperature_degC[m] = tSum[m] / tCount[m];
            c.precipitation_mm[m] = pSum[m] / 4.0;
        }
        QCOMPARE(koppenCode(classifyKoppen(c, site.lat_deg)), koppenCode(site.koppen));
    }
}

void TestDemoFiles::hiddenParametersFile() {
    const Table t = readCsv(smallWorld().folder / kHiddenParametersFileName);
    QCOMPARE(t.size(), std::size_t(9));
    const auto eps = column(t, "light_use_efficiency_gC_MJ"),
               rref = column(t, "reference_respiration_gC_m2_d"),
               e0 = column(t, "temperature_sensitivity_E0_K");
    for (std::size_t r = 1; r < t.size(); ++r) {
        QCOMPARE(t[r][0], smallWorld().written.sites[r - 1].id);
        QVERIFY(std::stod(t[r][eps]) > 0.2 && std::stod(t[r][eps]) < 3.0);
        QVERIFY(std::stod(t[r][rref]) > 0 && std::stod(t[r][rref]) < 15);
        QVERIFY(std::stod(t[r][e0]) > 100 && std::stod(t[r][e0]) < 600);
    }
}

void TestDemoFiles::referenceNetcdfReadsBack() {
    const auto& w = smallWorld();
    std::unique_ptr<GDALDataset, DatasetCloser> ds(
        GDALDataset::Open(w.referencePath.c_str(), GDAL_OF_MULTIDIM_RASTER | GDAL_OF_READONLY));
    QVERIFY(ds);
    auto root = ds->GetRootGroup();
    QCOMPARE(std::string(root->GetAttribute("title")->ReadAsString()),
             std::string("reference (synthetic)"));
    auto time = root->OpenMDArray("time");
    QCOMPARE(time->GetUnit(), std::string("hours since 2003-01-01 00:00:00"));
    auto gpp = root->OpenMDArray("GPP"), reco = root->OpenMDArray("RECO"),
         nee = root->OpenMDArray("NEE");
    QVERIFY(gpp && reco && nee);
    QCOMPARE(gpp->GetUnit(), std::string("gC m-2 d-1"));
    QCOMPARE(nee->GetUnit(), std::string("gC m-2 d-1"));
    QCOMPARE(gpp->GetDimensionCount(), std::size_t(3));
    const std::size_t steps = gpp->GetDimensions()[0]->GetSize();
    // 2003-2006 hourly: 35 064 steps, more than GDAL's classic view shows as bands (32 768).
    QCOMPARE(steps, std::size_t(1461 * 24));
    QCOMPARE(gpp->GetDimensions()[1]->GetName(), std::string("lat"));

    const ReferenceGrid grid = planReferenceGrid(w.plan, w.written.sites, ReferenceOptions{});
    for (const ReferenceCell& cell : grid.cells) {
        const GUInt64 start[3] = {0, static_cast<GUInt64>(cell.latIndex),
                                  static_cast<GUInt64>(cell.lonIndex)};
        const size_t count[3] = {steps, 1, 1};
        std::vector<float> g(steps), r(steps), n(steps);
        const auto f32 = GDALExtendedDataType::Create(GDT_Float32);
        QVERIFY(gpp->Read(start, count, nullptr, nullptr, f32, g.data()));
        QVERIFY(reco->Read(start, count, nullptr, nullptr, f32, r.data()));
        QVERIFY(nee->Read(start, count, nullptr, nullptr, f32, n.data()));
        double dailyMax = 0, night = 0, day = 0;
        for (std::size_t i = 0; i < steps; ++i) {
            QCOMPARE(n[i], r[i] - g[i]); // exact
            QVERIFY(g[i] >= 0 && r[i] >= 0 && g[i] < 80);
            dailyMax = std::max(dailyMax, static_cast<double>(g[i]));
        }
        // A diurnal cycle: some steps of each day without light, at least where GPP is not nil.
        for (std::size_t i = 0; i < steps; ++i)
            (g[i] == 0.0f ? night : day) += 1;
        QVERIFY(dailyMax > 0.5);
        QVERIFY(night > 0.1 * steps);
    }
    // A cell without sites reads as the fill value.
    bool hasNoData = false;
    const double noData = gpp->GetNoDataValueAsDouble(&hasNoData);
    QVERIFY(hasNoData);
    const GUInt64 start[3] = {0, 0, 0};
    const size_t count[3] = {4, 1, 1};
    float empty[4];
    QVERIFY(gpp->Read(start, count, nullptr, nullptr, GDALExtendedDataType::Create(GDT_Float32),
                      empty));
    for (float v : empty)
        QCOMPARE(static_cast<double>(v), noData);
}

void TestDemoFiles::referenceIsDeterministic() {
    const auto& w = smallWorld();
    QTemporaryDir other;
    const std::string path =
        (std::filesystem::path(other.path().toStdString()) / "ref.nc").string();
    writeReferenceNetcdf(w.plan, w.written.sites, path);
    QVERIFY(readFile(path) == readFile(w.referencePath));
    DemoOptions o = w.plan.options;
    o.seed = 8;
    const DemoPlan otherPlan = planDemoWorld(o);
    std::vector<Site> otherSites;
    for (std::size_t i = 0; i < otherPlan.sites.size(); ++i)
        otherSites.push_back(generateDemoSite(otherPlan, i).site);
    writeReferenceNetcdf(otherPlan, otherSites, path);
    QVERIFY(readFile(path) != readFile(w.referencePath));
}

void TestDemoFiles::referenceStepKeepsWithinSizeBudget() {
    QCOMPARE(referenceStepHours(ReferenceOptions{}, 3 * 365), 1);
    QCOMPARE(referenceStepHours(ReferenceOptions{}, 7 * 365), 1);
    QCOMPARE(referenceStepHours(ReferenceOptions{}, 7305), 3); // 2001-2020
    for (int days : {1, 400, 1461, 3000, 7305, 20000})
        QVERIFY(days * (24 / referenceStepHours(ReferenceOptions{}, days)) <= kMaxReferenceSteps);
    ReferenceOptions o;
    o.stepHours = 3;
    QCOMPARE(referenceStepHours(o, 7305), 3);
    o.stepHours = 5;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, referenceStepHours(o, 7305));
}

void TestDemoFiles::writeFailureNamesTheFile() {
    DemoOptions o;
    o.siteCount = 2;
    o.firstYear = 2001;
    o.lastYear = 2001;
    QTemporaryDir dir;
    const std::filesystem::path blocker = std::filesystem::path(dir.path().toStdString()) / "file";
    std::ofstream(blocker) << "x";
    try {
        writeDemoCsvFiles(planDemoWorld(o), blocker / "demo");
        QFAIL("writing under a file must fail");
    } catch (const std::runtime_error& e) {
        QVERIFY2(std::string(e.what()).find("file") != std::string::npos, e.what());
    }
}

QTEST_GUILESS_MAIN(TestDemoFiles)
#include "tst_demo_files.moc"
