// One copy of the metrics: the GUI's Table 1, class bars and relative RMSE heatmap show exactly
// (to 1e-9) what `fluxlens-cli evaluate --format json` reports for a small demo world.
#include "cache/cache.h"
#include "class_bars_chart.h"
#include "class_bars_view.h"
#include "compare_data.h"
#include "demo/demo_reference_model.h"
#include "demo/demo_world.h"
#include "metric_choice_bar.h"
#include "program_run.h"
#include "relative_rmse_model.h"
#include "relative_rmse_view.h"
#include "session_support.h"
#include "site_loader.h"
#include "site_table_model.h"
#include "table1_model.h"
#include "table1_view.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

using namespace fluxlens;

namespace {
constexpr double kTolerance = 1e-9;
const QString kModel = QStringLiteral("Scaled reference");

double number(const nlohmann::json& v) {
    return v.is_null() ? std::nan("") : v.get<double>();
}

bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || std::abs(a - b) <= kTolerance;
}

std::string targetCode(FluxTarget t) {
    return fluxTargetName(t).toStdString();
}

std::string qcCode(QcChoice qc) {
    return qc == QcChoice::AllDays ? "all" : "1";
}
} // namespace

class TestMetricsCrossCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void table1EqualsTheCli();
    void classBarsEqualTheCli();
    void heatmapEqualsTheCli();

private:
    // The CLI's per-site figures of one target and QC choice: site -> model -> (RMSE, R²).
    std::map<std::string, std::map<std::string, std::pair<double, double>>>
    cliSites(FluxTarget target, QcChoice qc) const;

    QTemporaryDir m_dir;
    QString m_cache;
    nlohmann::json m_report;
    std::map<std::string, Site> m_siteInfo;
    std::unique_ptr<CacheSession> m_session;
    SiteTableModel m_sites;
    std::unique_ptr<CompareData> m_data;
};

void TestMetricsCrossCheck::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("demo.sqlite"));
    {
        Cache cache = Cache::open(m_cache.toStdString());
        demo::DemoOptions options;
        options.siteCount = 12;
        options.firstYear = 2001;
        options.lastYear = 2003;
        demo::openDemoWorld(cache, m_dir.filePath(QStringLiteral("world")).toStdString(), options);
        // A second source to compare: the reference product scaled and shifted (the figures'
        // equality is the point here, not the model).
        for (const Site& site : cache.sites()) {
            m_siteInfo[site.id] = site;
            const DailyTable ref =
                cache.loadDaily(site.id, DailyKind::Reference, demo::kReferenceProductName);
            DailyTable p;
            p.kind = DailyKind::Prediction;
            p.siteId = site.id;
            p.dayNumbers = ref.dayNumbers;
            for (const auto& [column, scale, shift] :
                 {std::tuple{"GPP", 0.8, 0.5}, {"NEE", 1.2, -0.2}, {"RECO", 1.0, 0.3}}) {
                const std::vector<double>* values = ref.column(column);
                QVERIFY(values);
                std::vector<double> out;
                for (double v : *values)
                    out.push_back(v * scale + shift);
                p.columnNames.push_back(std::string(column) + "_mean");
                p.columns.push_back(std::move(out));
            }
            cache.storePredictions(kModel.toStdString(), site.id, p);
        }
    }
    const testing::ProgramRun cli = testing::runCli(
        {QStringLiteral("evaluate"), QStringLiteral("--cache"), m_cache, QStringLiteral("--format"),
         QStringLiteral("json"), QStringLiteral("--reference"),
         QString::fromUtf8(demo::kReferenceProductName)});
    QVERIFY2(cli.succeeded(), qPrintable(cli.describe()));
    m_report = nlohmann::json::parse(cli.out.toStdString());
    QVERIFY(!m_report.at("sites").empty());

    m_session = testing::openSession(m_cache);
    QVERIFY(m_session);
    m_sites.setSites(loadSiteRecords(m_session->connector().openExisting()).sites);
    m_data = std::make_unique<CompareData>(&m_sites);
    QSignalSpy loaded(m_data.get(), &CompareData::metricsChanged);
    m_data->setSession(m_session.get());
    QVERIFY(loaded.wait(testing::guiWaitMs()));
    QCOMPARE(m_data->models(), QStringList{kModel});
}

std::map<std::string, std::map<std::string, std::pair<double, double>>>
TestMetricsCrossCheck::cliSites(FluxTarget target, QcChoice qc) const {
    std::map<std::string, std::map<std::string, std::pair<double, double>>> out;
    for (const auto& s : m_report.at("sites"))
        if (s.at("target") == targetCode(target) && s.at("qc") == qcCode(qc))
            out[s.at("site").get<std::string>()][s.at("model").get<std::string>()] = {
                number(s.at("rmse")), number(s.at("r2"))};
    return out;
}

void TestMetricsCrossCheck::table1EqualsTheCli() {
    Table1View view(m_data.get());
    const Table1Model* model = view.model();
    int compared = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const std::string name = model->headerData(row, Qt::Vertical).toString().toStdString();
        for (int column = 0; column < Table1Model::kFigureColumns; ++column) {
            const double shown = model->index(row, column).data(Table1Model::ValueRole).toDouble();
            const std::string target = targetCode(Table1Model::targetOfColumn(column));
            const std::string qc = qcCode(Table1Model::qcOfColumn(column));
            bool found = false;
            for (const auto& s : m_report.at("summary"))
                if (s.at("model") == name && s.at("target") == target && s.at("qc") == qc) {
                    const double cli =
                        number(s.at(Table1Model::isRmseColumn(column) ? "rmse" : "r2"));
                    QVERIFY2(same(shown, cli), qPrintable(QStringLiteral("%1 %2 %3: GUI %4, CLI %5")
                                                              .arg(QString::fromStdString(name))
                                                              .arg(column)
                                                              .arg(QString::fromStdString(qc))
                                                              .arg(shown, 0, 'g', 17)
                                                              .arg(cli, 0, 'g', 17)));
                    found = true;
                    ++compared;
                }
            QVERIFY2(found, name.c_str());
        }
    }
    QCOMPARE(compared, 2 * 8); // the model and the reference product, 8 figures each
}

void TestMetricsCrossCheck::classBarsEqualTheCli() {
    ClassBarsView view(m_data.get());
    const FluxTarget target = view.choices()->target();
    const QcChoice qc = view.choices()->qc();
    const auto sites = cliSites(target, qc);
    for (int grouping = 0; grouping < view.groupingChooser()->count(); ++grouping) {
        view.groupingChooser()->setCurrentIndex(grouping);
        const auto kind = static_cast<SiteGrouping>(view.groupingChooser()->currentData().toInt());
        // The oracle: the mean of the CLI's per-site RMSE over each class's sites.
        std::map<std::pair<int, std::string>, std::pair<double, int>> sums;
        for (const auto& [site, models] : sites)
            for (const auto& [model, figures] : models) {
                const Site& info = m_siteInfo.at(site);
                const int code = kind == SiteGrouping::Igbp ? static_cast<int>(info.igbp)
                                                            : static_cast<int>(info.koppen);
                auto& [sum, n] = sums[{code, model}];
                sum += figures.first;
                ++n;
            }
        const std::vector<ClassStat>& stats = view.chart()->stats();
        QVERIFY(!stats.empty());
        for (const ClassStat& s : stats) {
            const auto& [sum, n] = sums.at({s.classCode, s.model.toStdString()});
            QCOMPARE(s.sites, n);
            QVERIFY2(same(s.meanRmse, sum / n),
                     qPrintable(QStringLiteral("%1 class %2: GUI %3, CLI %4")
                                    .arg(s.model)
                                    .arg(s.classCode)
                                    .arg(s.meanRmse, 0, 'g', 17)
                                    .arg(sum / n, 0, 'g', 17)));
        }
        QCOMPARE(stats.size(), sums.size());
    }
}

void TestMetricsCrossCheck::heatmapEqualsTheCli() {
    RelativeRmseView view(m_data.get());
    const QString reference = view.choices()->reference();
    QCOMPARE(reference, QString::fromUtf8(demo::kReferenceProductName));
    const auto sites = cliSites(view.choices()->target(), view.choices()->qc());
    // The oracle: (mean RMSE_ref − mean RMSE_model) / mean RMSE_ref over each IGBP class's sites.
    std::map<int, std::pair<double, double>> sums; // class -> (model, reference)
    for (const auto& [site, models] : sites) {
        const auto m = models.find(kModel.toStdString());
        const auto r = models.find(reference.toStdString());
        if (m == models.end() || r == models.end())
            continue;
        auto& [model, ref] = sums[static_cast<int>(m_siteInfo.at(site).igbp)];
        model += m->second.first;
        ref += r->second.first;
    }
    const std::vector<RelativeRmseCell>& cells = view.model()->cells();
    QCOMPARE(cells.size(), sums.size());
    for (const RelativeRmseCell& c : cells) {
        const auto& [model, ref] = sums.at(c.classCode);
        QVERIFY2(same(c.relativeRmse, (ref - model) / ref),
                 qPrintable(QStringLiteral("class %1: GUI %2, CLI %3")
                                .arg(c.classCode)
                                .arg(c.relativeRmse, 0, 'g', 17)
                                .arg((ref - model) / ref, 0, 'g', 17)));
    }
}

QTEST_MAIN(TestMetricsCrossCheck)
#include "tst_metrics_crosscheck.moc"
