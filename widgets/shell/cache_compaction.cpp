#include "cache_compaction.h"

#include "cache/cache.h"
#include "jobs/background_job.h"
#include "session/cache_connector.h"

#include <QFileInfo>
#include <QLocale>
#include <QObject>

namespace fluxlens {

namespace {
QString sizeText(double bytes) {
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeSIFormat);
}
} // namespace

QString compactCacheFile(const CacheConnector& connector, JobReporter& reporter,
                         CacheCompaction& result) {
    result = {};
    const QString cachePath = connector.path();
    if (cachePath.isEmpty())
        return QObject::tr("No cache is open");
    if (!QFileInfo::exists(cachePath)) // compacting never creates a cache
        return QObject::tr("%1: no such cache file").arg(cachePath);
    if (reporter.cancelled())
        return {};
    const std::string path = cachePath.toStdString();
    result.bytesBefore = double(Cache::bytesOnDisk(path));
    reporter.log(QObject::tr("Compacting %1 (%2); this cannot be cancelled once started")
                     .arg(cachePath, sizeText(result.bytesBefore)));
    reporter.progress(0.05);
    try {
        Cache cache = connector.openExisting();
        cache.compact();
    } catch (const std::exception& e) {
        const QString why = QString::fromUtf8(e.what());
        return why.contains(cachePath) ? why : QStringLiteral("%1: %2").arg(cachePath, why);
    }
    result.done = true;
    result.bytesAfter = double(Cache::bytesOnDisk(path));
    reporter.progress(1.0);
    reporter.log(compactionSummary(cachePath, result));
    return {};
}

QString compactionSummary(const QString& cachePath, const CacheCompaction& result) {
    const double change =
        result.bytesBefore > 0
            ? 100.0 * (result.bytesAfter - result.bytesBefore) / result.bytesBefore
            : 0.0;
    return QObject::tr("Compacted %1: %2 before, %3 after (%4 %)")
        .arg(QFileInfo(cachePath).fileName(), sizeText(result.bytesBefore),
             sizeText(result.bytesAfter), QLocale().toString(change, 'f', 1));
}

} // namespace fluxlens
