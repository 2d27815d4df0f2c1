#include "tower_observations.h"

#include "cache/variables.h"
#include "import/gridded_series.h"
#include "session/cache_session.h"

#include <cmath>

namespace fluxlens {

TowerObservations::TowerObservations(QObject* parent)
    : QObject(parent) {}

void TowerObservations::setSession(CacheSession* session) {
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_byFlux.clear();
    m_reading.clear();
    ++m_generation;
    if (!session)
        return;
    connect(session, &CacheSession::changed, this, [this](CacheChanges changes) {
        if (changes & (CacheChange::Sites | CacheChange::Drivers)) {
            m_byFlux.clear();
            m_reading.clear();
            ++m_generation;
        }
    });
}

QString TowerObservations::columnFor(const QString& flux) {
    const auto canonical = canonicalGriddedVariable(flux.toStdString());
    if (!canonical)
        return {};
    if (*canonical == var::GPP)
        return QString::fromUtf8(var::GPP_NT_VUT_USTAR50.data());
    if (*canonical == var::RECO)
        return QString::fromUtf8(var::RECO_NT_VUT_USTAR50.data());
    return QString::fromUtf8(var::NEE_VUT_USTAR50.data());
}

void TowerObservations::request(const QString& flux) {
    const QString column = columnFor(flux);
    if (column.isEmpty() || !m_session || !m_session->isOpen() || m_byFlux.contains(column) ||
        m_reading.contains(column))
        return;
    m_reading.insert(column);
    const int generation = m_generation;
    m_session->read<PerSite>(
        this,
        [column = column.toStdString()](const Cache& cache) {
            PerSite perSite;
            for (const std::string& site : cache.sitesWithDaily(DailyKind::Flux)) {
                const DailyTable table = cache.loadDaily(site, DailyKind::Flux);
                const std::vector<double>* values = table.column(column);
                if (!values)
                    continue;
                auto& days = perSite[QString::fromStdString(site)];
                for (std::size_t i = 0; i < values->size(); ++i)
                    if (std::isfinite((*values)[i]))
                        days.emplace(table.dayNumbers[i], (*values)[i]);
            }
            return perSite;
        },
        [this, column, flux, generation](PerSite perSite) {
            if (generation != m_generation)
                return;
            m_reading.remove(column);
            m_byFlux.insert(column, std::move(perSite));
            Q_EMIT loaded(flux);
        },
        [this, column, generation](const QString&) {
            // Without observations the tooltip shows the pixel value alone; the session
            // reports cache problems itself.
            if (generation == m_generation)
                m_reading.remove(column);
        });
}

std::optional<double> TowerObservations::observed(const QString& site, const QString& flux,
                                                  int day) const {
    const auto perSite = m_byFlux.constFind(columnFor(flux));
    if (perSite == m_byFlux.constEnd())
        return std::nullopt;
    const auto days = perSite->constFind(site);
    if (days == perSite->constEnd())
        return std::nullopt;
    const auto it = days->find(day);
    return it == days->end() ? std::nullopt : std::optional<double>(it->second);
}

} // namespace fluxlens
