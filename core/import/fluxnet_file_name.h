#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fluxlens {

enum class FluxnetResolution { HalfHourly, Hourly, Daily, Weekly, Monthly, Yearly };

// The parts of a FLUXNET-format file name, as distributed by FLUXNET2015, AmeriFlux (FLUXNET
// product), ICOS and Warm Winter 2020:
//   FLX_DE-Hai_FLUXNET2015_FULLSET_DD_2000-2012_1-4.csv
//   AMF_US-Ha1_FLUXNET_SUBSET_HH_1991-2020_3-5.csv
//   ICOSETC_BE-Bra_FLUXNET_DD_L2.csv
struct FluxnetFileName {
    std::string prefix;  // FLX, AMF or ICOSETC
    std::string siteId;  // DE-Hai
    std::string product; // FLUXNET2015 or FLUXNET
    std::string dataset; // FULLSET, SUBSET, ERAI, AUXMETEO, ...; empty when absent (ICOS)
    FluxnetResolution resolution = FluxnetResolution::Daily;
    std::string resolutionCode; // DD, HH, HR, WW, MM, YY
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    std::string version; // 1-4, 3-5, beta-3, L2; empty when absent

    std::string network() const; // FLUXNET2015, AmeriFlux, ICOS
    // The same for every release of the file: prefix_site_product[_dataset]_resolution.
    std::string datasetKey() const;
    bool isFluxSeries() const; // FULLSET, SUBSET or no dataset part (not ERAI, AUX...)
};

// Parses a file's base name (no folder). std::nullopt when it is not a FLUXNET-format name.
std::optional<FluxnetFileName> parseFluxnetFileName(std::string_view baseName);

} // namespace fluxlens
