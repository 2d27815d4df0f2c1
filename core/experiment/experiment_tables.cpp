#include "experiment/experiment_tables.h"

#include "geo/igbp.h"
#include "geo/koppen.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace fluxlens::experiment {
namespace {
std::string number(double v) {
    if (!std::isfinite(v))
        return {};
    std::ostringstream out;
    out << std::setprecision(6) << v;
    return out.str();
}
} // namespace

std::vector<SeedSpreadRow> seedSpread(const std::vector<MemberScores>& members) {
    using Key = std::tuple<std::string, eval::Target, eval::QcMask>;
    std::map<Key, std::pair<std::vector<double>, std::vector<double>>> values;
    std::vector<Key> order;
    for (const MemberScores& m : members)
        for (const eval::SummaryRow& row : m.summary) {
            const Key key{m.model, row.target, row.mask};
            if (!values.count(key))
                order.push_back(key);
            values[key].first.push_back(row.rmse.mean);
            values[key].second.push_back(row.r2.mean);
        }
    std::vector<SeedSpreadRow> out;
    for (const Key& key : order) {
        const auto& [rmse, r2] = values[key];
        SeedSpreadRow row;
        std::tie(row.model, row.target, row.mask) = key;
        row.members = static_cast<int>(rmse.size());
        row.rmse = eval::spreadOf(rmse);
        row.r2 = eval::spreadOf(r2);
        auto finiteMinMax = [](const std::vector<double>& v, double& lo, double& hi) {
            for (double x : v)
                if (std::isfinite(x)) {
                    lo = std::isfinite(lo) ? std::min(lo, x) : x;
                    hi = std::isfinite(hi) ? std::max(hi, x) : x;
                }
        };
        finiteMinMax(rmse, row.rmseMin, row.rmseMax);
        finiteMinMax(r2, row.r2Min, row.r2Max);
        out.push_back(row);
    }
    return out;
}

void writeTextFile(const std::filesystem::path& path,
                   const std::function<void(std::ostream&)>& write) {
    std::ofstream out(path, std::ios::binary);
    if (!out)
        throw std::runtime_error(path.string() + ": cannot open for writing");
    write(out);
    out.flush();
    if (!out)
        throw std::runtime_error(path.string() + ": writing failed (disk full?)");
}

void writeExperimentCsvs(const std::filesystem::path& dir, const ExperimentRecord& record) {
    writeTextFile(dir / "site_metrics.csv", [&](std::ostream& out) {
        out << "model,site,igbp,koppen,target,qc,n,rmse,r2,bias,mae,relative_rmse\n";
        for (const eval::SiteMetric& m : record.result.sites)
            out << '"' << m.model << "\"," << m.siteId << ',' << igbpCode(m.igbp) << ','
                << koppenCode(m.koppen) << ',' << eval::targetCode(m.target) << ','
                << eval::qcMaskCode(m.mask) << ',' << m.stats.n << ',' << number(m.stats.rmse)
                << ',' << number(m.stats.r2) << ',' << number(m.stats.bias) << ','
                << number(m.stats.mae) << ',' << number(m.relativeRmse) << '\n';
    });
    writeTextFile(dir / "seed_members.csv", [&](std::ostream& out) {
        out << "model,seed,target,qc,sites,rmse,r2\n";
        for (const MemberScores& m : record.members)
            for (const eval::SummaryRow& row : m.summary)
                out << '"' << m.model << "\"," << m.seed << ',' << eval::targetCode(row.target)
                    << ',' << eval::qcMaskCode(row.mask) << ',' << row.rmse.sites << ','
                    << number(row.rmse.mean) << ',' << number(row.r2.mean) << '\n';
    });
    writeTextFile(dir / "seed_spread.csv", [&](std::ostream& out) {
        out << "model,target,qc,members,rmse_mean,rmse_sd,rmse_min,rmse_max,r2_mean,r2_sd,r2_min,"
               "r2_max\n";
        for (const SeedSpreadRow& s : record.spread)
            out << '"' << s.model << "\"," << eval::targetCode(s.target) << ','
                << eval::qcMaskCode(s.mask) << ',' << s.members << ',' << number(s.rmse.mean) << ','
                << number(s.rmse.sd) << ',' << number(s.rmseMin) << ',' << number(s.rmseMax) << ','
                << number(s.r2.mean) << ',' << number(s.r2.sd) << ',' << number(s.r2Min) << ','
                << number(s.r2Max) << '\n';
    });
}

} // namespace fluxlens::experiment
