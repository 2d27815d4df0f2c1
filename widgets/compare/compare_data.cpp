#include "compare_data.h"

#include "cache/cache.h"
#include "site_table_model.h"

#include <QtConcurrent/QtConcurrentRun>
#include <exception>

namespace fluxlens {

CompareData::CompareData(SiteTableModel* sites, QObject* parent)
    : QObject(parent)
    , m_siteModel(sites) {
    connect(m_siteModel, &QAbstractItemModel::modelReset, this, [this] {
        rebuildSiteIndex();
        Q_EMIT sitesChanged();
    });
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        Loaded loaded = m_watcher.result();
        if (!loaded.error.isEmpty()) {
            Q_EMIT loadFailed(loaded.error);
            return;
        }
        setMetrics(std::move(loaded.metrics), loaded.references);
    });
    rebuildSiteIndex();
}

CompareData::~CompareData() {
    m_watcher.waitForFinished();
}

void CompareData::setCachePath(const QString& path) {
    m_cachePath = path;
    reload();
}

void CompareData::reload() {
    if (m_cachePath.isEmpty())
        return;
    m_watcher.waitForFinished(); // a metrics read takes milliseconds; keep one at a time
    const QString path = m_cachePath;
    m_watcher.setFuture(QtConcurrent::run([path] {
        Loaded out;
        try {
            const Cache cache = Cache::open(path.toStdString());
            out.metrics = MetricSet::fromCache(cache.loadMetrics());
            for (const std::string& p : cache.referenceProducts())
                out.references.append(QString::fromStdString(p));
        } catch (const std::exception& e) {
            out.error = QString::fromUtf8(e.what());
        }
        return out;
    }));
}

void CompareData::setMetrics(MetricSet metrics, const QStringList& references) {
    m_metrics = std::move(metrics);
    m_models.clear();
    m_references.clear();
    for (const QString& name : m_metrics.models())
        (references.contains(name) ? m_references : m_models).append(name);
    Q_EMIT metricsChanged();
}

QString CompareData::primaryModel() const {
    for (const QString& m : m_models) {
        QString simple = m.toLower();
        simple.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
        if (simple.contains(QStringLiteral("tamrl")))
            return m;
    }
    return m_models.value(0);
}

void CompareData::rebuildSiteIndex() {
    m_siteIndex.clear();
    for (const SiteRecord& r : m_siteModel->sites())
        m_siteIndex.insert(r.id(), r);
}

} // namespace fluxlens
