#pragma once

#include "import/csv_reader.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace fluxlens {

// Checks that the rows of a time series come in strictly increasing time order and names the
// offending lines otherwise ("duplicate date 2015-01-02, also on line 4").
class TimestampOrder {
public:
    explicit TimestampOrder(const CsvReader& reader)
        : m_reader(reader) {}

    // `key` orders the rows (a day or minute number); `describe(key)` names it in messages and is
    // called only on error.
    template <typename Describe>
    void add(std::int64_t key, Describe&& describe) {
        if (!m_keys.empty() && key <= m_keys.back()) {
            auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key);
            if (it != m_keys.end() && *it == key)
                m_reader.fail(
                    "duplicate time " + describe(key) + ", also on line " +
                    std::to_string(m_lines[static_cast<std::size_t>(it - m_keys.begin())]));
            m_reader.fail("time " + describe(key) + " comes after " + describe(m_keys.back()) +
                          " (line " + std::to_string(m_lines.back()) +
                          "): rows must be in time order");
        }
        m_keys.push_back(key);
        m_lines.push_back(m_reader.line());
    }

    const std::vector<std::int64_t>& keys() const { return m_keys; }
    std::vector<int> takeKeysAsDays() const {
        return std::vector<int>(m_keys.begin(), m_keys.end());
    }

private:
    const CsvReader& m_reader;
    std::vector<std::int64_t> m_keys;
    std::vector<std::int64_t> m_lines;
};

} // namespace fluxlens
