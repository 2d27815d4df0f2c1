#include "small_demo_cache.h"

#include "cache/cache.h"
#include "demo/demo_world.h"

#include <QDir>

QString makeSmallDemoCache(const QString& folder) {
    const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    fluxlens::Cache cache = fluxlens::Cache::open(path.toStdString());
    fluxlens::demo::DemoOptions options;
    options.siteCount = 10;
    options.firstYear = 2001;
    options.lastYear = 2004;
    fluxlens::demo::openDemoWorld(
        cache, QDir(folder).filePath(QStringLiteral("world")).toStdString(), options);
    return path;
}
