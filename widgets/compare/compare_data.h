#pragma once

#include "metric_aggregation.h"
#include "metric_set.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace fluxlens {

class Cache;
class CacheSession;
class SiteTableModel;

// The sites every model that records held-out sites held out (core/eval's commonHeldOutSites).
struct HeldOutSiteSet {
    enum class Status { Ok, NoneRecorded, NoCommonSite };
    Status status = Status::NoneRecorded;
    QStringList sites;           // sorted; empty unless Ok
    QStringList recordingModels; // the models whose lists were intersected
};
// The held-out site set of the models registered in `cache`.
HeldOutSiteSet heldOutSiteSetOf(const Cache& cache);

// What every comparison view reads: the sites (from the main window's SiteTableModel), the
// per-site metrics the evaluation engine stored in the cache, and which names are models and
// which are reference products. One per main window. The views score the site set chosen here:
// all sites with metrics, or only the models' common held-out sites.
class CompareData : public QObject {
    Q_OBJECT
public:
    explicit CompareData(SiteTableModel* sites, QObject* parent = nullptr);
    ~CompareData() override;

    // Follows the session's cache: reads its metrics off the GUI thread whenever models,
    // predictions, products or metrics change there (and now, when it is open); emits
    // metricsChanged() when done or loadFailed(message) on error. The time series reads the
    // session's cache too and hears of new series through seriesChanged().
    void setSession(CacheSession* session);
    CacheSession* session() const { return m_session; }
    void reload();
    bool isLoading() const { return m_loading; }

    // Direct setters (tests, benchmarks, a caller that already holds the metrics).
    // `references`: the names in `metrics` that are reference products.
    void setMetrics(MetricSet metrics, const QStringList& references);
    void setHeldOutSites(HeldOutSiteSet heldOut);

    // The metrics of the sites scored (siteSet()); allMetrics(): of every site.
    const MetricSet& metrics() const { return m_metrics; }
    const MetricSet& allMetrics() const { return m_allMetrics; }

    // The user's choice; HeldOut takes effect while the cache has a usable held-out set.
    void setSiteSet(SiteSet set);
    SiteSet requestedSiteSet() const { return m_requestedSiteSet; }
    SiteSet siteSet() const; // in effect
    const HeldOutSiteSet& heldOut() const { return m_heldOut; }
    bool heldOutUsable() const { return m_heldOut.status == HeldOutSiteSet::Status::Ok; }
    // Held-out sites that have metrics: the sites the held-out choice scores.
    int heldOutSitesWithMetrics() const;
    // Why the held-out choice is unavailable, for a tooltip; empty when usable.
    QString heldOutProblem() const;
    // Which sites are scored, for titles and captions: "all sites", "held-out sites only (12)".
    QString scoredSitesText() const;
    const SiteIndex& sites() const { return m_siteIndex; }
    QStringList models() const { return m_models; }         // metric names that are not references
    QStringList references() const { return m_references; } // reference products with metrics
    QStringList allNames() const { return m_models + m_references; }
    // The model the headline figures are about: the first whose name mentions TAM-RL, else the
    // first model.
    QString primaryModel() const;

Q_SIGNALS:
    void metricsChanged();
    // The requested or effective site set or the held-out set changed (emitted before
    // metricsChanged when the scored metrics change too).
    void siteSetChanged();
    void sitesChanged();
    // Observations, predictions or reference products in the cache changed: series read
    // before are stale.
    void seriesChanged();
    void loadFailed(const QString& message);

private:
    struct Loaded {
        MetricSet metrics;
        QStringList references;
        HeldOutSiteSet heldOut;
    };
    void rebuildSiteIndex();
    void applySiteSet(); // m_metrics from m_allMetrics and the site set in effect

    SiteTableModel* m_siteModel;
    CacheSession* m_session = nullptr;
    bool m_loading = false;
    int m_readSerial = 0; // only the newest read's result is applied
    MetricSet m_allMetrics;
    MetricSet m_metrics;
    HeldOutSiteSet m_heldOut;
    SiteSet m_requestedSiteSet = SiteSet::All;
    SiteIndex m_siteIndex;
    QStringList m_models;
    QStringList m_references;
};

} // namespace fluxlens
