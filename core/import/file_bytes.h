#pragma once

#include <string>
#include <string_view>

namespace fluxlens {

// The whole content of a file. Throws InputError naming the file when it cannot be read.
std::string readWholeFile(const std::string& path);

// Lower-case hexadecimal SHA-256 of `bytes` (GDAL's CPL implementation).
std::string sha256Hex(std::string_view bytes);

} // namespace fluxlens
