#include "app_settings.h"

#include "geo/land_polygons.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace fluxlens {
namespace {
namespace key {
const QString basemap = QStringLiteral("map/basemap");
const QString projection = QStringLiteral("map/projection");
const QString koppenMap = QStringLiteral("import/koppen_map");
const QString cache = QStringLiteral("data/cache");
const QString language = QStringLiteral("ui/language");
const QString scoredSites = QStringLiteral("compare/sites");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
} // namespace key
} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(new QSettings(this)) {}

AppSettings::~AppSettings() = default;

QSettings& AppSettings::settings() const {
    return *m_settings;
}

QString AppSettings::basemapPath() const {
    const QString fromEnvironment = qEnvironmentVariable("FLUXLENS_BASEMAP");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString fromSettings = basemapPathSetting();
    if (!fromSettings.isEmpty())
        return fromSettings;
    return QString::fromStdString(defaultLandPolygonPath());
}

QString AppSettings::basemapPathSetting() const {
    return settings().value(key::basemap).toString();
}

void AppSettings::setBasemapPath(const QString& path) {
    if (path == basemapPathSetting())
        return;
    settings().setValue(key::basemap, path);
    Q_EMIT basemapPathChanged(basemapPath());
}

QString AppSettings::koppenMapPath() const {
    return settings().value(key::koppenMap).toString();
}

void AppSettings::setKoppenMapPath(const QString& path) {
    settings().setValue(key::koppenMap, path);
}

MapProjection AppSettings::projection() const {
    const QString stored = settings().value(key::projection).toString();
    return projectionFromKey(stored.toStdString(), MapProjection::EqualEarth);
}

void AppSettings::setProjection(MapProjection projection) {
    if (projection == this->projection())
        return;
    settings().setValue(key::projection, QString::fromUtf8(projectionKey(projection).data()));
    Q_EMIT projectionChanged(projection);
}

QString AppSettings::defaultCachePath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("fluxlens-cache.sqlite"));
}

QString AppSettings::cachePath() const {
    return settings().value(key::cache, defaultCachePath()).toString();
}

void AppSettings::setCachePath(const QString& path) {
    if (path == cachePath())
        return;
    settings().setValue(key::cache, path);
    Q_EMIT cachePathChanged(path);
}

QString AppSettings::language() const {
    return settings().value(key::language).toString();
}

void AppSettings::setLanguage(const QString& code) {
    if (code == language())
        return;
    settings().setValue(key::language, code);
    Q_EMIT languageChanged(code);
}

QString AppSettings::scoredSites() const {
    // Held-out sites unless the user chose otherwise: where the models record the sites they
    // never saw, those are the honest score (all sites when no model records any).
    return settings().value(key::scoredSites, QStringLiteral("heldout")).toString();
}

void AppSettings::setScoredSites(const QString& key) {
    settings().setValue(key::scoredSites, key);
}

QByteArray AppSettings::windowGeometry() const {
    return settings().value(key::geometry).toByteArray();
}

QByteArray AppSettings::windowState() const {
    return settings().value(key::state).toByteArray();
}

void AppSettings::saveWindow(const QByteArray& geometry, const QByteArray& state) {
    settings().setValue(key::geometry, geometry);
    settings().setValue(key::state, state);
}

} // namespace fluxlens
