#pragma once

#include "geo/site.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fluxlens {

// What one imported file contributes to the cache. Importers fill it; Cache::storeBatch writes it
// in one transaction, replacing whatever an earlier version of the same file contributed.
//
// Daily values are columns over a common day axis; NaN marks a missing value (the importers turn
// -9999 into NaN). Column names are the canonical ones listed in cache/variables.h.
enum class DailyKind {
    Flux,          // GPP_NT_VUT_USTAR50, NEE_VUT_USTAR50, NEE_VUT_USTAR50_QC, ... (gC m-2 d-1)
    TowerMet,      // TA_F (°C), SW_IN_F (W m-2), VPD_F (hPa), P_F (mm d-1), ...
    Reanalysis,    // ERA5-Land style drivers, converted to the units in cache/variables.h
    RemoteSensing, // MOD09GA bands 1-7 (reflectance 0-1), NDVI, EVI, NIRv, MCD12Q1 class
    Reference,     // a gridded product sampled at the site; `product` names it
    Prediction,    // model output (Cache::storePredictions only); `product` names the model
};

struct DailyTable {
    DailyKind kind = DailyKind::Flux;
    std::string siteId;
    std::string product;         // only for DailyKind::Reference, e.g. "FLUXCOM-X-BASE"
    std::vector<int> dayNumbers; // days since 1970-01-01 (common/dates.h), strictly increasing
    std::vector<std::string> columnNames;
    std::vector<std::vector<double>> columns; // columns[i].size() == dayNumbers.size()

    // The values of column `name`, or nullptr when the table has no such column.
    const std::vector<double>* column(std::string_view name) const {
        for (std::size_t i = 0; i < columnNames.size(); ++i)
            if (columnNames[i] == name)
                return &columns[i];
        return nullptr;
    }
    // Column `name` placed on `days` (sorted day numbers): NaN where the table has no such day or
    // no such column.
    std::vector<float> columnOnDays(std::string_view name, const std::vector<int>& days) const;
};

struct ImportBatch {
    std::string filePath;
    // Identifies "the same file" across versions, e.g. "FLX_DE-Hai_FLUXNET2015_FULLSET_DD" for
    // every release of that file; a later batch with the same key replaces the earlier one's rows.
    // Empty: the absolute filePath is the key.
    std::string datasetKey;
    std::string sha256;      // of the file's bytes
    std::string importer;    // e.g. "fluxnet2015-dd"
    std::vector<Site> sites; // sites defined or updated by this file (metadata files)
    std::vector<DailyTable> tables;
    std::vector<std::string> warnings; // non-fatal findings shown to the user after the import
};

} // namespace fluxlens
