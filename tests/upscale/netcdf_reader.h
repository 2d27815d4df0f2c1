#pragma once

// Reads back what the upscaling writes, through GDAL's multidimensional API (as any CF reader).

#include <filesystem>
#include <string>
#include <vector>

namespace fluxlens::upscale::testing {

struct NetcdfVariable {
    std::vector<std::size_t> shape;
    std::vector<double> values;
    std::string units;
};

// Throws std::runtime_error naming the file or variable.
NetcdfVariable readVariable(const std::filesystem::path& file, const std::string& name);
std::string globalAttribute(const std::filesystem::path& file, const std::string& name);

} // namespace fluxlens::upscale::testing
