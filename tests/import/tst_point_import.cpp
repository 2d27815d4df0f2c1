// Site tables, BADM BIF files, MODIS and ERA5-Land point extracts into a real cache.
#include "cache/cache.h"
#include "import/era5_point_importer.h"
#include "import/import_job.h"
#include "import/koppen_derivation.h"
#include "import_test_support.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;
using namespace fluxlens::test;

class TestPointImport : public QObject, private ImportTestFiles {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void siteTable();
    void badmBif();
    void modisScaledIntegers();
    void modisAlreadyScaled();
    void era5LandConverted();
    void era5ClimateGivesKoppen();
    void mapGivesKoppenBeforeClimate();
};

void TestPointImport::init() {
    QVERIFY(resetFolder());
}

void TestPointImport::siteTable() {
    const std::string file = path("sites.csv");
    writeText(file, "SITE_ID,Latitude,Longitude,IGBP,koppen,elevation_m,name,network\n"
                    "DE-Hai,51.0792,10.4522,DBF,Cfb,430,\"Hainich, Germany\",FLUXNET2015\n"
                    "US-Ha1,42.5378,-72.1715,dbf,,340,Harvard Forest,AmeriFlux\n"
                    "ZZ-001,-3.5,-60.1,2,Af,,,synthetic demo\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(std::string(statusName(result.status)), std::string("imported"));
    QCOMPARE(result.importer, std::string("site-table"));
    QCOMPARE(result.sites, std::int64_t(3));
    const Site hai = *cache.site("DE-Hai");
    QCOMPARE(hai.name, std::string("Hainich, Germany"));
    QCOMPARE(hai.lat_deg, 51.0792);
    QCOMPARE(hai.lon_deg, 10.4522);
    QCOMPARE(*hai.elevation_m, 430.0);
    QCOMPARE(hai.igbp, IgbpClass::DBF);
    QCOMPARE(hai.koppen, KoppenClass::Cfb);
    QCOMPARE(hai.koppen_source, KoppenSource::Metadata);
    QCOMPARE(cache.site("US-Ha1")->igbp, IgbpClass::DBF);
    // No class in the table: Harvard Forest gets the map's (Beck et al. 2018: Dfb).
    QCOMPARE(cache.site("US-Ha1")->koppen, KoppenClass::Dfb);
    QCOMPARE(cache.site("US-Ha1")->koppen_source, KoppenSource::Map);
    QCOMPARE(cache.site("ZZ-001")->igbp, IgbpClass::EBF);
    QVERIFY(!cache.site("ZZ-001")->elevation_m);
}

void TestPointImport::badmBif() {
    const std::string file = path("AMF_AA-Net_BIF_CCBY4_20240101.csv");
    writeText(file, "SITE_ID,GROUP_ID,VARIABLE_GROUP,VARIABLE,DATAVALUE\n"
                    "US-Ha1,1,GRP_LOCATION,LOCATION_LAT,42.5378\n"
                    "US-Ha1,1,GRP_LOCATION,LOCATION_LONG,-72.1715\n"
                    "US-Ha1,1,GRP_LOCATION,LOCATION_ELEV,340\n"
                    "US-Ha1,2,GRP_IGBP,IGBP,DBF\n"
                    "US-Ha1,3,GRP_SITE_NAME,SITE_NAME,Harvard Forest EMS Tower (HFR1)\n"
                    "US-Ha1,4,GRP_CLIM_AVG,CLIMATE_KOEPPEN,Dfb\n"
                    "US-Ha1,5,GRP_TEAM_MEMBER,TEAM_MEMBER_NAME,Someone\n"
                    "US-Nol,6,GRP_IGBP,IGBP,GRA\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(std::string(statusName(result.status)), std::string("imported"));
    QCOMPARE(result.importer, std::string("badm-bif"));
    QCOMPARE(result.warnings.size(), std::size_t(1)); // US-Nol has no location
    const Site site = *cache.site("US-Ha1");
    QCOMPARE(site.lat_deg, 42.5378);
    QCOMPARE(site.lon_deg, -72.1715);
    QCOMPARE(*site.elevation_m, 340.0);
    QCOMPARE(site.igbp, IgbpClass::DBF);
    QCOMPARE(site.koppen, KoppenClass::Dfb);
    QCOMPARE(site.name, std::string("Harvard Forest EMS Tower (HFR1)"));
    QCOMPARE(site.network, std::string("AmeriFlux"));
    QVERIFY(!cache.site("US-Nol"));
}

void TestPointImport::modisScaledIntegers() {
    const std::string file = path("modis_mod09ga.csv");
    // Rows out of order across sites; one fill value; one row with an empty band.
    writeText(file, "site_id,date,sur_refl_b01,sur_refl_b02,sur_refl_b03,sur_refl_b04,sur_refl_b05,"
                    "sur_refl_b06,sur_refl_b07,LC_Type1\n"
                    "DE-Hai,2015-06-02,500,3500,300,800,3000,2000,1000,4\n"
                    "US-Ha1,2015-06-01,400,4000,250,700,3200,2100,900,4\n"
                    "DE-Hai,2015-06-01,-28672,3000,300,800,3000,2000,1000,4\n"
                    "DE-Hai,2015-06-03,600,3000,400,800,,2000,1000,255\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(std::string(statusName(result.status)), std::string("imported"));
    QCOMPARE(result.importer, std::string("modis-points"));
    const DailyTable hai = cache.loadDaily("DE-Hai", DailyKind::RemoteSensing);
    QCOMPARE(hai.dayNumbers.size(), std::size_t(3));
    QVERIFY(std::isnan(valueOn(hai, "b1", "2015-06-01")));
    QVERIFY(std::isnan(valueOn(hai, "NDVI", "2015-06-01")));
    QCOMPARE(valueOn(hai, "b2", "2015-06-02"), 0.35);
    // NDVI = (0.35 - 0.05) / (0.35 + 0.05) = 0.75; EVI = 2.5 × 0.30 / (0.35 + 0.30 - 0.225 + 1)
    QVERIFY(std::abs(valueOn(hai, "NDVI", "2015-06-02") - 0.75) < 1e-12);
    QVERIFY(std::abs(valueOn(hai, "EVI", "2015-06-02") - 0.75 / 1.425) < 1e-12);
    QVERIFY(std::abs(valueOn(hai, "NIRv", "2015-06-02") - 0.75 * 0.35) < 1e-12);
    QCOMPARE(valueOn(hai, "lc_type1", "2015-06-02"), 4.0);
    QVERIFY(std::isnan(valueOn(hai, "lc_type1", "2015-06-03"))); // 255: unclassified
    QVERIFY(std::isnan(valueOn(hai, "b5", "2015-06-03")));
    const DailyTable ha1 = cache.loadDaily("US-Ha1", DailyKind::RemoteSensing);
    QVERIFY(std::abs(valueOn(ha1, "NDVI", "2015-06-01") - 0.36 / 0.44) < 1e-12);
}

void TestPointImport::modisAlreadyScaled() {
    const std::string file = path("modis_scaled.csv");
    writeText(file, "site_id,date,sur_refl_b01,sur_refl_b02,sur_refl_b03\n"
                    "DE-Hai,2015-06-02,0.05,0.35,0.03\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(result.status, FileImportResult::Status::Imported);
    QVERIFY(!result.warnings.empty());
    const DailyTable hai = cache.loadDaily("DE-Hai", DailyKind::RemoteSensing);
    QCOMPARE(valueOn(hai, "b2", "2015-06-02"), 0.35);
    QVERIFY(std::abs(valueOn(hai, "NDVI", "2015-06-02") - 0.75) < 1e-12);
    QVERIFY(std::isnan(valueOn(hai, "b4", "2015-06-02")));
}

void TestPointImport::era5LandConverted() {
    const std::string file = path("era5_land_daily.csv");
    writeText(file,
              "site_id,date,temperature_2m,dewpoint_temperature_2m,"
              "surface_solar_radiation_downwards_sum,total_precipitation_sum,"
              "volumetric_soil_water_layer_1,u_component_of_wind_10m,v_component_of_wind_10m\n"
              "DE-Hai,2015-07-01,293.15,283.15,8640000,0.002,0.31,3,-4\n"
              "DE-Hai,2015-07-02,290.15,,17280000,0,0.30,1,0\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    const FileImportResult result = import(cache, file);
    QCOMPARE(std::string(statusName(result.status)), std::string("imported"));
    QCOMPARE(result.importer, std::string("era5-land-points"));
    const DailyTable era = cache.loadDaily("DE-Hai", DailyKind::Reanalysis);
    QCOMPARE(era.dayNumbers.size(), std::size_t(2));
    QVERIFY(std::abs(valueOn(era, "t2m_degC", "2015-07-01") - 20.0) < 1e-9);
    QVERIFY(std::abs(valueOn(era, "d2m_degC", "2015-07-01") - 10.0) < 1e-9);
    QVERIFY(std::abs(valueOn(era, "ssrd_W_m2", "2015-07-01") - 100.0) < 1e-9);
    QVERIFY(std::abs(valueOn(era, "ssrd_W_m2", "2015-07-02") - 200.0) < 1e-9);
    QVERIFY(std::abs(valueOn(era, "tp_mm_d", "2015-07-01") - 2.0) < 1e-9);
    QCOMPARE(valueOn(era, "swvl1_m3_m3", "2015-07-01"), 0.31);
    QVERIFY(std::abs(valueOn(era, "wind_m_s", "2015-07-01") - 5.0) < 1e-12);
    // Magnus (Alduchov & Eskridge): es(20 °C) = 23.34 hPa, es(10 °C) = 12.26 hPa -> 11.07 hPa.
    const double vpd = valueOn(era, "vpd_hPa", "2015-07-01");
    QVERIFY2(std::abs(vpd - 11.07) < 0.01, std::to_string(vpd).c_str());
    QCOMPARE(vpd, saturationVapourPressure_hPa(20.0) - saturationVapourPressure_hPa(10.0));
    QVERIFY(std::isnan(valueOn(era, "vpd_hPa", "2015-07-02")));
}

namespace {
// `years` years of a hot, dry climate from ERA5-Land at one site.
std::string hotDryEra5(const std::string& site, int years) {
    std::string text = "site_id,date,temperature_2m,total_precipitation_sum\n";
    const int start = toDayNumber(*parseIsoDate("1990-01-01"));
    const int end = toDayNumber(*parseIsoDate(std::to_string(1990 + years) + "-01-01"));
    for (int d = start; d < end; ++d)
        text += site + "," + formatIsoDate(fromDayNumber(d)) + "," +
                std::to_string(273.15 + 25.0 + 8.0 * std::sin((d - start) * 0.0172)) + ",0.00001\n";
    return text;
}
} // namespace

void TestPointImport::era5ClimateGivesKoppen() {
    // Over the mid-Pacific (no land pixel of the map within 3 pixels) only the climate can
    // give a class: 19 complete years are not enough, 21 are.
    writeText(path("sites.csv"), "id,lat,lon\nXX-Sea,0.0,-140.0\nXX-Two,0.5,-140.5\n");
    writeText(path("era5.csv"), hotDryEra5("XX-Sea", 21));
    writeText(path("era5_short.csv"), hotDryEra5("XX-Two", 19));
    Cache cache = Cache::open(path("cache.sqlite"));
    QCOMPARE(import(cache, path("sites.csv")).status, FileImportResult::Status::Imported);
    const FileImportResult longRecord = import(cache, path("era5.csv"));
    QCOMPARE(longRecord.status, FileImportResult::Status::Imported);
    QCOMPARE(longRecord.koppenAssigned.size(), std::size_t(1));
    QCOMPARE(longRecord.koppenAssigned[0].source, KoppenSource::Climate);
    const Site site = *cache.site("XX-Sea");
    QCOMPARE(site.koppen_source, KoppenSource::Climate);
    QCOMPARE(site.koppen, KoppenClass::BWh);
    QCOMPARE(siteClimatology(cache, "XX-Sea")->completeYears, 21);

    const FileImportResult shortRecord = import(cache, path("era5_short.csv"));
    QCOMPARE(shortRecord.status, FileImportResult::Status::Imported);
    QVERIFY(shortRecord.koppenAssigned.empty());
    QCOMPARE(cache.site("XX-Two")->koppen, KoppenClass::Unknown);
    bool said = false;
    for (const auto& w : shortRecord.warnings)
        said = said || (w.find("XX-Two") != std::string::npos &&
                        w.find("19 complete years") != std::string::npos);
    QVERIFY(said);
}

void TestPointImport::mapGivesKoppenBeforeClimate() {
    // Two years of ERA5-Land in the Egyptian desert: the map's class, not a derived one.
    writeText(path("era5.csv"), hotDryEra5("EG-Dry", 2));
    writeText(path("sites.csv"), "id,lat,lon\nEG-Dry,25.0,30.0\n");
    Cache cache = Cache::open(path("cache.sqlite"));
    QCOMPARE(import(cache, path("era5.csv")).status, FileImportResult::Status::Imported);
    QCOMPARE(import(cache, path("sites.csv")).status, FileImportResult::Status::Imported);
    const Site site = *cache.site("EG-Dry");
    QCOMPARE(site.koppen_source, KoppenSource::Map);
    QCOMPARE(site.koppen, KoppenClass::BWh);
}

QTEST_GUILESS_MAIN(TestPointImport)
#include "tst_point_import.moc"
