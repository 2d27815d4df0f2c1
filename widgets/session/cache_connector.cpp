#include "cache_connector.h"

#include "cache/cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <stdexcept>

namespace fluxlens {

CacheConnector::CacheConnector(QString path)
    : m_path(std::move(path)) {}

Cache CacheConnector::openExisting() const {
    if (m_path.isEmpty())
        throw std::runtime_error(
            QCoreApplication::translate("fluxlens::CacheSession", "No cache is open")
                .toStdString());
    return Cache::openExisting(m_path.toStdString());
}

Cache CacheConnector::openOrCreate() const {
    if (m_path.isEmpty())
        throw std::runtime_error(
            QCoreApplication::translate("fluxlens::CacheSession", "No cache is open")
                .toStdString());
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return Cache::open(m_path.toStdString());
}

} // namespace fluxlens
