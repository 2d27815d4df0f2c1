#include "training_sites.h"

#include "common/site_list_file.h"
#include "ml/cache_source.h"
#include "ml/driver_availability.h"
#include "ml/site_split.h"

#include <QObject>
#include <set>
#include <stdexcept>

namespace fluxlens {
namespace {
std::vector<std::string> heldOutSites(const TrainSettings& settings,
                                      const std::vector<ml::SiteSeries>& sites,
                                      JobReporter& reporter) {
    if (!settings.heldOutListFile.isEmpty()) {
        std::vector<std::string> listed = readSiteListFile(settings.heldOutListFile.toStdString());
        std::set<std::string> known;
        for (const auto& s : sites)
            known.insert(s.id);
        std::vector<std::string> used;
        for (const auto& id : listed) {
            if (known.count(id))
                used.push_back(id);
            else
                reporter.warning(QObject::tr("%1: site %2 is not in the cache and was ignored")
                                     .arg(settings.heldOutListFile, QString::fromStdString(id)));
        }
        return used;
    }
    std::vector<const ml::SiteSeries*> pointers;
    for (const auto& s : sites)
        pointers.push_back(&s);
    return ml::stratifiedSiteSample(pointers, settings.heldOutFraction, settings.config.seed);
}

QString joined(const std::vector<std::string>& items) {
    QStringList list;
    for (const std::string& item : items)
        list << QString::fromStdString(item);
    return list.join(QStringLiteral(", "));
}
} // namespace

TrainingSites loadTrainingSites(const Cache& cache, const TrainSettings& settings,
                                JobReporter& reporter) {
    TrainingSites out;
    std::vector<std::string> siteIds; // empty: every cached site with any of the drivers
    if (settings.featurePreset.isEmpty()) {
        out.features = settings.config.features;
        out.featurePreset = ml::presetOfFeatures(out.features);
    } else {
        const ml::FeatureSelection selection =
            ml::resolveFeaturePreset(settings.featurePreset.toStdString(), cache);
        out.features = selection.features;
        out.featurePreset = selection.preset;
        siteIds = selection.sites;
        if (!selection.leftOut.empty())
            reporter.log(QObject::tr("Left out for lack of the %1 drivers: %2")
                             .arg(settings.featurePreset, joined(selection.leftOut)));
    }
    reporter.log(QObject::tr("Features (%1): %2")
                     .arg(QString::fromStdString(out.featurePreset), joined(out.features)));
    out.sites = ml::loadSiteSeries(cache, out.features, siteIds);
    if (out.sites.size() < 3)
        throw std::runtime_error(QObject::tr("%1: %2 site(s) with these drivers; training needs "
                                             "at least 3")
                                     .arg(QString::fromStdString(cache.path()))
                                     .arg(out.sites.size())
                                     .toStdString());
    out.heldOut = heldOutSites(settings, out.sites, reporter);
    reporter.log(QObject::tr("%1 sites: %2 held out, never seen in training")
                     .arg(out.sites.size())
                     .arg(out.heldOut.size()));
    return out;
}

} // namespace fluxlens
