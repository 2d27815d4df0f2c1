#pragma once

#include "metric_aggregation.h"
#include "metric_set.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>

namespace fluxlens {

class SiteTableModel;

// What every comparison view reads: the sites (from the main window's SiteTableModel), the
// per-site metrics the evaluation engine stored in the cache, and which names are models and
// which are reference products. One per main window.
class CompareData : public QObject {
    Q_OBJECT
public:
    explicit CompareData(SiteTableModel* sites, QObject* parent = nullptr);
    ~CompareData() override;

    // Reads the metrics of the cache at `path` off the GUI thread (own connection); emits
    // metricsChanged() when done or loadFailed(message) on error. Also the path the time series
    // reads its data from.
    void setCachePath(const QString& path);
    void reload();
    QString cachePath() const { return m_cachePath; }
    bool isLoading() const { return m_watcher.isRunning(); }

    // Direct setter (tests, benchmarks, a caller that already holds the metrics).
    // `references`: the names in `metrics` that are reference products.
    void setMetrics(MetricSet metrics, const QStringList& references);

    const MetricSet& metrics() const { return m_metrics; }
    const SiteIndex& sites() const { return m_siteIndex; }
    QStringList models() const { return m_models; }         // metric names that are not references
    QStringList references() const { return m_references; } // reference products with metrics
    QStringList allNames() const { return m_models + m_references; }
    // The model the headline figures are about: the first whose name mentions TAM-RL, else the
    // first model.
    QString primaryModel() const;

Q_SIGNALS:
    void metricsChanged();
    void sitesChanged();
    void loadFailed(const QString& message);

private:
    struct Loaded {
        MetricSet metrics;
        QStringList references;
        QString error;
    };
    void rebuildSiteIndex();

    SiteTableModel* m_siteModel;
    QString m_cachePath;
    MetricSet m_metrics;
    SiteIndex m_siteIndex;
    QStringList m_models;
    QStringList m_references;
    QFutureWatcher<Loaded> m_watcher;
};

} // namespace fluxlens
