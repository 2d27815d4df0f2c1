#include "synthetic_world.h"

#include "common/dates.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <random>

namespace fluxlens::ml::testing {

std::vector<std::string> syntheticFeatures() {
    return {"t2m_degC", "ssrd_W_m2", "tp_mm_d", "swvl1_m3_m3", "NDVI", "DOY_SIN", "DOY_COS"};
}

MlConfig tinyConfig() {
    MlConfig c;
    c.features = syntheticFeatures();
    c.hidden = 8;
    c.encoder_hidden = 4;
    c.embedding = 3;
    c.generator_hidden = 8;
    c.stage1_epochs = 1;
    c.stage2_epochs = 2;
    c.device = "cpu";
    c.threads = 1;
    return c;
}

double maxAbsDifference(const std::vector<float>& a, const std::vector<float>& b) {
    double m = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        m = std::max(m, double(std::abs(a[i] - b[i])));
    return m;
}

std::vector<SyntheticSite> makeSyntheticWorld(const SyntheticWorldOptions& options) {
    std::mt19937_64 rng(options.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> normal(0.0, 1.0);
    const int firstDay = toDayNumber(
        std::chrono::sys_days{std::chrono::year{options.firstYear} / std::chrono::January / 1});
    const int lastDay = toDayNumber(std::chrono::sys_days{
        std::chrono::year{options.firstYear + options.years - 1} / std::chrono::December / 31});
    const IgbpClass igbpChoices[] = {IgbpClass::ENF, IgbpClass::DBF, IgbpClass::GRA};
    std::vector<SyntheticSite> world;
    for (int s = 0; s < options.sites; ++s) {
        SyntheticSite site;
        SiteSeries& out = site.series;
        char id[16];
        std::snprintf(id, sizeof id, "SY-%03d", s + 1);
        out.id = id;
        const double meanTemp = 2.0 + 16.0 * unit(rng);
        const double amplitude = 3.0 + 12.0 * unit(rng);
        const double rainProbability = 0.08 + 0.4 * unit(rng);
        site.lightUseEfficiency = 0.4 + 2.2 * (amplitude - 3.0) / 12.0;
        site.referenceRespiration = 0.8 + 5.0 * (rainProbability - 0.08) / 0.4;
        out.igbp = igbpChoices[static_cast<int>(unit(rng) * 3) % 3];
        out.koppen = meanTemp < 7    ? KoppenClass::Dfb
                     : meanTemp < 12 ? KoppenClass::Cfb
                                     : KoppenClass::Csa;
        out.featureNames = syntheticFeatures();
        out.featureNames.resize(5); // DOY features are derived by the engine
        out.features.assign(5, {});
        double soil = 0.25;
        for (int d = firstDay; d <= lastDay; ++d) {
            const int doy = dayOfYear(fromDayNumber(d));
            const double phase = 2.0 * std::numbers::pi * (doy - 110) / 365.25;
            const double temp = meanTemp + amplitude * std::sin(phase) + 4.0 * normal(rng);
            const double sw = std::max(10.0, 160.0 + 110.0 * std::sin(phase) + 40.0 * normal(rng));
            const double rain = unit(rng) < rainProbability ? 2.0 + 8.0 * unit(rng) : 0.0;
            soil = std::clamp(soil * 0.97 + rain * 0.004, 0.05, 0.45);
            const double green = std::clamp((temp + 2.0) / 20.0, 0.0, 1.0);
            const double ndvi = 0.2 + 0.6 * green + 0.03 * normal(rng);
            const double gpp = site.lightUseEfficiency * (sw / 100.0) * green * (0.5 + soil);
            const double reco =
                site.referenceRespiration * std::pow(2.0, (temp - 15.0) / 10.0) * (0.6 + soil) +
                0.2 * gpp;
            const double nee = reco - gpp;
            out.dayNumbers.push_back(d);
            out.features[0].push_back(static_cast<float>(temp));
            out.features[1].push_back(static_cast<float>(sw));
            out.features[2].push_back(static_cast<float>(rain));
            out.features[3].push_back(static_cast<float>(soil));
            out.features[4].push_back(static_cast<float>(ndvi));
            const bool gap = unit(rng) < 0.1;
            const float nan = std::numeric_limits<float>::quiet_NaN();
            const double noise = options.fluxNoise_gC_m2_d;
            out.gpp_gC_m2_d.push_back(
                gap ? nan : static_cast<float>(std::max(0.0, gpp + noise * normal(rng))));
            out.reco_gC_m2_d.push_back(
                gap ? nan : static_cast<float>(std::max(0.0, reco + noise * normal(rng))));
            out.nee_gC_m2_d.push_back(gap ? nan : static_cast<float>(nee + noise * normal(rng)));
            out.neeQc.push_back(gap ? nan : static_cast<float>(0.5 + 0.5 * unit(rng)));
        }
        world.push_back(std::move(site));
    }
    return world;
}

std::vector<SiteSeries> seriesOf(const std::vector<SyntheticSite>& world) {
    std::vector<SiteSeries> out;
    for (const auto& s : world)
        out.push_back(s.series);
    return out;
}

} // namespace fluxlens::ml::testing
