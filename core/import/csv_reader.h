#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens {

// A fast reader for the delimited text files the importers read (FLUXNET, site metadata, point
// extracts). It works on the whole file's text held in memory, splits one row at a time into
// views (no copy unless a field is quoted) and validates as it goes:
//  - the text must be UTF-8 (a UTF-8 byte-order mark is skipped; UTF-16 and binary data are
//    rejected), the header non-empty and without duplicated column names;
//  - every row must have exactly as many fields as the header (a short last line is reported as
//    a truncated file, a single-field header holding ';' or tabs as a wrong delimiter);
//  - RFC 4180 quoting ("a, b", "say ""hi""") is understood, quoted fields may span lines.
// Empty lines are skipped and counted so the importer can warn about them.
// Every error is an InputError naming the file and the line.
class CsvReader {
public:
    // `label` names the file in errors; `text` must outlive the reader.
    CsvReader(std::string label, std::string_view text, char delimiter = ',');

    const std::string& label() const { return m_label; }
    const std::vector<std::string>& header() const { return m_header; }
    std::int64_t headerLine() const { return m_headerLine; }
    std::optional<std::size_t> findColumn(std::string_view name) const;
    std::optional<std::size_t> findColumnIgnoreCase(std::string_view name) const;
    // Throws InputError naming the header line when the column is absent.
    std::size_t requireColumn(std::string_view name) const;

    // Advances to the next data row; false at the end of the file.
    bool next();
    std::int64_t line() const { return m_rowLine; } // 1-based line of the current row
    std::size_t fieldCount() const { return m_fields.size(); }
    std::string_view field(std::size_t column) const { return m_fields[column]; }
    // A numeric cell of the current row: NaN when empty, "NA", "NaN" or -9999 (FLUXNET's missing
    // value); throws InputError naming line and column when the cell is not a number.
    double number(std::size_t column) const;

    double fractionRead() const;
    std::int64_t emptyLinesSkipped() const { return m_emptyLines; }
    std::int64_t firstEmptyLine() const { return m_firstEmptyLine; }
    std::int64_t rowsRead() const { return m_rows; }

    [[noreturn]] void fail(const std::string& message) const;                      // current line
    [[noreturn]] void failAt(std::int64_t line, const std::string& message) const; // given line

private:
    void checkEncoding() const;
    bool readRecord(std::vector<std::string_view>& fields, std::int64_t& recordLine);
    void splitQuoted(std::vector<std::string_view>& fields);

    std::string m_label;
    std::string_view m_text;
    char m_delimiter;
    std::size_t m_pos = 0;
    std::int64_t m_nextLine = 1; // line number of the text at m_pos
    std::vector<std::string> m_header;
    std::int64_t m_headerLine = 0;
    std::vector<std::string_view> m_fields;
    std::string m_unquoted; // storage for unescaped quoted fields of the current row
    std::int64_t m_rowLine = 0;
    std::int64_t m_rows = 0;
    std::int64_t m_emptyLines = 0;
    std::int64_t m_firstEmptyLine = 0;
};

// Parses a whole cell as a finite number (surrounding blanks allowed). std::nullopt otherwise.
std::optional<double> parseNumber(std::string_view text);
std::string_view trimBlanks(std::string_view text);
// ';' when the first non-empty line holds semicolons but no comma (a spreadsheet's CSV in a
// decimal-comma locale), else ','.
char metadataDelimiter(std::string_view text);

} // namespace fluxlens
