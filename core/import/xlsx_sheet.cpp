#include "import/xlsx_sheet.h"

#include "common/input_error.h"

#include <algorithm>
#include <cctype>
#include <cpl_conv.h>
#include <filesystem>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>
#include <optional>

namespace fluxlens {
namespace {
struct DatasetCloser {
    void operator()(void* dataset) const { GDALClose(static_cast<GDALDatasetH>(dataset)); }
};
// GDAL 3.6's XLSX driver takes its reading options as configuration options only; set for this
// thread while the workbook is open.
class ScopedConfigOption {
public:
    ScopedConfigOption(const char* key, const char* value)
        : m_key(key) {
        if (const char* previous = CPLGetThreadLocalConfigOption(key, nullptr))
            m_previous = previous;
        CPLSetThreadLocalConfigOption(key, value);
    }
    ~ScopedConfigOption() {
        CPLSetThreadLocalConfigOption(m_key, m_previous ? m_previous->c_str() : nullptr);
    }
    ScopedConfigOption(const ScopedConfigOption&) = delete;
    ScopedConfigOption& operator=(const ScopedConfigOption&) = delete;

private:
    const char* m_key;
    std::optional<std::string> m_previous;
};

struct FeatureDestroyer {
    void operator()(void* feature) const { OGR_F_Destroy(static_cast<OGRFeatureH>(feature)); }
};

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool namesSites(OGRLayerH layer) {
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
        const std::string name = lower(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
        if (name == "site_id" || name == "id")
            return true;
    }
    return false;
}

void appendCsvField(std::string& out, const std::string& value) {
    if (value.find_first_of(",\"\n\r") == std::string::npos) {
        out += value;
        return;
    }
    out += '"';
    for (char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}
} // namespace

bool looksLikeXlsxFile(const std::string& path) {
    return lower(std::filesystem::path(path).extension().string()) == ".xlsx";
}

XlsxSheetText readXlsxSheetAsCsv(const std::string& path) {
    GDALAllRegister();
    const char* const drivers[] = {"XLSX", nullptr};
    // The first row is the header; every cell is read as text (GDAL would otherwise type the
    // columns and reformat numbers and dates).
    const ScopedConfigOption headers("OGR_XLSX_HEADERS", "FORCE");
    const ScopedConfigOption types("OGR_XLSX_FIELD_TYPES", "STRING");
    std::unique_ptr<void, DatasetCloser> dataset(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset)
        throw InputError(path, "GDAL's XLSX driver cannot read this file as an Excel workbook");
    const auto handle = static_cast<GDALDatasetH>(dataset.get());
    const int layers = GDALDatasetGetLayerCount(handle);
    if (layers == 0)
        throw InputError(path, "the workbook has no sheet");
    OGRLayerH layer = GDALDatasetGetLayer(handle, 0);
    for (int i = 0; i < layers; ++i)
        if (namesSites(GDALDatasetGetLayer(handle, i))) {
            layer = GDALDatasetGetLayer(handle, i);
            break;
        }
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    const int fields = OGR_FD_GetFieldCount(definition);
    if (fields == 0)
        throw InputError(path,
                         std::string("sheet '") + OGR_L_GetName(layer) + "' has no header row");
    XlsxSheetText sheet;
    sheet.sheetName = OGR_L_GetName(layer);
    for (int i = 0; i < fields; ++i) {
        if (i)
            sheet.csv += ',';
        appendCsvField(sheet.csv, OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
    }
    sheet.csv += '\n';
    OGR_L_ResetReading(layer);
    while (std::unique_ptr<void, FeatureDestroyer> feature{OGR_L_GetNextFeature(layer)}) {
        const auto f = static_cast<OGRFeatureH>(feature.get());
        for (int i = 0; i < fields; ++i) {
            if (i)
                sheet.csv += ',';
            if (OGR_F_IsFieldSetAndNotNull(f, i))
                appendCsvField(sheet.csv, OGR_F_GetFieldAsString(f, i));
        }
        sheet.csv += '\n';
    }
    return sheet;
}

} // namespace fluxlens
