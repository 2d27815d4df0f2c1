#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fluxlens {

enum class FluxnetResolution { HalfHourly, Hourly, Daily, Weekly, Monthly, Yearly, None };

// The parts of a FLUXNET-format file name, as distributed by FLUXNET2015, AmeriFlux (FLUXNET
// product), ICOS and Warm Winter 2020:
//   FLX_DE-Hai_FLUXNET2015_FULLSET_DD_2000-2012_1-4.csv
//   AMF_US-Ha1_FLUXNET_SUBSET_HH_1991-2020_3-5.csv
//   ICOSETC_BE-Bra_FLUXNET_DD_L2.csv
// and by the FLUXNET Shuttle (ONEFlux v1.3) for every hub:
//   AMF_AR-TF1_FLUXNET_FLUXMET_DD_2016-2018_v1.3_r1.csv, ..._FLUXNET_ERA5_DD_1981-2024_v1.3_r1.csv,
//   ..._FLUXNET_BIF_2016-2018_v1.3_r1.csv (no resolution), ..._FLUXNET_BIFVARINFO_DD_...
struct FluxnetFileName {
    std::string prefix;  // FLX, AMF, ICOSETC, ICOS or TERN
    std::string siteId;  // DE-Hai
    std::string product; // FLUXNET2015 or FLUXNET
    std::string dataset; // FULLSET, SUBSET, FLUXMET, ERA5, ERAI, AUXMETEO, BIF, ...; empty: ICOS
    FluxnetResolution resolution = FluxnetResolution::Daily;
    std::string resolutionCode; // DD, HH, HR, WW, MM, YY; empty for a Shuttle BIF
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    std::string version; // 1-4, 3-5, beta-3, L2, v1.3_r1; empty when absent

    std::string network() const; // FLUXNET2015, AmeriFlux, ICOS
    // The same for every release of the file: prefix_site_product[_dataset]_resolution.
    std::string datasetKey() const;
    bool isFluxSeries() const; // FULLSET, SUBSET, FLUXMET or no dataset part (not ERAI, AUX...)
    bool isShuttle() const;    // a FLUXNET Shuttle (ONEFlux v1.3) member: version v<N>_r<N>
    bool isEra5() const;       // the Shuttle's ERA5 series downscaled to the site
};

// Parses a file's base name (no folder). std::nullopt when it is not a FLUXNET-format name.
std::optional<FluxnetFileName> parseFluxnetFileName(std::string_view baseName);

// A FLUXNET Shuttle archive name, <HUB>_<SITE>_FLUXNET_<Y1>-<Y2>_v1.3_r1.zip: its version
// ("v1.3_r1"), or std::nullopt.
std::optional<std::string> fluxnetShuttleArchiveVersion(std::string_view baseName);

} // namespace fluxlens
