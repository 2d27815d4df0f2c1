#include "cache/schema.h"

#include "common/input_error.h"

#include <array>
#include <string>
#include <string_view>

namespace fluxlens::cache_schema {
namespace {

// Version 1: sites, observed and reference daily data, provenance. Daily tables are WITHOUT
// ROWID, keyed by (site, day as days since 1970), with one nullable REAL per variable: a row
// costs its key plus 8 bytes per value (NULL costs one header byte).
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE sites(
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    lat REAL,
    lon REAL,
    elevation_m REAL,
    igbp TEXT NOT NULL DEFAULT '',
    koppen TEXT NOT NULL DEFAULT '',
    koppen_derived INTEGER NOT NULL DEFAULT 0,
    network TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE flux_daily(
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    GPP_NT_VUT_USTAR50 REAL, GPP_DT_VUT_USTAR50 REAL, GPP_NT_VUT_REF REAL, GPP_DT_VUT_REF REAL,
    RECO_NT_VUT_USTAR50 REAL, RECO_DT_VUT_USTAR50 REAL, RECO_NT_VUT_REF REAL, RECO_DT_VUT_REF REAL,
    NEE_VUT_USTAR50 REAL, NEE_VUT_USTAR50_QC REAL, NEE_VUT_REF REAL, NEE_VUT_REF_QC REAL,
    LE_F_MDS REAL, LE_F_MDS_QC REAL, LE_CORR REAL, H_F_MDS REAL, H_F_MDS_QC REAL, H_CORR REAL,
    PRIMARY KEY(site_id, day)
) WITHOUT ROWID;

CREATE TABLE met_daily(
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    TA_F REAL, TA_F_QC REAL, SW_IN_F REAL, SW_IN_F_QC REAL, SW_IN_POT REAL, LW_IN_F REAL,
    VPD_F REAL, VPD_F_QC REAL, P_F REAL, PA_F REAL, WS_F REAL, CO2_F_MDS REAL, NETRAD REAL,
    G_F_MDS REAL, PPFD_IN REAL, TS_F_MDS_1 REAL, SWC_F_MDS_1 REAL,
    PRIMARY KEY(site_id, day)
) WITHOUT ROWID;

CREATE TABLE reanalysis_daily(
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    t2m_degC REAL, t2m_min_degC REAL, t2m_max_degC REAL, d2m_degC REAL, vpd_hPa REAL,
    ssrd_W_m2 REAL, strd_W_m2 REAL, tp_mm_d REAL, e_mm_d REAL, swvl1_m3_m3 REAL,
    swvl2_m3_m3 REAL, stl1_degC REAL, sp_kPa REAL, wind_m_s REAL, snow_depth_m REAL,
    PRIMARY KEY(site_id, day)
) WITHOUT ROWID;

CREATE TABLE rs_daily(
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    b1 REAL, b2 REAL, b3 REAL, b4 REAL, b5 REAL, b6 REAL, b7 REAL,
    NDVI REAL, EVI REAL, NIRv REAL, lc_type1 REAL,
    PRIMARY KEY(site_id, day)
) WITHOUT ROWID;

CREATE TABLE reference_products(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE reference_daily(
    product_id INTEGER NOT NULL REFERENCES reference_products(id) ON DELETE CASCADE,
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    GPP REAL, NEE REAL, RECO REAL, ET REAL, LE REAL, H REAL,
    PRIMARY KEY(product_id, site_id, day)
) WITHOUT ROWID;

-- Flux extent per site, kept current by every import so the site list is one cheap query.
CREATE TABLE site_summary(
    site_id TEXT PRIMARY KEY NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    first_day INTEGER,
    last_day INTEGER,
    flux_days INTEGER NOT NULL,
    gpp_days INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE import_log(
    id INTEGER PRIMARY KEY,
    file_path TEXT NOT NULL,
    dataset_key TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    importer TEXT NOT NULL,
    rows INTEGER NOT NULL,
    imported_at INTEGER NOT NULL,
    superseded INTEGER NOT NULL DEFAULT 0,
    warnings TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_log_by_sha ON import_log(sha256) WHERE superseded = 0;
CREATE INDEX import_log_by_key ON import_log(dataset_key) WHERE superseded = 0;

-- Which values each import wrote: a table, a site (and product), a set of columns and the days
-- as runs of consecutive days (little-endian int32 pairs first, last). A newer version of the
-- file clears these cells (less those a later import wrote) before writing its own.
CREATE TABLE import_contributions(
    import_id INTEGER NOT NULL REFERENCES import_log(id) ON DELETE CASCADE,
    table_name TEXT NOT NULL,
    site_id TEXT NOT NULL,
    product_id INTEGER,
    columns TEXT NOT NULL,
    day_runs BLOB NOT NULL
);
CREATE INDEX import_contributions_by_import ON import_contributions(import_id);
CREATE INDEX import_contributions_by_site ON import_contributions(site_id, table_name);
)sql";

// Version 2: models, their predictions and evaluation metrics (TAM-RL and baselines).
constexpr std::string_view kVersion2 = R"sql(
CREATE TABLE models(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT '',
    metadata_json TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
);

CREATE TABLE prediction_daily(
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    site_id TEXT NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    GPP_mean REAL, GPP_sd REAL, RECO_mean REAL, RECO_sd REAL, NEE_mean REAL, NEE_sd REAL,
    PRIMARY KEY(model_id, site_id, day)
) WITHOUT ROWID;

-- site_id '' is a figure pooled over all sites.
CREATE TABLE metrics(
    model_id INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    target TEXT NOT NULL,
    qc_mask TEXT NOT NULL,
    site_id TEXT NOT NULL,
    rmse REAL,
    r2 REAL,
    bias REAL,
    mae REAL,
    n INTEGER NOT NULL,
    model_version TEXT NOT NULL DEFAULT '',
    data_version TEXT NOT NULL DEFAULT '',
    computed_at INTEGER NOT NULL,
    PRIMARY KEY(model_id, target, qc_mask, site_id)
) WITHOUT ROWID;
)sql";

void migrateToVersion1(const sqlite::Database& db) {
    db.exec(kVersion1);
}

void migrateToVersion2(const sqlite::Database& db) {
    db.exec(kVersion2);
}

// Version 3: where each site's Köppen class came from ('metadata', 'map' or 'climate'; '' for
// none) replaces the boolean koppen_derived (1 becomes 'climate', 0 with a class 'metadata');
// met_daily gains the ERA5 series ONEFlux downscales to the tower (FLUXNET Shuttle ERA5_DD and
// the _ERA columns of FLUXMET files, core/import/README.md).
constexpr std::string_view kVersion3 = R"sql(
ALTER TABLE sites ADD COLUMN koppen_source TEXT NOT NULL DEFAULT '';
UPDATE sites SET koppen_source = CASE
    WHEN koppen = '' THEN ''
    WHEN koppen_derived <> 0 THEN 'climate'
    ELSE 'metadata' END;
ALTER TABLE sites DROP COLUMN koppen_derived;
ALTER TABLE met_daily ADD COLUMN TA_ERA REAL;
ALTER TABLE met_daily ADD COLUMN TA_ERA_DAY REAL;
ALTER TABLE met_daily ADD COLUMN TA_ERA_NIGHT REAL;
ALTER TABLE met_daily ADD COLUMN SW_IN_ERA REAL;
ALTER TABLE met_daily ADD COLUMN LW_IN_ERA REAL;
ALTER TABLE met_daily ADD COLUMN VPD_ERA REAL;
ALTER TABLE met_daily ADD COLUMN PA_ERA REAL;
ALTER TABLE met_daily ADD COLUMN P_ERA REAL;
ALTER TABLE met_daily ADD COLUMN WS_ERA REAL;
)sql";

void migrateToVersion3(const sqlite::Database& db) {
    db.exec(kVersion3);
}

using Migration = void (*)(const sqlite::Database&);

// In order: migrations[i] takes a cache from user_version i to i + 1. Never edit a released
// entry; append a new one instead.
constexpr std::array<Migration, 4> kMigrations = {migrateToVersion1, migrateToVersion2,
                                                  migrateToVersion3, migrateToVersion4};

} // namespace

int latestVersion() {
    return static_cast<int>(kMigrations.size());
}

void migrate(const sqlite::Database& db, int fromVersion, int toVersion) {
    if (fromVersion < 0 || toVersion > latestVersion() || fromVersion > toVersion)
        throw InputError(db.path(), "cannot migrate the cache from schema version " +
                                        std::to_string(fromVersion) + " to " +
                                        std::to_string(toVersion));
    if (fromVersion == 0)
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    for (int version = fromVersion; version < toVersion; ++version)
        kMigrations[static_cast<std::size_t>(version)](db);
    db.exec("PRAGMA user_version = " + std::to_string(toVersion));
}

} // namespace fluxlens::cache_schema
