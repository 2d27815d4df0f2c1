#include "import/fluxnet_variable_info.h"

#include "cache/variables.h"
#include "import/csv_reader.h"

#include <algorithm>
#include <map>

namespace fluxlens {
namespace {
bool isValidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        int extra = 0;
        if (c >= 0xF0 && c < 0xF8)
            extra = 3;
        else if (c >= 0xE0)
            extra = c < 0xF0 ? 2 : -1;
        else if (c >= 0xC2)
            extra = 1;
        else if (c >= 0x80)
            extra = -1;
        if (extra < 0 || i + static_cast<std::size_t>(extra) >= text.size() + (extra ? 0 : 1))
            return false;
        for (int k = 0; k < extra; ++k)
            if ((static_cast<unsigned char>(text[++i]) & 0xC0) != 0x80)
                return false;
    }
    return true;
}

// One spelling per unit: lower case, no blanks, µ as u, "umolCO2"/"umolPhoton" as "umol",
// dimensionless as "fraction".
std::string normalisedUnit(std::string_view unit) {
    std::string out;
    for (std::size_t i = 0; i < unit.size(); ++i) {
        if (unit.substr(i, 2) == "\xC2\xB5" || unit.substr(i, 2) == "\xCE\xBC") {
            out += 'u';
            ++i;
        } else if (unit[i] != ' ') {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(unit[i])));
        }
    }
    for (std::string_view qualifier : {"umolco2", "umolphoton"})
        if (auto at = out.find(qualifier); at != std::string::npos)
            out.replace(at, qualifier.size(), "umol");
    if (out == "adimensional" || out == "fraction0-1" || out == "-" || out == "fraction")
        return "fraction";
    return out;
}

bool isCarbonFlux(std::string_view name) {
    return name.starts_with("GPP_") || name.starts_with("RECO_") ||
           (name.starts_with("NEE_") && !name.ends_with("_QC"));
}

std::string expectedUnit(const VariableInfo& info, FluxnetResolution resolution) {
    const bool subDaily =
        resolution == FluxnetResolution::HalfHourly || resolution == FluxnetResolution::Hourly;
    if (subDaily && isCarbonFlux(info.name))
        return "umol m-2 s-1";
    if (subDaily && (info.name == var::P_F || info.name == var::P_ERA))
        return "mm";
    if (subDaily && info.name.ends_with("_QC"))
        return "fraction"; // sub-daily QC flags are dimensionless codes
    return std::string(info.unit);
}

struct VariableEntry {
    std::string name;
    std::string unit;
    std::int64_t unitLine = 0;
};
} // namespace

std::string latin1ToUtf8UnlessUtf8(std::string_view bytes) {
    if (isValidUtf8(bytes))
        return std::string(bytes);
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 16);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
        } else {
            out += static_cast<char>(0xC0 | (b >> 6));
            out += static_cast<char>(0x80 | (b & 0x3F));
        }
    }
    return out;
}

int checkFluxnetVariableUnits(std::string_view bytes, const std::string& label,
                              FluxnetResolution resolution) {
    const std::string text = latin1ToUtf8UnlessUtf8(bytes);
    CsvReader reader(label, text);
    const std::size_t groupColumn = reader.requireColumn("GROUP_ID");
    const std::size_t variableColumn = reader.requireColumn("VARIABLE");
    const std::size_t valueColumn = reader.requireColumn("DATAVALUE");
    std::map<std::string, VariableEntry> byGroup;
    while (reader.next()) {
        const std::string_view variable = trimBlanks(reader.field(variableColumn));
        VariableEntry& entry = byGroup[std::string(trimBlanks(reader.field(groupColumn)))];
        if (variable == "VAR_INFO_VARNAME") {
            entry.name = std::string(trimBlanks(reader.field(valueColumn)));
        } else if (variable == "VAR_INFO_UNIT") {
            entry.unit = std::string(trimBlanks(reader.field(valueColumn)));
            entry.unitLine = reader.line();
        }
    }
    int checked = 0;
    for (const auto& [group, entry] : byGroup) {
        const VariableInfo* info = findDailyVariable(DailyKind::Flux, entry.name);
        if (!info)
            info = findDailyVariable(DailyKind::TowerMet, entry.name);
        if (!info || entry.unitLine == 0)
            continue;
        const std::string expected = expectedUnit(*info, resolution);
        if (normalisedUnit(entry.unit) != normalisedUnit(expected))
            reader.failAt(entry.unitLine, "variable " + entry.name + " is given in '" + entry.unit +
                                              "', FluxLens reads it in '" + expected +
                                              "' (a different product or processing?)");
        ++checked;
    }
    return checked;
}

} // namespace fluxlens
