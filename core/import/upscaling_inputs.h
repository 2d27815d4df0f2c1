#pragma once

#include <map>
#include <string>
#include <vector>

namespace fluxlens {

// The files among `files` that lie in a folder holding a driver map (a JSON file with
// "format": "fluxlens-driver-map", as `fluxlens-cli demo --grid` writes beside its ERA5-Land,
// MODIS and land-cover grids): inputs of `fluxlens-cli upscale`, not site data. Maps each such
// file to the reason a folder import skips it.
std::map<std::string, std::string> upscalingInputFiles(const std::vector<std::string>& files);

} // namespace fluxlens
