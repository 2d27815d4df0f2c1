#include "demo_world_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fluxlens {

QString demoWorldFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-world"));
}

QString demoWorldCachePath() {
    return QDir(demoWorldFolder()).filePath(QStringLiteral("fluxlens-demo.sqlite"));
}

QString cacheDisplayName(const QString& cachePath) {
    if (QFileInfo(cachePath).absoluteFilePath() ==
        QFileInfo(demoWorldCachePath()).absoluteFilePath())
        return QCoreApplication::translate("DemoWorld", "Demo world");
    return cachePath;
}

QString displayPath(const QString& path) {
    const QString folder = QDir(demoWorldFolder()).absolutePath() + QLatin1Char('/');
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (path.isEmpty() || !absolute.startsWith(folder))
        return path;
    return QCoreApplication::translate("DemoWorld", "Demo world") + QStringLiteral(" › ") +
           absolute.mid(folder.size());
}

} // namespace fluxlens
