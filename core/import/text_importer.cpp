#include "import/text_importer.h"

#include "common/input_error.h"
#include "import/badm_bif_importer.h"
#include "import/csv_reader.h"
#include "import/era5_point_importer.h"
#include "import/fluxnet_daily_importer.h"
#include "import/fluxnet_file_name.h"
#include "import/fluxnet_subdaily_importer.h"
#include "import/import_skipped.h"
#include "import/modis_point_importer.h"
#include "import/site_table_importer.h"

namespace fluxlens {
namespace {
ImportBatch importFluxnetFile(const FluxnetFileName& name, const std::string& label,
                              std::string_view text, const ImportControl& control) {
    if (!name.isFluxSeries())
        throw InputError(label, "FLUXNET " + name.dataset +
                                    " files are not imported: import the FULLSET or SUBSET file "
                                    "of the site");
    ImportBatch batch;
    switch (name.resolution) {
    case FluxnetResolution::Daily:
        batch = importFluxnetDaily(name, text, label, control);
        batch.importer = "fluxnet-dd";
        break;
    case FluxnetResolution::HalfHourly:
    case FluxnetResolution::Hourly:
        batch = importFluxnetSubDaily(name, text, label, control);
        batch.importer =
            name.resolution == FluxnetResolution::HalfHourly ? "fluxnet-hh" : "fluxnet-hr";
        break;
    default:
        throw InputError(label, "FLUXNET _" + name.resolutionCode +
                                    "_ aggregates are not imported: import the daily (_DD_) file, "
                                    "or the half-hourly/hourly one");
    }
    return batch;
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

    const CsvReader probe(label, text); // validates encoding and header
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
        batch = importBadmBif(text, label, network, control);
        batch.importer = "badm-bif";
    } else if (looksLikeModisPoints(probe)) {
        batch = importModisPoints(text, label, control);
        batch.importer = "modis-points";
    } else if (looksLikeEra5Points(probe)) {
        batch = importEra5Points(text, label, control);
        batch.importer = "era5-land-points";
    } else if (looksLikeSiteTable(probe)) {
        batch = importSiteTable(text, label, control);
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
