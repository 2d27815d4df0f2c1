#pragma once
// ISO dates of day numbers (days since 1970-01-01, see dates.h) for code that stores day numbers
// and must not see std::chrono's C++20 calendar: the model-folder code is compiled as C++17 where
// LibTorch 1.13 requires it (clang, see core/ml/CMakeLists.txt).

#include <optional>
#include <string>
#include <string_view>

namespace fluxlens {

std::string formatIsoDayNumber(int dayNumber);                  // 0 -> "1970-01-01"
std::optional<int> parseIsoDayNumber(std::string_view isoDate); // "1970-01-02" -> 1

} // namespace fluxlens
