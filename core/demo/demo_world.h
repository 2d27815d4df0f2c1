#pragma once

#include "demo/demo_job.h"
#include "demo/demo_options.h"
#include "demo/demo_reference_model.h"
#include "demo/demo_site.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens {
class Cache;
}

namespace fluxlens::demo {

// What "Open the demo world" produced.
struct DemoWorldResult {
    std::filesystem::path folder;
    std::vector<Site> sites;              // as generated (and as the cache now holds them)
    std::vector<HiddenParameters> hidden; // same order as `sites`: for colouring embeddings
    std::int64_t filesImported = 0;
    std::int64_t rowsImported = 0;     // site-days, over all files
    std::vector<std::string> warnings; // importer warnings, "file: warning"
    double generateSeconds = 0;        // CSV files and reference NetCDF
    double importSeconds = 0;
};

// Generates the demo world into `folder` (FLUXNET2015 daily, MODIS and ERA5-Land point CSVs, site
// metadata, hidden parameters, the NetCDF "reference (synthetic)") and imports it into `cache`
// through the real importers: tower, reanalysis and satellite files first, then the site table
// (so that its names and the network "synthetic demo" are what the cache keeps), then the
// reference product under the name kReferenceProductName. The hidden-parameter file is not
// imported (it is no data format FluxLens reads).
// `reference` sets the product's grid and step (README.md, "Reference product").
// Progress: generation to 0.2, import to 1.0. Runs on the calling thread (spawning workers for
// the generation): call it off the GUI thread.
// Throws DemoCancelled when cancelled (files already imported stay: each is one transaction),
// std::runtime_error naming the file when a write or an import fails.
DemoWorldResult openDemoWorld(Cache& cache, const std::filesystem::path& folder,
                              const DemoOptions& options = {}, const DemoJobControl& control = {},
                              const ReferenceOptions& reference = {});

} // namespace fluxlens::demo
