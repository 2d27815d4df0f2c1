#include "import/text_importer.h"

#include "cache/variables.h"
#include "common/input_error.h"
#include "import/badm_bif_importer.h"
#include "import/csv_reader.h"
#include "import/era5_point_importer.h"
#include "import/fluxnet_daily_importer.h"
#include "import/fluxnet_file_name.h"
#include "import/fluxnet_subdaily_importer.h"
#include "import/fluxnet_variable_info.h"
#include "import/import_skipped.h"
#include "import/modis_point_importer.h"
#include "import/site_table_importer.h"

#include <algorithm>

namespace fluxlens {
namespace {
// A FULLSET/SUBSET/FLUXMET file that holds no carbon flux at all still brings its drivers, but
// the user should know it cannot serve as a training target.
void warnWithoutCarbonFlux(ImportBatch& batch) {
    bool gpp = false, reco = false, nee = false;
    for (const auto& table : batch.tables) {
        if (table.kind != DailyKind::Flux)
            continue;
        for (const auto& column : table.columnNames) {
            gpp = gpp || column.starts_with("GPP_");
            reco = reco || column.starts_with("RECO_");
            nee = nee || column.starts_with("NEE_");
        }
    }
    if (gpp || reco || nee)
        return;
    std::string missing;
    for (const VariableInfo& info : dailyVariables(DailyKind::Flux))
        if (info.name.starts_with("GPP_") || info.name.starts_with("RECO_") ||
            info.name.starts_with("NEE_"))
            missing += (missing.empty() ? "" : ", ") + std::string(info.name);
    batch.warnings.push_back("no carbon-flux column: " + missing +
                             " are all missing; only the site's drivers are imported and the "
                             "site has no GPP, RECO or NEE to train or evaluate on");
}

std::string skipReasonFor(const FluxnetFileName& name) {
    if (name.dataset == "ERAI")
        return "FLUXNET ERAI member (ERA-Interim downscaled to the site): not a driver set "
               "FluxLens models";
    if (name.dataset.starts_with("AUX"))
        return "FLUXNET " + name.dataset +
               " member (auxiliary processing information): holds no daily data FluxLens models";
    if (!name.isFluxSeries() && !name.isEra5())
        return "FLUXNET " + name.dataset + " member: not a data set FluxLens models";
    return "FLUXNET _" + name.resolutionCode +
           "_ aggregate: FluxLens models daily values, taken from the site's _DD_ file (or "
           "aggregated from its _HH_/_HR_ file)";
}

ImportBatch importFluxnetFile(const FluxnetFileName& name, const std::string& label,
                              std::string_view text, const ImportControl& control) {
    const bool daily = name.resolution == FluxnetResolution::Daily;
    const bool subDaily = name.resolution == FluxnetResolution::HalfHourly ||
                          name.resolution == FluxnetResolution::Hourly;
    if (name.dataset == "BIFVARINFO" && !daily && !subDaily)
        throw ImportSkipped("FLUXNET variable information of the _" + name.resolutionCode +
                            "_ aggregates, which FluxLens does not import");
    if (name.dataset == "BIFVARINFO") {
        const int checked = checkFluxnetVariableUnits(text, label, name.resolution);
        throw ImportSkipped("FLUXNET variable information: the units of the " +
                            std::to_string(checked) +
                            " variables FluxLens stores were checked and match; it holds no "
                            "data");
    }
    if (name.dataset == "BIF") {
        ImportBatch batch = importBadmBif(text, label, name.network(), control);
        batch.importer = "badm-bif";
        return batch;
    }
    if ((!name.isFluxSeries() && !name.isEra5()) || (!daily && !subDaily))
        throw ImportSkipped(skipReasonFor(name));
    ImportBatch batch = daily ? importFluxnetDaily(name, text, label, control)
                              : importFluxnetSubDaily(name, text, label, control);
    batch.importer = std::string(name.isEra5() ? "fluxnet-era5-" : "fluxnet-") +
                     (daily                                          ? "dd"
                      : name.resolution == FluxnetResolution::Hourly ? "hr"
                                                                     : "hh");
    if (name.isShuttle())
        batch.importer += ":" + name.version; // the product version, recorded with the import
    if (!name.isEra5())
        warnWithoutCarbonFlux(batch);
    return batch;
}

// README.txt and DATA_POLICY_LICENSE_AND_INSTRUCTIONS.txt of a FLUXNET download, and readme
// files of other distributions.
bool isProductText(std::string_view baseName) {
    std::string lower(baseName);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return lower.ends_with(".txt") && (lower.find("readme") != std::string::npos ||
                                       lower.find("data_policy") != std::string::npos ||
                                       lower.find("license") != std::string::npos ||
                                       lower.find("licence") != std::string::npos);
}

std::string headerPreview(const CsvReader& reader) {
    std::string preview;
    for (std::size_t i = 0; i < reader.header().size() && i < 4; ++i)
        preview += (i ? "," : "") + reader.header()[i];
    return preview + (reader.header().size() > 4 ? ",..." : "");
}
// demo_hidden_parameters.csv, recognised by its exact header (core/demo/demo_writers.cpp).
bool isDemoHiddenParameterTable(const CsvReader& reader) {
    static const std::vector<std::string> kHeader{"site_id",
                                                  "igbp",
                                                  "koppen",
                                                  "light_use_efficiency_gC_MJ",
                                                  "reference_respiration_gC_m2_d",
                                                  "temperature_sensitivity_E0_K",
                                                  "canopy_density",
                                                  "soil_water_capacity_mm",
                                                  "soil_organic_index",
                                                  "respiration_to_gpp",
                                                  "growth_respiration_fraction"};
    return reader.header() == kHeader;
}
} // namespace

ImportBatch importTextFile(const std::string& label, std::string_view baseName,
                           std::string_view text, const ImportControl& control) {
    if (auto name = parseFluxnetFileName(baseName))
        return importFluxnetFile(*name, label, text, control);
    if (isProductText(baseName))
        throw ImportSkipped("a product README or data-policy text, not data");

    const char delimiter = metadataDelimiter(text);
    const CsvReader probe(label, text, delimiter); // validates encoding and header
    ImportBatch batch;
    if (probe.findColumn("TIMESTAMP") || probe.findColumn("TIMESTAMP_START"))
        probe.failAt(probe.headerLine(),
                     "FLUXNET data are recognised by their distributed file name "
                     "(FLX_<SITE>_FLUXNET2015_<SET>_<RES>_<Y1>-<Y2>_<V>.csv), which carries the "
                     "site ID; rename the file");
    if (isDemoHiddenParameterTable(probe))
        throw ImportSkipped("the demo world's hidden process-model parameters: the answer key "
                            "for evaluating site embeddings, not a data format FluxLens imports");
    if (looksLikeBadmBif(probe)) {
        const std::string network = baseName.substr(0, 4) == "AMF_" ? "AmeriFlux" : "FLUXNET";
        batch = importBadmBif(text, label, network, control, delimiter);
        batch.importer = "badm-bif";
    } else if (looksLikeModisPoints(probe)) {
        batch = importModisPoints(text, label, control);
        batch.importer = "modis-points";
    } else if (looksLikeEra5Points(probe)) {
        batch = importEra5Points(text, label, control);
        batch.importer = "era5-land-points";
    } else if (looksLikeSiteTable(probe)) {
        batch = importSiteTable(text, label, control, delimiter);
        batch.importer = "site-table";
    } else {
        probe.failAt(probe.headerLine(),
                     "unrecognised file: the header (" + headerPreview(probe) +
                         ") matches none of the formats FluxLens imports (FLUXNET, site table, "
                         "BADM BIF, MODIS or ERA5-Land point extract)");
    }
    return batch;
}

} // namespace fluxlens
