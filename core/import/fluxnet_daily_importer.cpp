#include "import/fluxnet_daily_importer.h"

#include "common/dates.h"
#include "import/csv_reader.h"
#include "import/fluxnet_columns.h"
#include "import/timestamp_order.h"

namespace fluxlens {

ImportBatch importFluxnetDaily(const FluxnetFileName& name, std::string_view text,
                               const std::string& label, const ImportControl& control) {
    CsvReader reader(label, text);
    auto timestamp = reader.findColumn("TIMESTAMP");
    if (!timestamp)
        reader.failAt(reader.headerLine(),
                      "a FLUXNET daily file needs a TIMESTAMP column (YYYYMMDD); the header starts "
                      "with '" +
                          reader.header().front() + "'");
    const auto columns = selectFluxnetColumns(reader, name.resolution);
    std::vector<std::vector<double>> values(columns.size());
    TimestampOrder order(reader);
    for (std::size_t rows = 0; reader.next(); ++rows) {
        if ((rows & 0x3FF) == 0)
            control.step(0.9 * reader.fractionRead());
        const std::string_view stamp = trimBlanks(reader.field(*timestamp));
        auto day = stamp.size() == 8 ? parseCompactDate(stamp) : std::nullopt;
        if (!day)
            reader.fail("TIMESTAMP '" + std::string(stamp.substr(0, 20)) +
                        "' is not a YYYYMMDD date");
        order.add(toDayNumber(*day),
                  [](std::int64_t d) { return formatIsoDate(fromDayNumber(static_cast<int>(d))); });
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double v = reader.number(columns[c].csvColumn);
            checkPlausible(reader, columns[c], v);
            values[c].push_back(v);
        }
    }
    if (order.keys().empty())
        reader.failAt(reader.headerLine(), "the file has a header but no data rows");
    ImportBatch batch =
        makeFluxnetBatch(name, label, columns, order.takeKeysAsDays(), std::move(values));
    if (reader.emptyLinesSkipped() > 0)
        batch.warnings.push_back(std::to_string(reader.emptyLinesSkipped()) +
                                 " empty lines skipped (the first is line " +
                                 std::to_string(reader.firstEmptyLine()) + ")");
    control.step(1.0);
    return batch;
}

} // namespace fluxlens
