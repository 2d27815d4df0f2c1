#include "compare_data.h"

#include "cache/cache.h"
#include "eval/heldout_sites.h"
#include "session/cache_session.h"
#include "site_table_model.h"

#include <QSet>

namespace fluxlens {
namespace {
QStringList toQt(const std::vector<std::string>& texts) {
    QStringList out;
    out.reserve(static_cast<qsizetype>(texts.size()));
    for (const std::string& t : texts)
        out.append(QString::fromStdString(t));
    return out;
}
} // namespace

HeldOutSiteSet heldOutSiteSetOf(const Cache& cache) {
    HeldOutSiteSet out;
    const eval::HeldOutSites found = eval::commonHeldOutSites(cache.models());
    switch (found.status) {
    case eval::HeldOutSites::Status::Ok:
        out.status = HeldOutSiteSet::Status::Ok;
        break;
    case eval::HeldOutSites::Status::NoneRecorded:
        out.status = HeldOutSiteSet::Status::NoneRecorded;
        break;
    case eval::HeldOutSites::Status::NoCommonSite:
        out.status = HeldOutSiteSet::Status::NoCommonSite;
        break;
    }
    out.sites = toQt(found.siteIds);
    out.recordingModels = toQt(found.recordingModels);
    return out;
}

CompareData::CompareData(SiteTableModel* sites, QObject* parent)
    : QObject(parent)
    , m_siteModel(sites) {
    connect(m_siteModel, &QAbstractItemModel::modelReset, this, [this] {
        rebuildSiteIndex();
        Q_EMIT sitesChanged();
    });
    rebuildSiteIndex();
}

CompareData::~CompareData() = default;

void CompareData::setSession(CacheSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!m_session)
        return;
    connect(m_session, &CacheSession::changed, this, [this](CacheChanges changes) {
        if (changes & (CacheChange::Drivers | CacheChange::Products | CacheChange::Predictions))
            Q_EMIT seriesChanged();
        if (changes & (CacheChange::Models | CacheChange::Products | CacheChange::Predictions |
                       CacheChange::Evaluations | CacheChange::Sites))
            reload();
    });
    if (m_session->isOpen())
        reload();
}

void CompareData::reload() {
    if (!m_session || !m_session->isOpen())
        return;
    m_loading = true;
    const int serial = ++m_readSerial;
    m_session->read<Loaded>(
        this,
        [](const Cache& cache) {
            Loaded out;
            out.metrics = MetricSet::fromCache(cache.loadMetrics());
            out.references = toQt(cache.referenceProducts());
            out.heldOut = heldOutSiteSetOf(cache);
            return out;
        },
        [this, serial](Loaded loaded) {
            if (serial != m_readSerial)
                return; // a newer read is under way
            m_loading = false;
            m_heldOut = std::move(loaded.heldOut);
            setMetrics(std::move(loaded.metrics), loaded.references);
        },
        [this, serial](const QString& message) {
            if (serial == m_readSerial)
                m_loading = false;
            Q_EMIT loadFailed(message);
        });
}

void CompareData::setMetrics(MetricSet metrics, const QStringList& references) {
    m_allMetrics = std::move(metrics);
    m_models.clear();
    m_references.clear();
    for (const QString& name : m_allMetrics.models())
        (references.contains(name) ? m_references : m_models).append(name);
    applySiteSet();
    Q_EMIT siteSetChanged();
    Q_EMIT metricsChanged();
}

void CompareData::setHeldOutSites(HeldOutSiteSet heldOut) {
    const SiteSet before = siteSet();
    m_heldOut = std::move(heldOut);
    applySiteSet();
    Q_EMIT siteSetChanged();
    if (before != siteSet() || before == SiteSet::HeldOut)
        Q_EMIT metricsChanged();
}

void CompareData::setSiteSet(SiteSet set) {
    if (set == m_requestedSiteSet)
        return;
    const SiteSet before = siteSet();
    m_requestedSiteSet = set;
    applySiteSet();
    Q_EMIT siteSetChanged();
    if (before != siteSet())
        Q_EMIT metricsChanged();
}

SiteSet CompareData::siteSet() const {
    return m_requestedSiteSet == SiteSet::HeldOut && heldOutUsable() ? SiteSet::HeldOut
                                                                     : SiteSet::All;
}

void CompareData::applySiteSet() {
    if (siteSet() == SiteSet::All) {
        m_metrics = m_allMetrics;
        return;
    }
    m_metrics =
        m_allMetrics.restrictedTo(QSet<QString>(m_heldOut.sites.cbegin(), m_heldOut.sites.cend()));
}

int CompareData::heldOutSitesWithMetrics() const {
    const QStringList& withMetrics = m_allMetrics.sites();
    int count = 0;
    for (const QString& site : m_heldOut.sites)
        count += withMetrics.contains(site) ? 1 : 0;
    return count;
}

QString CompareData::heldOutProblem() const {
    switch (m_heldOut.status) {
    case HeldOutSiteSet::Status::Ok:
        return {};
    case HeldOutSiteSet::Status::NoneRecorded:
        return tr(
            "No model in this cache records its held-out sites: train with a held-out "
            "split (Models ▸ Train a model…, or fluxlens-cli train --holdout-fraction) to score "
            "sites the models never saw");
    case HeldOutSiteSet::Status::NoCommonSite:
        return tr("The held-out sites of %1 have no site in common")
            .arg(m_heldOut.recordingModels.join(QStringLiteral(", ")));
    }
    return {};
}

QString CompareData::scoredSitesText() const {
    if (siteSet() == SiteSet::All)
        return tr("all sites");
    return tr("held-out sites only (%n)", nullptr, heldOutSitesWithMetrics());
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
