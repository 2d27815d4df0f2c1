#pragma once

// Helpers for the tests on real FLUXNET downloads: the shared real files, a CSV read back by
// column name, fixtures written from real columns (zip members, workbooks through GDAL).
#include "import_test_support.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fluxlens::test {

inline const std::filesystem::path kSharedData = FLUXLENS_SHARED_DATA_DIR;
inline const std::filesystem::path kArTf1 = kSharedData / "fluxnet-v13" / "AR-TF1";
inline const std::string kArTf1Stem = "AMF_AR-TF1_FLUXNET_";

inline std::string readFileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// A plain CSV (no quoted fields, as FLUXNET data files are): header and rows of cells.
struct PlainCsv {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    std::size_t column(const std::string& name) const {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return i;
        throw std::runtime_error("no column " + name);
    }
    bool has(const std::string& name) const {
        for (const auto& h : header)
            if (h == name)
                return true;
        return false;
    }
    // The text of the chosen columns (in this order) of every row, with a header.
    std::string select(const std::vector<std::string>& names) const {
        std::string out;
        for (std::size_t i = 0; i < names.size(); ++i)
            out += (i ? "," : "") + names[i];
        out += "\n";
        for (const auto& row : rows) {
            for (std::size_t i = 0; i < names.size(); ++i)
                out += (i ? "," : "") + row[column(names[i])];
            out += "\n";
        }
        return out;
    }
};

inline std::vector<std::string> splitComma(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, ','))
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',')
        cells.emplace_back();
    return cells;
}

inline PlainCsv readPlainCsv(const std::filesystem::path& path) {
    PlainCsv csv;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    csv.header = splitComma(line);
    while (std::getline(in, line))
        if (!line.empty())
            csv.rows.push_back(splitComma(line));
    return csv;
}

// A FLUXNET cell as the cache stores it: -9999 is missing.
inline double fluxnetValue(const std::string& cell) {
    const double v = std::stod(cell);
    return v == -9999.0 ? kNaN : v;
}

} // namespace fluxlens::test
