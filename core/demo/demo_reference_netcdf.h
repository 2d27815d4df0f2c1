#pragma once

#include "demo/demo_job.h"
#include "demo/demo_reference_model.h"

#include <filesystem>
#include <string>

namespace fluxlens::demo {

// File name of the reference product, relative to the demo folder.
std::string referenceFileName(int firstYear, int lastYear);

// Writes the synthetic reference product as a CF NetCDF-4 grid through GDAL's multidimensional
// API: time ("hours since <first year>-01-01 00:00:00"), lat, lon, and GPP, RECO, NEE in
// "gC m-2 d-1" (float, deflate, one chunk per cell and variable; cells without sites stay
// unwritten and read as the fill value). The same inputs give the same bytes.
// Throws std::runtime_error naming the file when GDAL fails, DemoCancelled when cancelled.
void writeReferenceNetcdf(const DemoPlan& plan, const std::vector<Site>& sites,
                          const std::filesystem::path& path, const ReferenceOptions& options = {},
                          const DemoJobControl& control = {});

} // namespace fluxlens::demo
