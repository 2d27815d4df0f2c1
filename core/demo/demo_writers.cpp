#include "demo/demo_writers.h"

#include "common/dates.h"
#include "demo/demo_parallel.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace fluxlens::demo {
namespace {
void appendFixed(std::string& out, double value, int decimals) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value + 0.0,
                                      std::chars_format::fixed, decimals);
    std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
    // "-0.000" after rounding a tiny negative value reads as zero.
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string_view::npos)
        text.remove_prefix(1);
    out.append(text);
}

// A value that is a whole number of millionths, printed exactly from that integer, so that
// RECO - GPP = NEE holds digit for digit in the file.
void appendMicro(std::string& out, double value) {
    const long long micro = std::llround(value * 1e6);
    const unsigned long long magnitude = micro < 0 ? static_cast<unsigned long long>(-micro)
                                                   : static_cast<unsigned long long>(micro);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%s%llu.%06llu", micro < 0 ? "-" : "",
                  magnitude / 1000000ULL, magnitude % 1000000ULL);
    out.append(buffer);
}

void appendFluxnet(std::string& out, double value, int decimals) {
    if (std::isnan(value))
        out.append("-9999");
    else
        appendFixed(out, value, decimals);
}

void appendFluxnetMicro(std::string& out, double value) {
    if (std::isnan(value))
        out.append("-9999");
    else
        appendMicro(out, value);
}

struct CalendarDay {
    char compact[9]; // YYYYMMDD
    char iso[11];    // YYYY-MM-DD
};

void putDigits(char* out, unsigned value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = static_cast<char>('0' + value % 10);
}

std::vector<CalendarDay> calendar(int firstDayNumber, std::size_t days) {
    std::vector<CalendarDay> out(days);
    for (std::size_t k = 0; k < days; ++k) {
        const std::chrono::year_month_day ymd{fromDayNumber(firstDayNumber + static_cast<int>(k))};
        const auto y = static_cast<unsigned>(static_cast<int>(ymd.year()));
        const auto m = static_cast<unsigned>(ymd.month());
        const auto d = static_cast<unsigned>(ymd.day());
        CalendarDay& c = out[k];
        putDigits(c.compact, y, 4);
        putDigits(c.compact + 4, m, 2);
        putDigits(c.compact + 6, d, 2);
        c.compact[8] = '\0';
        putDigits(c.iso, y, 4);
        c.iso[4] = '-';
        putDigits(c.iso + 5, m, 2);
        c.iso[7] = '-';
        putDigits(c.iso + 8, d, 2);
        c.iso[10] = '\0';
    }
    return out;
}

int yearOfIndex(const DemoDailySeries& d, std::size_t k) {
    return yearOf(fromDayNumber(d.firstDayNumber + static_cast<int>(k)));
}

int spanFirstYear(const DemoSiteData& s) {
    return yearOfIndex(s.daily, 0);
}
int spanLastYear(const DemoSiteData& s) {
    return yearOfIndex(s.daily, s.daily.size() - 1);
}
} // namespace

std::string fluxnetFileName(const std::string& siteId, int firstYear, int lastYear) {
    return "fluxnet/FLX_" + siteId + "_FLUXNET2015_FULLSET_DD_" + std::to_string(firstYear) + "-" +
           std::to_string(lastYear) + "_1-4.csv";
}

std::string modisFileName(const std::string& siteId, int firstYear, int lastYear) {
    return "modis/MOD09GA_" + siteId + "_" + std::to_string(firstYear) + "-" +
           std::to_string(lastYear) + ".csv";
}

std::string era5LandFileName(const std::string& siteId, int firstYear, int lastYear) {
    return "era5-land/ERA5-Land_daily_" + siteId + "_" + std::to_string(firstYear) + "-" +
           std::to_string(lastYear) + ".csv";
}

std::string fluxnetCsv(const DemoSiteData& s) {
    const DemoDailySeries& d = s.daily;
    const auto days = calendar(d.firstDayNumber, d.size());
    std::string out;
    out.reserve(d.size() * 150);
    out.append("TIMESTAMP,TA_F,SW_IN_F,VPD_F,P_F,GPP_NT_VUT_USTAR50,GPP_DT_VUT_USTAR50,"
               "RECO_NT_VUT_USTAR50,NEE_VUT_USTAR50,NEE_VUT_USTAR50_QC,NEE_VUT_REF,"
               "NEE_VUT_REF_QC,LE_F_MDS,H_F_MDS\n");
    for (std::size_t k = 0; k < d.size(); ++k) {
        const int year = yearOfIndex(d, k);
        if (year < s.plan.recordFirstYear || year > s.plan.recordLastYear)
            continue;
        out.append(days[k].compact);
        out.push_back(',');
        appendFixed(out, d.airTemp_degC[k], 3);
        out.push_back(',');
        appendFixed(out, d.shortwave_W_m2[k], 2);
        out.push_back(',');
        appendFixed(out, d.vpd_hPa[k], 3);
        out.push_back(',');
        appendFixed(out, d.precip_mm[k], 3);
        out.push_back(',');
        appendFluxnetMicro(out, d.gppNt[k]);
        out.push_back(',');
        appendFluxnetMicro(out, d.gppDt[k]);
        out.push_back(',');
        appendFluxnetMicro(out, d.recoNt[k]);
        out.push_back(',');
        appendFluxnetMicro(out, d.neeObserved[k]);
        out.push_back(',');
        appendFluxnet(out, d.neeQc[k], 3);
        out.push_back(',');
        // The reference USTAR selection is the median threshold in the demo: REF equals USTAR50.
        appendFluxnetMicro(out, d.neeObserved[k]);
        out.push_back(',');
        appendFluxnet(out, d.neeQc[k], 3);
        out.push_back(',');
        appendFluxnet(out, d.latentHeat_W_m2[k], 3);
        out.push_back(',');
        appendFluxnet(out, d.sensibleHeat_W_m2[k], 3);
        out.push_back('\n');
    }
    return out;
}

std::string modisCsv(const DemoSiteData& s) {
    const DemoDailySeries& d = s.daily;
    const auto days = calendar(d.firstDayNumber, d.size());
    const std::string lc = std::to_string(static_cast<int>(s.site.igbp));
    std::string out;
    out.reserve(d.size() * 70);
    out.append("site_id,date,sur_refl_b01,sur_refl_b02,sur_refl_b03,sur_refl_b04,sur_refl_b05,"
               "sur_refl_b06,sur_refl_b07,LC_Type1\n");
    for (std::size_t k = 0; k < d.size(); ++k) {
        out.append(s.site.id);
        out.push_back(',');
        out.append(days[k].iso);
        for (const auto& band : d.reflectance) {
            out.push_back(',');
            if (!std::isnan(band[k]))
                out.append(std::to_string(std::lround(band[k] * 1e4)));
        }
        out.push_back(',');
        out.append(lc);
        out.push_back('\n');
    }
    return out;
}

std::string era5LandCsv(const DemoSiteData& s) {
    const DemoDailySeries& d = s.daily;
    const auto days = calendar(d.firstDayNumber, d.size());
    std::string out;
    out.reserve(d.size() * 110);
    out.append("site_id,date,temperature_2m,dewpoint_temperature_2m,"
               "surface_solar_radiation_downwards_sum,total_precipitation_sum,"
               "volumetric_soil_water_layer_1,u_component_of_wind_10m,v_component_of_wind_10m\n");
    for (std::size_t k = 0; k < d.size(); ++k) {
        out.append(s.site.id);
        out.push_back(',');
        out.append(days[k].iso);
        out.push_back(',');
        appendFixed(out, d.airTemp_degC[k] + 273.15, 3);
        out.push_back(',');
        appendFixed(out, d.dewPoint_degC[k] + 273.15, 3);
        out.push_back(',');
        appendFixed(out, d.shortwave_W_m2[k] * 86400.0, 0);
        out.push_back(',');
        appendFixed(out, d.precip_mm[k] / 1000.0, 6);
        out.push_back(',');
        appendFixed(out, d.soilWater_m3_m3[k], 4);
        out.push_back(',');
        appendFixed(out, d.windU_m_s[k], 3);
        out.push_back(',');
        appendFixed(out, d.windV_m_s[k], 3);
        out.push_back('\n');
    }
    return out;
}

std::string siteMetadataCsv(const std::vector<Site>& sites) {
    std::string out = "site_id,name,lat,lon,elevation_m,igbp,koppen,koppen_source,network\n";
    for (const Site& s : sites) {
        out.append(s.id).append(",").append(s.name).append(",");
        appendFixed(out, s.lat_deg, 4);
        out.push_back(',');
        appendFixed(out, s.lon_deg, 4);
        out.push_back(',');
        appendFixed(out, s.elevation_m.value_or(0.0), 0);
        out.append(",").append(igbpCode(s.igbp)).append(",").append(koppenCode(s.koppen));
        out.append(",").append(koppenSourceName(s.koppen_source));
        out.append(",").append(s.network).append("\n");
    }
    return out;
}

std::string hiddenParametersCsv(const std::vector<Site>& sites,
                                const std::vector<HiddenParameters>& hidden) {
    std::string out = "site_id,igbp,koppen,light_use_efficiency_gC_MJ,"
                      "reference_respiration_gC_m2_d,temperature_sensitivity_E0_K,canopy_density,"
                      "soil_water_capacity_mm,soil_organic_index,respiration_to_gpp,"
                      "growth_respiration_fraction\n";
    for (std::size_t i = 0; i < sites.size() && i < hidden.size(); ++i) {
        const HiddenParameters& h = hidden[i];
        out.append(sites[i].id).append(",").append(igbpCode(sites[i].igbp)).append(",");
        out.append(koppenCode(sites[i].koppen));
        for (double v : {h.lightUseEfficiency_gC_MJ, h.referenceRespiration_gC_m2_d,
                         h.temperatureSensitivityE0_K, h.canopyDensity, h.soilWaterCapacity_mm,
                         h.soilOrganicIndex, h.respirationToGpp, h.growthRespirationFraction}) {
            out.push_back(',');
            appendFixed(out, v, 6);
        }
        out.push_back('\n');
    }
    return out;
}

void writeTextFile(const std::filesystem::path& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    if (!file)
        throw std::runtime_error(path.string() +
                                 ": cannot open for writing: " + std::strerror(errno));
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    file.close();
    if (!file)
        throw std::runtime_error(path.string() + ": write failed: " + std::strerror(errno));
}

WrittenDemoWorld writeDemoCsvFiles(const DemoPlan& plan, const std::filesystem::path& folder,
                                   const DemoJobControl& control, unsigned threads) {
    std::error_code ec;
    for (const char* sub : {"fluxnet", "modis", "era5-land"}) {
        std::filesystem::create_directories(folder / sub, ec);
        if (ec)
            throw std::runtime_error((folder / sub).string() +
                                     ": cannot create folder: " + ec.message());
    }
    const std::size_t n = plan.sites.size();
    WrittenDemoWorld written;
    written.folder = folder;
    written.sites.resize(n);
    written.hidden.resize(n);
    std::vector<std::array<std::string, 3>> siteFiles(n);

    forEachInParallel(n, threads, control, [&](std::size_t i) {
        const DemoSiteData site = generateDemoSite(plan, i);
        const int y1 = spanFirstYear(site), y2 = spanLastYear(site);
        siteFiles[i] = {
            fluxnetFileName(site.site.id, site.plan.recordFirstYear, site.plan.recordLastYear),
            modisFileName(site.site.id, y1, y2), era5LandFileName(site.site.id, y1, y2)};
        writeTextFile(folder / siteFiles[i][0], fluxnetCsv(site));
        writeTextFile(folder / siteFiles[i][1], modisCsv(site));
        writeTextFile(folder / siteFiles[i][2], era5LandCsv(site));
        written.sites[i] = site.site;
        written.hidden[i] = site.hidden;
    });

    writeTextFile(folder / kSiteMetadataFileName, siteMetadataCsv(written.sites));
    writeTextFile(folder / kHiddenParametersFileName,
                  hiddenParametersCsv(written.sites, written.hidden));
    written.files.push_back(kSiteMetadataFileName);
    for (const auto& files : siteFiles)
        for (const auto& f : files)
            written.files.push_back(f);
    written.files.push_back(kHiddenParametersFileName);
    return written;
}

} // namespace fluxlens::demo
