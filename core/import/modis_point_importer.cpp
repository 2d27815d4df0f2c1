#include "import/modis_point_importer.h"

#include "cache/variables.h"
#include "common/input_error.h"
#include "import/csv_reader.h"
#include "import/point_series.h"
#include "import/vegetation_indices.h"

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace fluxlens {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kFill = kMod09gaFill;
constexpr double kScale = kMod09gaScale;
constexpr int kBands = 7;

std::string bandColumn(int band) {
    return "sur_refl_b0" + std::to_string(band);
}

// Output columns: b1..b7, NDVI, EVI, NIRv, lc_type1.
enum Slot { kNdvi = kBands, kEvi, kNirv, kLandCover, kSlotCount };
} // namespace

bool looksLikeModisPoints(const CsvReader& reader) {
    return reader.findColumnIgnoreCase("sur_refl_b01").has_value() &&
           reader.findColumnIgnoreCase("date").has_value();
}

ImportBatch importModisPoints(std::string_view text, const std::string& label,
                              const ImportControl& control) {
    CsvReader reader(label, text);
    const std::size_t siteColumn = requireSiteColumn(reader);
    const std::size_t dateColumn = requireDateColumn(reader);
    std::array<std::optional<std::size_t>, kBands> bandColumns;
    for (int b = 0; b < kBands; ++b) {
        bandColumns[b] = reader.findColumnIgnoreCase(bandColumn(b + 1));
        if (b < 3 && !bandColumns[b])
            reader.failAt(reader.headerLine(),
                          "required column '" + bandColumn(b + 1) + "' is missing from the header");
    }
    const auto landCoverColumn = reader.findColumnIgnoreCase("LC_Type1");

    const std::vector<std::string> names{
        std::string(var::b1),   std::string(var::b2),      std::string(var::b3),
        std::string(var::b4),   std::string(var::b5),      std::string(var::b6),
        std::string(var::b7),   std::string(var::NDVI),    std::string(var::EVI),
        std::string(var::NIRv), std::string(var::lc_type1)};
    PointSeries series(reader, names);
    // First pass keeps raw band values; the scale is decided once the whole file is seen.
    bool anyBeyondUnitRange = false;
    while (reader.next()) {
        if ((reader.rowsRead() & 0x3FF) == 1)
            control.step(0.8 * reader.fractionRead());
        const std::string site = siteCell(reader, siteColumn);
        double* slots = series.addRow(site, parseDateCell(reader, dateColumn));
        for (int b = 0; b < kBands; ++b) {
            if (!bandColumns[b])
                continue;
            double v = reader.number(*bandColumns[b]);
            if (v == kFill)
                v = kNaN;
            if (std::abs(v) > 2.0)
                anyBeyondUnitRange = true;
            slots[b] = v;
        }
        if (landCoverColumn) {
            const double lc = reader.number(*landCoverColumn);
            if (!std::isnan(lc) && (lc != std::floor(lc) || lc < 0 || lc > 255))
                reader.fail("column '" + reader.header()[*landCoverColumn] +
                            "': " + std::string(trimBlanks(reader.field(*landCoverColumn))) +
                            " is not an MCD12Q1 class number");
            slots[kLandCover] = (lc >= 1 && lc <= 17) ? lc : kNaN;
        }
    }
    if (series.rowCount() == 0)
        reader.failAt(reader.headerLine(), "the file has a header but no data rows");

    std::vector<DailyTable> tables = series.finish(DailyKind::RemoteSensing);
    const bool scaledIntegers = anyBeyondUnitRange;
    const double scale = scaledIntegers ? kScale : 1.0;
    std::int64_t outOfRange = 0;
    std::int64_t validDays = 0;
    for (DailyTable& table : tables) {
        const std::size_t n = table.dayNumbers.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (int b = 0; b < kBands; ++b) {
                double& v = table.columns[b][i];
                if (std::isnan(v))
                    continue;
                v *= scale;
                if (v < -0.01 || v > 1.6) {
                    ++outOfRange;
                    v = kNaN;
                }
            }
            const double red = table.columns[0][i];
            const double nir = table.columns[1][i];
            const double blue = table.columns[2][i];
            const double ndvi = ndviFromBands(red, nir);
            table.columns[kNdvi][i] = ndvi;
            table.columns[kEvi][i] = eviFromBands(red, nir, blue);
            table.columns[kNirv][i] = nirvFromBands(red, nir);
            validDays += std::isnan(ndvi) ? 0 : 1;
        }
        if (!landCoverColumn) {
            table.columnNames.pop_back();
            table.columns.pop_back();
        }
    }
    if (validDays == 0)
        throw InputError(label, "no row has valid red and near-infrared reflectances "
                                "(sur_refl_b01, sur_refl_b02); nothing to import");
    ImportBatch batch;
    batch.tables = std::move(tables);
    if (!scaledIntegers)
        batch.warnings.push_back("reflectances read as already scaled to 0..1");
    if (outOfRange > 0)
        batch.warnings.push_back(std::to_string(outOfRange) +
                                 " band values outside the valid range were left missing");
    control.step(1.0);
    return batch;
}

} // namespace fluxlens
