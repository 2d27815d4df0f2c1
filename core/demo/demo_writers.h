#pragma once

#include "demo/demo_generator.h"
#include "demo/demo_job.h"

#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::demo {

// Where each demo file goes, relative to the output folder.
std::string fluxnetFileName(const std::string& siteId, int firstYear, int lastYear);
std::string modisFileName(const std::string& siteId, int firstYear, int lastYear);
std::string era5LandFileName(const std::string& siteId, int firstYear, int lastYear);
inline constexpr const char* kSiteMetadataFileName = "demo_sites.csv";
inline constexpr const char* kHiddenParametersFileName = "demo_hidden_parameters.csv";

// The text of each file, as written (exposed so tests can check one site without a disk).
std::string fluxnetCsv(const DemoSiteData& site);
std::string modisCsv(const DemoSiteData& site);
std::string era5LandCsv(const DemoSiteData& site);
std::string siteMetadataCsv(const std::vector<Site>& sites);
std::string hiddenParametersCsv(const std::vector<Site>& sites,
                                const std::vector<HiddenParameters>& hidden);

// What writing the CSV files produced: every site (metadata as written) with its hidden
// parameters, and the files, relative to the folder, in a fixed order.
struct WrittenDemoWorld {
    std::filesystem::path folder;
    std::vector<Site> sites;
    std::vector<HiddenParameters> hidden;
    std::vector<std::string> files;
};

// Generates every site of the plan and writes the FLUXNET2015 daily files, MODIS and ERA5-Land
// point files, the site metadata and the hidden parameters under `folder` (created if needed).
// Sites are generated on up to `threads` threads; the files do not depend on it.
// Throws std::runtime_error naming the file when a write fails, DemoCancelled when cancelled.
WrittenDemoWorld writeDemoCsvFiles(const DemoPlan& plan, const std::filesystem::path& folder,
                                   const DemoJobControl& control = {}, unsigned threads = 0);

// Writes `text` to `path` replacing it, checking every step.
void writeTextFile(const std::filesystem::path& path, const std::string& text);

} // namespace fluxlens::demo
