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

// Equal values, NaN where the other has NaN (QCOMPARE on vectors treats NaN as unequal).
bool sameValues(const std::vector<double>& a, const std::vector<double>& b);
// Variable `name` of two files holds the same values.
bool sameVariable(const std::filesystem::path& a, const std::filesystem::path& b,
                  const std::string& name);

} // namespace fluxlens::upscale::testing
