#include "time_series_data.h"

#include "cache/cache.h"
#include "cache/variables.h"

#include <QCoreApplication>
#include <algorithm>
#include <climits>
#include <exception>

namespace fluxlens {
namespace {

bool anyFinite(const std::vector<double>& values) {
    return std::any_of(values.begin(), values.end(), [](double v) { return v == v; });
}

void addSeries(SiteTimeSeries& out, FluxTarget target, const QString& name, FluxSeries::Kind kind,
               const DailyTable& table, std::string_view meanColumn, std::string_view sdColumn) {
    const std::vector<double>* mean = table.column(meanColumn);
    if (!mean || !anyFinite(*mean))
        return;
    FluxSeries s;
    s.name = name;
    s.kind = kind;
    s.days = table.dayNumbers;
    s.mean = *mean;
    if (!sdColumn.empty())
        if (const std::vector<double>* sd = table.column(sdColumn); sd && anyFinite(*sd))
            s.sd = *sd;
    out.byTarget[static_cast<std::size_t>(target)].push_back(std::move(s));
}
} // namespace

bool SiteTimeSeries::isEmpty() const {
    return std::all_of(byTarget.begin(), byTarget.end(),
                       [](const std::vector<FluxSeries>& v) { return v.empty(); });
}

int SiteTimeSeries::firstDay() const {
    int first = INT_MAX;
    for (const auto& list : byTarget)
        for (const FluxSeries& s : list)
            if (!s.days.empty())
                first = std::min(first, s.days.front());
    return first == INT_MAX ? 0 : first;
}

int SiteTimeSeries::lastDay() const {
    int last = INT_MIN;
    for (const auto& list : byTarget)
        for (const FluxSeries& s : list)
            if (!s.days.empty())
                last = std::max(last, s.days.back());
    return last == INT_MIN ? 0 : last;
}

SiteTimeSeries loadSiteTimeSeries(const Cache& cache, const QString& siteId) {
    SiteTimeSeries out;
    out.siteId = siteId;
    try {
        const std::string site = siteId.toStdString();
        const DailyTable flux = cache.loadDaily(site, DailyKind::Flux);
        for (FluxTarget t : kAllFluxTargets)
            addSeries(out, t, QCoreApplication::translate("fluxlens::TimeSeriesChart", "Observed"),
                      FluxSeries::Kind::Observed, flux, observedColumnOf(t), {});
        for (const std::string& model : cache.predictionModels()) {
            const DailyTable p = cache.loadPredictions(model, site);
            for (FluxTarget t : kAllFluxTargets)
                addSeries(out, t, QString::fromStdString(model), FluxSeries::Kind::Model, p,
                          predictionMeanColumnOf(t), predictionSdColumnOf(t));
        }
        for (const std::string& product : cache.referenceProducts()) {
            const DailyTable r = cache.loadDaily(site, DailyKind::Reference, product);
            for (FluxTarget t : kAllFluxTargets)
                addSeries(out, t, QString::fromStdString(product), FluxSeries::Kind::Reference, r,
                          referenceColumnOf(t), {});
        }
        const std::vector<double>* qcUstar = flux.column(var::NEE_VUT_USTAR50_QC);
        const std::vector<double>* qcRef = flux.column(var::NEE_VUT_REF_QC);
        const std::vector<double>* nee = flux.column(var::NEE_VUT_USTAR50);
        const std::vector<double>* gpp = flux.column(var::GPP_NT_VUT_USTAR50);
        for (std::size_t i = 0; i < flux.dayNumbers.size(); ++i) {
            const bool observed =
                (nee && (*nee)[i] == (*nee)[i]) || (gpp && (*gpp)[i] == (*gpp)[i]);
            if (!observed)
                continue;
            // Low quality: mostly gap-filled (under half the records measured or good gap-fill).
            // Shading every day below the strict QC = 1 of the metrics would cover nearly all days.
            const double qc = qcUstar ? (*qcUstar)[i] : (qcRef ? (*qcRef)[i] : 0.0);
            const bool good = qc >= kLowQcThreshold;
            if (!good)
                out.lowQcDays.push_back(flux.dayNumbers[i]);
        }
    } catch (const std::exception& e) {
        out.error = QString::fromUtf8(e.what());
    }
    return out;
}

} // namespace fluxlens
