// Cache: models, their predictions and metrics.
#include "cache/cache.h"
#include "cache/daily_store.h"
#include "common/input_error.h"

#include <chrono>

namespace fluxlens {
namespace {
std::int64_t unixSecondsNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<std::int64_t> findModelId(const sqlite::Database& db, const std::string& name) {
    auto query = db.prepare("SELECT id FROM models WHERE name = ?1");
    query.bind(1, name);
    if (!query.step())
        return std::nullopt;
    return query.columnInt(0);
}

// The model's id, registering the name (empty kind and folder) when it is new.
std::int64_t modelId(const sqlite::Database& db, const std::string& name) {
    if (name.empty())
        throw InputError(db.path(), "a model needs a name");
    if (auto id = findModelId(db, name))
        return *id;
    auto insert = db.prepare("INSERT INTO models(name, created_at) VALUES(?1, ?2)");
    insert.bind(1, name);
    insert.bind(2, unixSecondsNow());
    insert.run();
    return *findModelId(db, name);
}

ModelRecord readModel(const sqlite::Statement& row) {
    ModelRecord model;
    model.name = row.columnText(0);
    model.kind = row.columnText(1);
    model.folder = row.columnText(2);
    model.metadataJson = row.columnText(3);
    model.createdAtUnixSeconds = row.columnInt(4);
    return model;
}

constexpr const char* kModelColumns = "name, kind, folder, metadata_json, created_at";
} // namespace

void Cache::storePredictions(const std::string& modelName, const std::string& siteId,
                             const DailyTable& predictions) {
    DailyTable table = predictions;
    table.kind = DailyKind::Prediction;
    table.product = modelName;
    table.siteId = siteId;
    const std::string context = "predictions of model '" + modelName + "'";
    daily_store::validate(table, context);

    sqlite::Transaction transaction(m_db);
    const std::int64_t model = modelId(m_db, modelName);
    daily_store::ensureSite(m_db, siteId, context);
    auto remove =
        m_db.prepare("DELETE FROM prediction_blocks WHERE model_id = ?1 AND site_id = ?2");
    remove.bind(1, model);
    remove.bind(2, siteId);
    remove.run();
    daily_store::write(m_db, table, model, {});
    transaction.commit();
}

DailyTable Cache::loadPredictions(const std::string& modelName, const std::string& siteId) const {
    DailyTable table =
        daily_store::load(m_db, DailyKind::Prediction, siteId, findModelId(m_db, modelName));
    table.product = modelName;
    return table;
}

std::vector<std::string> Cache::predictionModels() const {
    auto query = m_db.prepare("SELECT name FROM models m WHERE EXISTS "
                              "(SELECT 1 FROM prediction_blocks WHERE model_id = m.id) "
                              "ORDER BY name");
    std::vector<std::string> names;
    while (query.step())
        names.push_back(query.columnText(0));
    return names;
}

void Cache::storeMetrics(const std::vector<MetricRecord>& metrics) {
    sqlite::Transaction transaction(m_db);
    auto upsert = m_db.prepare(R"sql(
INSERT INTO metrics(model_id, target, qc_mask, site_id, rmse, r2, bias, mae, n, model_version,
                    data_version, computed_at)
VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
ON CONFLICT(model_id, target, qc_mask, site_id) DO UPDATE SET
    rmse = excluded.rmse, r2 = excluded.r2, bias = excluded.bias, mae = excluded.mae,
    n = excluded.n, model_version = excluded.model_version, data_version = excluded.data_version,
    computed_at = excluded.computed_at
)sql");
    const std::int64_t now = unixSecondsNow();
    for (const MetricRecord& m : metrics) {
        if (m.target.empty())
            throw InputError(m_path, "a metric of model '" + m.modelName + "' without a target");
        upsert.bind(1, modelId(m_db, m.modelName));
        upsert.bind(2, m.target);
        upsert.bind(3, m.qcMask);
        upsert.bind(4, m.siteId);
        upsert.bind(5, m.rmse);
        upsert.bind(6, m.r2);
        upsert.bind(7, m.bias);
        upsert.bind(8, m.mae);
        upsert.bind(9, m.n);
        upsert.bind(10, m.modelVersion);
        upsert.bind(11, m.dataVersion);
        upsert.bind(12, now);
        upsert.run();
    }
    transaction.commit();
}

std::vector<MetricRecord> Cache::loadMetrics(const std::string& modelName) const {
    auto query = m_db.prepare(
        "SELECT m.name, x.target, x.qc_mask, x.site_id, x.rmse, x.r2, x.bias, x.mae, x.n, "
        "x.model_version, x.data_version FROM metrics x JOIN models m ON m.id = x.model_id "
        "WHERE ?1 = '' OR m.name = ?1 ORDER BY m.name, x.target, x.qc_mask, x.site_id");
    query.bind(1, modelName);
    std::vector<MetricRecord> metrics;
    while (query.step()) {
        MetricRecord m;
        m.modelName = query.columnText(0);
        m.target = query.columnText(1);
        m.qcMask = query.columnText(2);
        m.siteId = query.columnText(3);
        m.rmse = query.columnDouble(4);
        m.r2 = query.columnDouble(5);
        m.bias = query.columnDouble(6);
        m.mae = query.columnDouble(7);
        m.n = query.columnInt(8);
        m.modelVersion = query.columnText(9);
        m.dataVersion = query.columnText(10);
        metrics.push_back(std::move(m));
    }
    return metrics;
}

void Cache::registerModel(const ModelRecord& model) {
    if (model.name.empty())
        throw InputError(m_path, "a model needs a name");
    sqlite::Transaction transaction(m_db);
    auto upsert = m_db.prepare(R"sql(
INSERT INTO models(name, kind, folder, metadata_json, created_at) VALUES(?1, ?2, ?3, ?4, ?5)
ON CONFLICT(name) DO UPDATE SET
    kind = excluded.kind, folder = excluded.folder, metadata_json = excluded.metadata_json
)sql");
    upsert.bind(1, model.name);
    upsert.bind(2, model.kind);
    upsert.bind(3, model.folder);
    upsert.bind(4, model.metadataJson.empty() ? std::string("{}") : model.metadataJson);
    upsert.bind(5, unixSecondsNow());
    upsert.run();
    transaction.commit();
}

std::vector<ModelRecord> Cache::models() const {
    auto query =
        m_db.prepare(std::string("SELECT ") + kModelColumns + " FROM models ORDER BY name");
    std::vector<ModelRecord> result;
    while (query.step())
        result.push_back(readModel(query));
    return result;
}

std::optional<ModelRecord> Cache::model(const std::string& name) const {
    auto query =
        m_db.prepare(std::string("SELECT ") + kModelColumns + " FROM models WHERE name = ?1");
    query.bind(1, name);
    if (!query.step())
        return std::nullopt;
    return readModel(query);
}

bool Cache::removeModel(const std::string& name) {
    sqlite::Transaction transaction(m_db);
    auto remove = m_db.prepare("DELETE FROM models WHERE name = ?1");
    remove.bind(1, name);
    remove.run();
    const bool removed = m_db.changes() > 0;
    transaction.commit();
    return removed;
}

} // namespace fluxlens
