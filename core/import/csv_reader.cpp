#include "import/csv_reader.h"

#include "common/input_error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace fluxlens {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kEncodingProbeBytes = 64 * 1024;

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
               return lower(x) == lower(y);
           });
}

std::int64_t lineOfOffset(std::string_view text, std::size_t offset) {
    return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

std::string describeDelimiter(char c) {
    if (c == '\t')
        return "tab";
    return std::string("'") + c + "'";
}
} // namespace

std::string_view trimBlanks(std::string_view text) {
    while (!text.empty() && isBlank(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isBlank(text.back()))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseNumber(std::string_view text) {
    text = trimBlanks(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

CsvReader::CsvReader(std::string label, std::string_view text, char delimiter)
    : m_label(std::move(label))
    , m_text(text)
    , m_delimiter(delimiter) {
    checkEncoding();
    if (m_text.size() >= 3 && std::memcmp(m_text.data(), "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3;
    std::vector<std::string_view> names;
    if (!readRecord(names, m_headerLine))
        throw InputError(m_label, "the file holds only empty lines");
    m_header.reserve(names.size());
    std::unordered_map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::string name(trimBlanks(names[i]));
        if (name.empty())
            failAt(m_headerLine, "column " + std::to_string(i + 1) + " of the header has no name");
        if (auto [it, inserted] = seen.emplace(name, i); !inserted)
            failAt(m_headerLine, "column '" + name + "' appears twice in the header (columns " +
                                     std::to_string(it->second + 1) + " and " +
                                     std::to_string(i + 1) + ")");
        m_header.push_back(std::move(name));
    }
    if (m_header.size() == 1) {
        for (char other : {';', '\t', '|'})
            if (other != m_delimiter && m_header[0].find(other) != std::string::npos)
                failAt(m_headerLine, "the header is separated by " + describeDelimiter(other) +
                                         ", expected " + describeDelimiter(m_delimiter) +
                                         " (wrong delimiter)");
    }
}

void CsvReader::checkEncoding() const {
    if (m_text.empty())
        throw InputError(m_label, "the file is empty");
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_text.data());
    if (m_text.size() >= 2 &&
        ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        throw InputError(m_label, 1, "the file is UTF-16 encoded; save it as UTF-8 text");
    const std::size_t probe = std::min(m_text.size(), kEncodingProbeBytes);
    for (std::size_t i = 0; i < probe; ++i) {
        const unsigned char c = bytes[i];
        if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == 0 && probe >= 4 && (bytes[1] == 0 || bytes[0] == 0) && bytes[2] != 0)
            throw InputError(m_label, 1, "the file looks UTF-16 encoded; save it as UTF-8 text");
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", c);
        throw InputError(m_label, lineOfOffset(m_text, i),
                         std::string("not a text file: control byte ") + hex + " at offset " +
                             std::to_string(i));
    }
    if (m_text.size() > probe) {
        if (const void* nul = std::memchr(m_text.data() + probe, 0, m_text.size() - probe)) {
            const auto offset =
                static_cast<std::size_t>(static_cast<const char*>(nul) - m_text.data());
            throw InputError(m_label, lineOfOffset(m_text, offset),
                             "not a text file: NUL byte at offset " + std::to_string(offset));
        }
    }
}

std::optional<std::size_t> CsvReader::findColumn(std::string_view name) const {
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (m_header[i] == name)
            return i;
    return std::nullopt;
}

std::optional<std::size_t> CsvReader::findColumnIgnoreCase(std::string_view name) const {
    for (std::size_t i = 0; i < m_header.size(); ++i)
        if (equalsIgnoreCase(m_header[i], name))
            return i;
    return std::nullopt;
}

std::size_t CsvReader::requireColumn(std::string_view name) const {
    if (auto column = findColumn(name))
        return *column;
    failAt(m_headerLine, "required column '" + std::string(name) + "' is missing from the header");
}

bool CsvReader::readRecord(std::vector<std::string_view>& fields, std::int64_t& recordLine) {
    const std::size_t size = m_text.size();
    const char* data = m_text.data();
    while (m_pos < size) {
        const char* lineStart = data + m_pos;
        const void* newline = std::memchr(lineStart, '\n', size - m_pos);
        const std::size_t lineEnd =
            newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - data) : size;
        std::string_view line(lineStart, lineEnd - m_pos);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trimBlanks(line).empty()) {
            if (m_emptyLines++ == 0)
                m_firstEmptyLine = m_nextLine;
            m_pos = newline ? lineEnd + 1 : size;
            ++m_nextLine;
            continue;
        }
        recordLine = m_nextLine;
        fields.clear();
        if (std::memchr(line.data(), '"', line.size())) {
            splitQuoted(fields);
            return true;
        }
        const char* p = line.data();
        const char* end = p + line.size();
        for (;;) {
            const void* d = std::memchr(p, m_delimiter, static_cast<std::size_t>(end - p));
            if (!d) {
                fields.emplace_back(p, static_cast<std::size_t>(end - p));
                break;
            }
            const char* delim = static_cast<const char*>(d);
            fields.emplace_back(p, static_cast<std::size_t>(delim - p));
            p = delim + 1;
        }
        m_pos = newline ? lineEnd + 1 : size;
        ++m_nextLine;
        return true;
    }
    return false;
}

void CsvReader::splitQuoted(std::vector<std::string_view>& fields) {
    const std::int64_t startLine = m_nextLine;
    m_unquoted.clear();
    std::vector<std::pair<std::size_t, std::size_t>> spans; // offset, length in m_unquoted
    std::size_t fieldStart = 0;
    bool inQuotes = false;
    std::size_t i = m_pos;
    const std::size_t size = m_text.size();
    for (;;) {
        if (i >= size) {
            if (inQuotes)
                failAt(startLine, "a quoted field is never closed (truncated file?)");
            break;
        }
        const char c = m_text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < size && m_text[i + 1] == '"') {
                    m_unquoted.push_back('"');
                    i += 2;
                    continue;
                }
                inQuotes = false;
            } else {
                if (c == '\n')
                    ++m_nextLine;
                m_unquoted.push_back(c);
            }
            ++i;
            continue;
        }
        if (c == '"') {
            inQuotes = true;
        } else if (c == m_delimiter) {
            spans.emplace_back(fieldStart, m_unquoted.size() - fieldStart);
            fieldStart = m_unquoted.size();
        } else if (c == '\n') {
            ++i;
            break;
        } else if (c != '\r') {
            m_unquoted.push_back(c);
        }
        ++i;
    }
    spans.emplace_back(fieldStart, m_unquoted.size() - fieldStart);
    ++m_nextLine;
    m_pos = i;
    for (auto [offset, length] : spans)
        fields.emplace_back(m_unquoted.data() + offset, length);
}

bool CsvReader::next() {
    if (!readRecord(m_fields, m_rowLine))
        return false;
    ++m_rows;
    if (m_fields.size() == m_header.size())
        return true;
    const std::string counts = std::to_string(m_fields.size()) + " fields where the header has " +
                               std::to_string(m_header.size());
    if (m_fields.size() == 1) {
        for (char other : {';', '\t', '|'})
            if (other != m_delimiter && m_fields[0].find(other) != std::string_view::npos)
                fail("the row is separated by " + describeDelimiter(other) + ", expected " +
                     describeDelimiter(m_delimiter) + " (wrong delimiter)");
    }
    const bool lastLineWithoutNewline = m_pos >= m_text.size() && m_text.back() != '\n';
    if (m_fields.size() < m_header.size() && lastLineWithoutNewline)
        fail("the file is truncated: its last line has " + counts);
    fail("the row has " + counts);
}

double CsvReader::number(std::size_t column) const {
    const std::string_view cell = trimBlanks(m_fields[column]);
    if (cell.empty() || cell == "NA" || cell == "NaN" || cell == "nan")
        return kNaN;
    auto value = parseNumber(cell);
    if (!value)
        fail("column '" + m_header[column] + "': '" + std::string(cell.substr(0, 40)) +
             "' is not a number");
    if (*value == -9999.0)
        return kNaN;
    return *value;
}

double CsvReader::fractionRead() const {
    return m_text.empty() ? 1.0 : static_cast<double>(m_pos) / static_cast<double>(m_text.size());
}

void CsvReader::fail(const std::string& message) const {
    throw InputError(m_label, m_rowLine, message);
}

void CsvReader::failAt(std::int64_t line, const std::string& message) const {
    throw InputError(m_label, line, message);
}

char metadataDelimiter(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size() && (text[start] == '\n' || text[start] == '\r'))
        ++start;
    const std::string_view line = text.substr(start, text.find('\n', start) - start);
    return line.find(',') == std::string_view::npos && line.find(';') != std::string_view::npos
               ? ';'
               : ',';
}

} // namespace fluxlens
