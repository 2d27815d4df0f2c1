#include "import/xlsx_sheet.h"

#include "common/input_error.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>

namespace fluxlens {
namespace {
struct DatasetCloser {
    void operator()(void* dataset) const { GDALClose(static_cast<GDALDatasetH>(dataset)); }
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
    // Every cell as text: GDAL would otherwise type columns and reformat numbers and dates.
    const char* const options[] = {"HEADERS=FORCE", "FIELD_TYPES=STRING", nullptr};
    std::unique_ptr<void, DatasetCloser> dataset(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
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
