#include "demo_world_job.h"

#include "cache/cache.h"
#include "demo/demo_world.h"
#include "jobs/background_job.h"
#include "session/cache_connector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace fluxlens {

namespace {
// The reference product is imported last: with it present, the demo world is complete.
bool isComplete(const Cache& cache) {
    const auto products = cache.referenceProducts();
    return !cache.sites().empty() && std::find(products.begin(), products.end(),
                                               demo::kReferenceProductName) != products.end();
}

void removeCacheFiles(const QString& path) {
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}
} // namespace

QString buildDemoWorld(const CacheConnector& demoCache, const demo::DemoOptions& options,
                       JobReporter& reporter) {
    const QString cachePath = demoCache.path();
    const QString folder = QFileInfo(cachePath).absolutePath();
    {
        const Cache existing = demoCache.openOrCreate();
        if (isComplete(existing)) {
            reporter.log(QCoreApplication::translate("DemoWorld", "The demo world is already in %1")
                             .arg(cachePath));
            return {};
        }
    }
    // An interrupted earlier attempt leaves a partial demo cache: it is ours, start it afresh.
    removeCacheFiles(cachePath);
    reporter.log(QCoreApplication::translate(
        "DemoWorld",
        "Generating the synthetic demo world and importing it through the importers …"));
    demo::DemoJobControl control{[&reporter](double f) { reporter.progress(f); },
                                 &reporter.cancelFlag()};
    bool cancelled = false;
    {
        Cache cache = demoCache.openOrCreate();
        try {
            const demo::DemoWorldResult result = demo::openDemoWorld(
                cache, QDir(folder).filePath(QStringLiteral("files")).toStdString(), options,
                control);
            for (const auto& w : result.warnings)
                reporter.warning(QString::fromStdString(w));
            reporter.log(
                QCoreApplication::translate(
                    "DemoWorld",
                    "%1 sites, %2 files, %3 site-days: generated in %4 s, imported in %5 s")
                    .arg(result.sites.size())
                    .arg(result.filesImported)
                    .arg(result.rowsImported)
                    .arg(result.generateSeconds, 0, 'f', 1)
                    .arg(result.importSeconds, 0, 'f', 1));
        } catch (const demo::DemoCancelled&) {
            cancelled = true;
        }
    }
    if (cancelled) {
        removeCacheFiles(cachePath);
        reporter.log(QCoreApplication::translate("DemoWorld",
                                                 "Cancelled; the partial demo cache was removed"));
    }
    return {};
}

} // namespace fluxlens
