#include "import/fluxnet_subdaily_importer.h"

#include "common/dates.h"
#include "common/input_error.h"
#include "import/csv_reader.h"
#include "import/fluxnet_columns.h"
#include "import/timestamp_order.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace fluxlens {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct DayAccumulator {
    double sum = 0.0;
    int valid = 0;
    int good = 0; // QC columns: records flagged 0 or 1
};

std::string describeMinute(std::int64_t minuteKey) {
    const int day = static_cast<int>(minuteKey / 1440);
    const int minute = static_cast<int>(minuteKey % 1440);
    char clock[16];
    std::snprintf(clock, sizeof clock, " %02d:%02d", minute / 60, minute % 60);
    return formatIsoDate(fromDayNumber(day)) + clock;
}
} // namespace

ImportBatch importFluxnetSubDaily(const FluxnetFileName& name, std::string_view text,
                                  const std::string& label, const ImportControl& control) {
    CsvReader reader(label, text);
    auto start = reader.findColumn("TIMESTAMP_START");
    if (!start)
        reader.failAt(reader.headerLine(),
                      "a FLUXNET half-hourly or hourly file needs a TIMESTAMP_START column "
                      "(YYYYMMDDHHMM); the header starts with '" +
                          reader.header().front() + "'");
    const bool halfHourly = name.resolution == FluxnetResolution::HalfHourly;
    const int stepMinutes = halfHourly ? 30 : 60;
    const int recordsPerDay = 1440 / stepMinutes;
    const auto columns = selectFluxnetColumns(reader, name.resolution);

    std::vector<int> days;
    std::vector<std::vector<double>> values(columns.size());
    std::vector<DayAccumulator> acc(columns.size());
    int currentDay = std::numeric_limits<int>::min();
    int recordsInDay = 0;
    std::int64_t incompleteDays = 0;
    auto flushDay = [&] {
        if (recordsInDay == 0)
            return;
        if (recordsInDay != recordsPerDay) {
            ++incompleteDays;
        } else {
            days.push_back(currentDay);
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const DayAccumulator& a = acc[c];
                double v = kNaN;
                switch (columns[c].aggregation) {
                case DailyAggregation::QcFraction:
                    v = a.valid > 0 ? static_cast<double>(a.good) / recordsPerDay : kNaN;
                    break;
                case DailyAggregation::CarbonFlux:
                    if (a.valid == recordsPerDay)
                        v = a.sum / recordsPerDay * kUmolCo2PerSecondToGramCarbonPerDay;
                    break;
                case DailyAggregation::Mean:
                    if (a.valid == recordsPerDay)
                        v = a.sum / recordsPerDay;
                    break;
                case DailyAggregation::Sum:
                    if (a.valid == recordsPerDay)
                        v = a.sum;
                    break;
                }
                values[c].push_back(v);
            }
        }
        acc.assign(columns.size(), DayAccumulator{});
        recordsInDay = 0;
    };

    TimestampOrder order(reader);
    for (std::size_t rows = 0; reader.next(); ++rows) {
        if ((rows & 0xFFF) == 0)
            control.step(0.9 * reader.fractionRead());
        const std::string_view stamp = trimBlanks(reader.field(*start));
        auto day = stamp.size() == 12 ? parseCompactDate(stamp) : std::nullopt;
        int hour = -1, minute = -1;
        if (day) {
            std::from_chars(stamp.data() + 8, stamp.data() + 10, hour);
            std::from_chars(stamp.data() + 10, stamp.data() + 12, minute);
        }
        if (!day || hour < 0 || hour > 23 || minute < 0 || minute > 59)
            reader.fail("TIMESTAMP_START '" + std::string(stamp.substr(0, 20)) +
                        "' is not a YYYYMMDDHHMM time");
        if (minute % stepMinutes != 0)
            reader.fail("TIMESTAMP_START '" + std::string(stamp) + "' is not on the " +
                        std::to_string(stepMinutes) + "-minute grid of a _" + name.resolutionCode +
                        "_ file");
        const int dayNumber = toDayNumber(*day);
        order.add(static_cast<std::int64_t>(dayNumber) * 1440 + hour * 60 + minute, describeMinute);
        if (dayNumber != currentDay) {
            flushDay();
            currentDay = dayNumber;
        }
        ++recordsInDay;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const double v = reader.number(columns[c].csvColumn);
            if (std::isnan(v))
                continue;
            checkPlausible(reader, columns[c], v);
            DayAccumulator& a = acc[c];
            ++a.valid;
            a.sum += v;
            if (v == 0.0 || v == 1.0)
                ++a.good;
        }
    }
    flushDay();
    if (order.keys().empty())
        reader.failAt(reader.headerLine(), "the file has a header but no data rows");
    if (days.empty())
        throw InputError(label, "no complete day: a day needs " + std::to_string(recordsPerDay) +
                                    " records");
    ImportBatch batch = makeFluxnetBatch(name, label, columns, std::move(days), std::move(values));
    if (incompleteDays > 0)
        batch.warnings.push_back(std::to_string(incompleteDays) + " days with fewer than " +
                                 std::to_string(recordsPerDay) + " records left out");
    if (reader.emptyLinesSkipped() > 0)
        batch.warnings.push_back(std::to_string(reader.emptyLinesSkipped()) +
                                 " empty lines skipped (the first is line " +
                                 std::to_string(reader.firstEmptyLine()) + ")");
    control.step(1.0);
    return batch;
}

} // namespace fluxlens
