#include "import/carbon_flux_units.h"

#include <cctype>
#include <string>
#include <utility>

namespace fluxlens {

std::optional<double> carbonFluxToGramPerDay(std::string_view units) {
    std::string u;
    std::string l(units);
    for (char& c : l)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::size_t i = 0; i < l.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(l[i]);
        if (c == ' ' || c == '*' || c == '^' || c == '.')
            continue;
        if (c == 0xC2 && i + 1 < l.size() && static_cast<unsigned char>(l[i + 1]) == 0xB5) {
            u += 'u'; // µ (MICRO SIGN)
            ++i;
            continue;
        }
        if (c == 0xCE && i + 1 < l.size() && static_cast<unsigned char>(l[i + 1]) == 0xBC) {
            u += 'u'; // μ (GREEK SMALL LETTER MU)
            ++i;
            continue;
        }
        u += static_cast<char>(c);
    }
    auto replaceAll = [&](std::string_view from, std::string_view to) {
        for (std::size_t p = u.find(from); p != std::string::npos; p = u.find(from, p + to.size()))
            u.replace(p, from.size(), to);
    };
    replaceAll("co2", "");
    replaceAll("day", "d");
    replaceAll("/m2", "m-2");
    replaceAll("/d", "d-1");
    replaceAll("/s", "s-1");
    const std::pair<std::string_view, double> known[] = {
        {"gcm-2d-1", 1.0},
        {"gm-2d-1", 1.0},
        {"kgcm-2d-1", 1000.0},
        {"kgm-2d-1", 1000.0},
        {"gcm-2s-1", 86400.0},
        {"gm-2s-1", 86400.0},
        {"kgcm-2s-1", 86400.0e3},
        {"kgm-2s-1", 86400.0e3},
        {"umolm-2s-1", 12.011e-6 * 86400.0},
        {"umolcm-2s-1", 12.011e-6 * 86400.0},
        {"molm-2s-1", 12.011 * 86400.0},
        {"molcm-2s-1", 12.011 * 86400.0},
    };
    for (auto [name, factor] : known)
        if (u == name)
            return factor;
    return std::nullopt;
}

} // namespace fluxlens
