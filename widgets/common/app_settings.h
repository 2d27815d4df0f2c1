#pragma once

#include "geo/projection.h"

#include <QObject>
#include <QString>

class QSettings;

namespace fluxlens {

// The one typed facade over QSettings: every setting the GUI keeps, with change signals.
class AppSettings : public QObject {
    Q_OBJECT
public:
    explicit AppSettings(QObject* parent = nullptr);
    ~AppSettings() override;

    // Land polygons for the map: $FLUXLENS_BASEMAP, else the setting, else the GSHHS default.
    QString basemapPath() const;
    QString basemapPathSetting() const;
    void setBasemapPath(const QString& path);

    // A Köppen–Geiger raster (Beck et al. codes) that imports use instead of the shipped map;
    // empty: the shipped Beck et al. (2018) map.
    QString koppenMapPath() const;
    void setKoppenMapPath(const QString& path);

    MapProjection projection() const;
    void setProjection(MapProjection projection);

    // The site cache; defaults to <user data folder>/fluxlens-cache.sqlite.
    QString cachePath() const;
    void setCachePath(const QString& path);
    static QString defaultCachePath();

    QString language() const; // "" follows the system
    void setLanguage(const QString& code);

    // Sites the comparison views score: "all" (default) or "heldout".
    QString scoredSites() const;
    void setScoredSites(const QString& key);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void saveWindow(const QByteArray& geometry, const QByteArray& state);

Q_SIGNALS:
    void basemapPathChanged(const QString& path);
    void projectionChanged(fluxlens::MapProjection projection);
    void cachePathChanged(const QString& path);
    void languageChanged(const QString& code);

private:
    QSettings& settings() const;
    QSettings* m_settings; // child of this object
};

} // namespace fluxlens
