#include "import/fluxnet_columns.h"

#include "cache/variables.h"
#include "common/input_error.h"
#include "import/csv_reader.h"

#include <cmath>
#include <sstream>

namespace fluxlens {
namespace {
bool startsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}
bool endsWith(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

struct Range {
    double min;
    double max;
    const char* unit;
};

// Generous physical bounds: a value outside them means wrong units or a corrupt file, not an
// unusual day. Sub-daily files carry instantaneous fluxes and per-record precipitation.
Range plausibleRange(std::string_view name, bool subDaily) {
    if (endsWith(name, "_QC"))
        return subDaily ? Range{0, 3, "flag"} : Range{0, 1, "fraction"};
    if (startsWith(name, "GPP_") || startsWith(name, "RECO_") || startsWith(name, "NEE_"))
        return subDaily ? Range{-200, 200, "umolCO2 m-2 s-1"} : Range{-100, 100, "gC m-2 d-1"};
    if (startsWith(name, "LE_") || startsWith(name, "H_") || name == var::NETRAD ||
        name == var::G_F_MDS)
        return {-1500, 2500, "W m-2"};
    if (name == var::TA_F || name == var::TS_F_MDS_1 || startsWith(name, "TA_ERA"))
        return {-90, 70, "deg C"};
    if (name == var::SW_IN_F || name == var::SW_IN_POT || name == var::SW_IN_ERA)
        return {-50, 1500, "W m-2"};
    if (name == var::LW_IN_F || name == var::LW_IN_ERA)
        return {0, 900, "W m-2"};
    if (name == var::PPFD_IN)
        return {-100, 3500, "umol m-2 s-1"};
    if (name == var::VPD_F || name == var::VPD_ERA)
        return {-5, 150, "hPa"};
    if (name == var::P_F || name == var::P_ERA)
        return subDaily ? Range{0, 500, "mm"} : Range{0, 2000, "mm d-1"};
    if (name == var::PA_F || name == var::PA_ERA)
        return {30, 120, "kPa"};
    if (name == var::WS_F || name == var::WS_ERA)
        return {0, 80, "m s-1"};
    if (name == var::CO2_F_MDS)
        return {100, 3000, "umol mol-1"};
    if (name == var::SWC_F_MDS_1)
        return {0, 100, "%"};
    return {-1e9, 1e9, ""};
}

DailyAggregation aggregationOf(std::string_view name) {
    if (endsWith(name, "_QC"))
        return DailyAggregation::QcFraction;
    if (startsWith(name, "GPP_") || startsWith(name, "RECO_") || startsWith(name, "NEE_"))
        return DailyAggregation::CarbonFlux;
    if (name == var::P_F || name == var::P_ERA)
        return DailyAggregation::Sum;
    return DailyAggregation::Mean;
}

std::string formatValue(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}
} // namespace

std::vector<FluxnetColumn> selectFluxnetColumns(const CsvReader& reader,
                                                FluxnetResolution resolution) {
    const bool subDaily =
        resolution == FluxnetResolution::HalfHourly || resolution == FluxnetResolution::Hourly;
    std::vector<FluxnetColumn> columns;
    for (DailyKind kind : {DailyKind::Flux, DailyKind::TowerMet}) {
        for (const VariableInfo& info : dailyVariables(kind)) {
            auto index = reader.findColumn(info.name);
            if (!index)
                continue;
            const Range range = plausibleRange(info.name, subDaily);
            columns.push_back({*index, kind, std::string(info.name), aggregationOf(info.name),
                               range.min, range.max, range.unit});
        }
    }
    if (columns.empty()) {
        std::string expected;
        for (auto name : {var::GPP_NT_VUT_USTAR50, var::NEE_VUT_REF, var::TA_F, var::SW_IN_F})
            expected += (expected.empty() ? "" : ", ") + std::string(name);
        reader.failAt(reader.headerLine(), "none of the FLUXNET variables FluxLens stores (" +
                                               expected + ", ...) is in the header");
    }
    return columns;
}

void checkPlausible(const CsvReader& reader, const FluxnetColumn& column, double value) {
    if (std::isnan(value) || (value >= column.plausibleMin && value <= column.plausibleMax))
        return;
    reader.fail("column '" + column.name + "': " + formatValue(value) +
                " is outside the plausible range " + formatValue(column.plausibleMin) + " to " +
                formatValue(column.plausibleMax) + " " + column.unit + " (wrong units?)");
}

ImportBatch makeFluxnetBatch(const FluxnetFileName& name, const std::string& label,
                             const std::vector<FluxnetColumn>& columns, std::vector<int> dayNumbers,
                             std::vector<std::vector<double>> values) {
    ImportBatch batch;
    batch.datasetKey = name.datasetKey();
    Site site;
    site.id = name.siteId;
    site.lat_deg = std::nan("");
    site.lon_deg = std::nan("");
    site.network = name.network();
    site.source = label;
    batch.sites.push_back(site);

    std::vector<std::string> emptyColumns;
    bool anyValid = false;
    for (DailyKind kind : {DailyKind::Flux, DailyKind::TowerMet}) {
        DailyTable table;
        table.kind = kind;
        table.siteId = name.siteId;
        table.dayNumbers = dayNumbers;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (columns[c].kind != kind)
                continue;
            bool valid = false;
            for (double v : values[c])
                if (!std::isnan(v)) {
                    valid = true;
                    break;
                }
            if (!valid)
                emptyColumns.push_back(columns[c].name);
            anyValid = anyValid || valid;
            table.columnNames.push_back(columns[c].name);
            table.columns.push_back(std::move(values[c]));
        }
        if (!table.columnNames.empty())
            batch.tables.push_back(std::move(table));
    }
    if (!anyValid) {
        std::string names;
        for (std::size_t c = 0; c < columns.size() && c < 6; ++c)
            names += (c ? ", " : "") + columns[c].name;
        if (columns.size() > 6)
            names += ", ...";
        throw InputError(label,
                         "every value of " + names + " is missing (-9999); nothing to import");
    }
    if (!emptyColumns.empty()) {
        std::string list;
        for (const auto& c : emptyColumns)
            list += (list.empty() ? "" : ", ") + c;
        batch.warnings.push_back("columns without any valid value: " + list);
    }
    return batch;
}

} // namespace fluxlens
