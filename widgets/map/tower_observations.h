#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <map>
#include <optional>

namespace fluxlens {

class CacheSession;

// The towers' daily observations of a flux (GPP, RECO, NEE), read once per flux from the open
// cache off the GUI thread, for the raster layer's tooltip. Read again when the cache changes.
class TowerObservations : public QObject {
    Q_OBJECT
public:
    explicit TowerObservations(QObject* parent = nullptr);

    void setSession(CacheSession* session);
    // The cache column observed for a flux, e.g. GPP_NT_VUT_USTAR50; empty for other variables.
    static QString columnFor(const QString& flux);
    // Starts reading `flux` unless it is read or being read; loaded() follows.
    void request(const QString& flux);
    // The observation on `day`; std::nullopt when not read (yet) or missing that day.
    std::optional<double> observed(const QString& site, const QString& flux, int day) const;

Q_SIGNALS:
    void loaded(const QString& flux);

private:
    using PerSite = QHash<QString, std::map<int, double>>;
    QPointer<CacheSession> m_session;
    QHash<QString, PerSite> m_byFlux;
    QSet<QString> m_reading;
    int m_generation = 0; // reads started before the cache changed are dropped
};

} // namespace fluxlens
