#pragma once
// Reading typed values out of JSON that came from a file (model.json, a config). nlohmann's
// get<int>() converts a floating-point number with a plain cast, which is undefined behaviour
// when the value does not fit (`"hidden": 1e300`), and silently wraps integers that do not fit;
// here an integer field takes only a whole number inside its range.

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace fluxlens::ml {

namespace detail {
template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};
} // namespace detail

// The value as T, or nullopt when it has another type or does not fit into T.
template <typename T>
std::optional<T> jsonValueAs(const nlohmann::json& j) {
    if constexpr (std::is_same_v<T, bool>) {
        if (!j.is_boolean())
            return std::nullopt;
        return j.get<bool>();
    } else if constexpr (std::is_integral_v<T>) {
        if (j.is_number_unsigned()) {
            const auto v = j.get<std::uint64_t>();
            if (v > static_cast<std::uint64_t>(std::numeric_limits<T>::max()))
                return std::nullopt;
            return static_cast<T>(v);
        }
        if (j.is_number_float()) { // 64.0 is still 64; 64.5 and 1e300 are not integers
            const double v = j.get<double>();
            const double end = std::ldexp(1.0, std::numeric_limits<T>::digits);
            const double begin = std::is_signed_v<T> ? -end : 0.0;
            if (!(v >= begin && v < end && v == std::trunc(v)))
                return std::nullopt;
            return static_cast<T>(v);
        }
        if (!j.is_number_integer())
            return std::nullopt;
        const auto v = j.get<std::int64_t>();
        if constexpr (std::is_unsigned_v<T>) {
            if (v < 0 || static_cast<std::uint64_t>(v) > std::numeric_limits<T>::max())
                return std::nullopt;
        } else if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max()) {
            return std::nullopt;
        }
        return static_cast<T>(v);
    } else if constexpr (std::is_floating_point_v<T>) {
        if (!j.is_number())
            return std::nullopt;
        const double v = j.get<double>();
        // NaN and infinity never come from JSON text; finite values beyond float's range would.
        if (std::isfinite(v) && std::abs(v) > static_cast<double>(std::numeric_limits<T>::max()))
            return std::nullopt;
        return static_cast<T>(v);
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!j.is_string())
            return std::nullopt;
        return j.get<std::string>();
    } else {
        static_assert(detail::IsVector<T>::value, "jsonValueAs: unsupported type");
        if (!j.is_array())
            return std::nullopt;
        T out;
        out.reserve(j.size());
        for (const auto& item : j) {
            auto v = jsonValueAs<typename T::value_type>(item);
            if (!v)
                return std::nullopt;
            out.push_back(std::move(*v));
        }
        return out;
    }
}

} // namespace fluxlens::ml
