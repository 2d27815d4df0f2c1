#pragma once

#include <string>

namespace fluxlens {

bool looksLikeXlsxFile(const std::string& path); // by extension: .xlsx

// A spreadsheet sheet as CSV text, read with GDAL's XLSX driver (first row = header, every cell
// as text), so the text importers can read a BADM BIF workbook or a site table as distributed.
// The sheet is the first one whose header names SITE_ID (BIF) or a site id column; else the first
// sheet. Row N of the sheet is line N of the text, so errors name the sheet's row.
struct XlsxSheetText {
    std::string sheetName;
    std::string csv;
};

// Throws InputError naming `path` when GDAL cannot read it as a workbook or it has no sheet with
// a header row.
XlsxSheetText readXlsxSheetAsCsv(const std::string& path);

} // namespace fluxlens
