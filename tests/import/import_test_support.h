#pragma once

// Helpers shared by the import tests: writing files, FLUXNET daily text, reading a column back.
#include "cache/cache.h"
#include "cache/import_batch.h"
#include "common/dates.h"
#include "import/import_job.h"

#include <QString>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace fluxlens::test {

// A fresh temporary folder per test function and one-file imports with default options, for the
// import test classes (mixed in next to QObject).
class ImportTestFiles {
protected:
    bool resetFolder() {
        m_dir = std::make_unique<QTemporaryDir>();
        return m_dir->isValid();
    }
    std::string path(const std::string& name) const {
        return m_dir->filePath(QString::fromStdString(name)).toStdString();
    }
    static FileImportResult import(Cache& cache, const std::string& file) {
        return importFile(cache, file, ImportOptions{}, ImportControl());
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline void writeText(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

// GPP of the synthetic FLUXNET daily files on day `i` of the series (gC m-2 d-1).
inline double syntheticGpp(int i) {
    return std::round((5.0 + 4.0 * std::sin(i * 0.0172)) * 1000.0) / 1000.0;
}
inline double syntheticTemperature(int i) {
    return std::round((8.0 - 10.0 * std::cos(i * 0.0172)) * 1000.0) / 1000.0;
}

// A FLUXNET2015 daily file of `days` days from `first` (YYYY-MM-DD); every `missingEvery`-th day
// has GPP_NT_VUT_USTAR50 = -9999. `gppOffset` shifts GPP (to tell versions apart).
inline std::string fluxnetDailyText(const std::string& first, int days, int missingEvery = 0,
                                    double gppOffset = 0.0) {
    std::string text = "TIMESTAMP,TA_F,TA_F_QC,SW_IN_F,VPD_F,P_F,GPP_NT_VUT_USTAR50,"
                       "GPP_DT_VUT_USTAR50,RECO_NT_VUT_USTAR50,NEE_VUT_USTAR50,"
                       "NEE_VUT_USTAR50_QC,NEE_VUT_REF,NEE_VUT_REF_QC,LE_F_MDS,H_F_MDS,"
                       "NIGHT_D,CUSTOM_COLUMN\n";
    const int start = toDayNumber(*parseIsoDate(first));
    char line[512];
    for (int i = 0; i < days; ++i) {
        const std::string stamp = formatIsoDate(fromDayNumber(start + i));
        const std::string compact = stamp.substr(0, 4) + stamp.substr(5, 2) + stamp.substr(8, 2);
        const double gpp = syntheticGpp(i) + gppOffset;
        const double ta = syntheticTemperature(i);
        const bool missing = missingEvery > 0 && i % missingEvery == 0;
        std::snprintf(line, sizeof line,
                      "%s,%.3f,1,%.2f,%.2f,%.2f,%s,%.3f,%.3f,%.3f,0.9,%.3f,0.8,%.1f,%.1f,12,7\n",
                      compact.c_str(), ta, 120.0 + 80.0 * std::sin(i * 0.0172), 4.5, 2.0,
                      missing ? "-9999" : std::to_string(gpp).c_str(), gpp * 1.05, 3.0, 3.0 - gpp,
                      3.0 - gpp, 45.0, 18.0);
        text += line;
    }
    return text;
}

// The values of `column` in `table`, or an empty vector when absent.
inline std::vector<double> columnOf(const DailyTable& table, const std::string& column) {
    for (std::size_t c = 0; c < table.columnNames.size(); ++c)
        if (table.columnNames[c] == column)
            return table.columns[c];
    return {};
}

// Value of `column` on `isoDate`, NaN when the day or column is absent.
inline double valueOn(const DailyTable& table, const std::string& column,
                      const std::string& isoDate) {
    const int day = toDayNumber(*parseIsoDate(isoDate));
    const auto values = columnOf(table, column);
    for (std::size_t i = 0; i < table.dayNumbers.size() && i < values.size(); ++i)
        if (table.dayNumbers[i] == day)
            return values[i];
    return kNaN;
}

inline int validCount(const std::vector<double>& values) {
    int n = 0;
    for (double v : values)
        n += std::isnan(v) ? 0 : 1;
    return n;
}

} // namespace fluxlens::test
