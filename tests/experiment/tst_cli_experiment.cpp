// `fluxlens-cli experiment` as a user runs it, on a small demo world: the report folder and its
// files, Table 1 equal to `evaluate --sites heldout`'s, resuming with the finished members, and
// refusing to mix a folder with another experiment, and training on a stratified subset.
#include "program_run.h"
#include "small_demo_cache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using fluxlens::testing::ProgramRun;
using fluxlens::testing::runCli;

class TestCliExperiment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesTheReportFolder();
    void table1EqualsEvaluate();
    void rerunKeepsFinishedMembers();
    void refusesAFolderOfAnotherExperiment();
    void rejectsBadOptions();
    void trainsOnAStratifiedSubset();

private:
    // An experiment trains several ensembles: longer than the default run of the program.
    static ProgramRun run(const QStringList& args) { return runCli(args, {.timeoutMs = 240000}); }
    QStringList experimentArgs(const QString& fraction = QStringLiteral("0.3")) const;
    QString report(const QString& file) const {
        return m_dir.filePath(QStringLiteral("report/")) + file;
    }
    static QString readText(const QString& path);

    QTemporaryDir m_dir;
    QString m_cache;
    ProgramRun m_first;
};

QString TestCliExperiment::readText(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList TestCliExperiment::experimentArgs(const QString& fraction) const {
    return {QStringLiteral("experiment"),
            QStringLiteral("--cache"),
            m_cache,
            QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("report")),
            QStringLiteral("--seeds"),
            QStringLiteral("2"),
            QStringLiteral("--epochs"),
            QStringLiteral("2"),
            QStringLiteral("--config"),
            QStringLiteral(R"({"film_at": "input"})"),
            QStringLiteral("--holdout-fraction"),
            fraction,
            QStringLiteral("--threads"),
            QStringLiteral("1"),
            QStringLiteral("--xgb-rounds"),
            QStringLiteral("30")};
}

void TestCliExperiment::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = makeSmallDemoCache(m_dir.path());
    m_first = run(experimentArgs());
    QVERIFY2(m_first.exitCode == 0, qPrintable(m_first.err + m_first.out));
}

void TestCliExperiment::writesTheReportFolder() {
    for (const char* file :
         {"report.md", "config.json", "experiment.json", "heldout_sites.txt", "evaluation.csv",
          "site_metrics.csv", "seed_members.csv", "seed_spread.csv", "fig3_igbp_rmse_GPP.svg",
          "fig3_koppen_rmse_NEE.svg", "fig4_relative_rmse_GPP.svg", "fig5_site_rmse_NEE.svg",
          "models/tamrl/model.json", "models/ctlstm/model.json", "models/tamlstm/model.json",
          "members/tamrl-seed42/model.json", "members/tamrl-seed43/model.json",
          "members/xgboost/model.json"})
        QVERIFY2(QFile::exists(report(QLatin1String(file))), file);
    // 10 sites, 0.3 held out: 3 sites, listed one per line.
    QCOMPARE(readText(report(QStringLiteral("heldout_sites.txt")))
                 .split(u'\n', Qt::SkipEmptyParts)
                 .size(),
             3);
    // The ensembles have both members; each member's own Table 1 is there for the spread.
    QVERIFY(readText(report(QStringLiteral("models/tamrl/model.json")))
                .contains(QStringLiteral("member_1.pt")));
    const QString members = readText(report(QStringLiteral("seed_members.csv")));
    QVERIFY(members.contains(QStringLiteral("\"TAM-RL (experiment)\",42,GPP,all,")));
    QVERIFY(members.contains(QStringLiteral("\"TAM-RL (experiment)\",43,GPP,all,")));
    const QString spread = readText(report(QStringLiteral("seed_spread.csv")));
    QVERIFY(spread.contains(QStringLiteral("\"CT-LSTM (experiment)\",NEE,1,2,")));
    const QString config = readText(report(QStringLiteral("config.json")));
    for (const char* key : {"data_version", "training_data_sha256", "heldout_sites", "libtorch"})
        QVERIFY2(config.contains(QLatin1String(key)), key);
    const QString svg = readText(report(QStringLiteral("fig5_site_rmse_GPP.svg")));
    QVERIFY(svg.contains(QStringLiteral("<title>GPP per-site RMSE against ")));
    QVERIFY(svg.contains(QStringLiteral("<circle")));
    const QString md = readText(report(QStringLiteral("report.md")));
    QVERIFY(md.contains(QStringLiteral("### Table 1 — days with NEE QC = 1")));
    QVERIFY(md.contains(QStringLiteral("| XGBoost (experiment) |")));
    // An ablation's report says what it changed; config.json has every setting.
    QVERIFY2(md.contains(QStringLiteral("Network settings other than the defaults: film_at "
                                        "\"input\", stage1_epochs 2, stage2_epochs 2.")),
             qPrintable(md.left(1500)));
    QVERIFY(config.contains(QStringLiteral(R"("film_at": "input")")));
}

void TestCliExperiment::table1EqualsEvaluate() {
    const ProgramRun evaluated =
        run({QStringLiteral("evaluate"), QStringLiteral("--cache"), m_cache,
             QStringLiteral("--sites"), QStringLiteral("heldout"), QStringLiteral("--format"),
             QStringLiteral("csv"), QStringLiteral("--no-store")});
    QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.err));
    auto table = [](const QString& csv, const QString& name) {
        QStringList rows;
        for (const QString& line : csv.split(u'\n'))
            if (line.startsWith(name + u','))
                rows << line;
        return rows;
    };
    const QString ours = readText(report(QStringLiteral("evaluation.csv")));
    const QStringList summary = table(ours, QStringLiteral("summary"));
    // 4 models and the demo world's reference product, GPP and NEE, all days and QC = 1.
    QCOMPARE(summary.size(), 5 * 2 * 2);
    QCOMPARE(summary, table(evaluated.out, QStringLiteral("summary")));
    QCOMPARE(table(ours, QStringLiteral("site")), table(evaluated.out, QStringLiteral("site")));

    // report.md shows the same figures: TAM-RL's GPP RMSE on all days, to 3 decimals.
    const QStringList tamrl =
        summary.filter(QStringLiteral("summary,TAM-RL (experiment),GPP,all,"));
    QCOMPARE(tamrl.size(), 1);
    const QStringList fields = tamrl.first().split(u',');
    const QString rmse = QString::number(fields.at(8).toDouble(), 'f', 3);
    QVERIFY2(readText(report(QStringLiteral("report.md")))
                 .contains(QStringLiteral("| TAM-RL (experiment) | ") + rmse + u' '),
             qPrintable(rmse));
}

void TestCliExperiment::rerunKeepsFinishedMembers() {
    auto hash = [this](const char* file) {
        return QCryptographicHash::hash(readText(report(QLatin1String(file))).toUtf8(),
                                        QCryptographicHash::Sha256);
    };
    const QByteArray before = hash("members/ctlstm-seed43/member_0.pt");
    QVERIFY(QFile::remove(report(QStringLiteral("members/tamlstm-seed43/model.json"))));
    const ProgramRun again = run(experimentArgs());
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY(again.out.contains(QStringLiteral("TAM-RL member 1 (seed 42): kept from")));
    QVERIFY(again.out.contains(QStringLiteral("XGBoost: kept from")));
    QVERIFY(again.out.contains(QStringLiteral("TAMLSTM member 2 (seed 43): training")));
    QVERIFY(!again.out.contains(QStringLiteral("CT-LSTM member 2 (seed 43): training")));
    QCOMPARE(hash("members/ctlstm-seed43/member_0.pt"), before);
}

void TestCliExperiment::refusesAFolderOfAnotherExperiment() {
    const ProgramRun other = run(experimentArgs(QStringLiteral("0.5")));
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains(QStringLiteral("holds an experiment with other settings")),
             qPrintable(other.err));
}

void TestCliExperiment::rejectsBadOptions() {
    QStringList args = experimentArgs();
    args << QStringLiteral("--models") << QStringLiteral("tamrl,forest");
    const ProgramRun bad = run(args);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("'forest' is not one of")));
    const ProgramRun noCache = run({QStringLiteral("experiment"), QStringLiteral("--cache"),
                                    m_dir.filePath(QStringLiteral("none.sqlite")),
                                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x"))});
    QCOMPARE(noCache.exitCode, 1);
    QVERIFY2(noCache.err.contains(QStringLiteral("none.sqlite")), qPrintable(noCache.err));
}

// --training-sites N (learning curves): the same held-out sites, only N of the others train.
void TestCliExperiment::trainsOnAStratifiedSubset() {
    const QString out = m_dir.filePath(QStringLiteral("subset"));
    QStringList args = {QStringLiteral("experiment"),
                        QStringLiteral("--cache"),
                        m_cache,
                        QStringLiteral("--out"),
                        out,
                        QStringLiteral("--models"),
                        QStringLiteral("tamlstm,xgboost"),
                        QStringLiteral("--seeds"),
                        QStringLiteral("1"),
                        QStringLiteral("--epochs"),
                        QStringLiteral("1"),
                        QStringLiteral("--holdout-fraction"),
                        QStringLiteral("0.3"),
                        QStringLiteral("--xgb-rounds"),
                        QStringLiteral("10"),
                        QStringLiteral("--training-sites"),
                        QStringLiteral("4")};
    const ProgramRun subset = run(args);
    QVERIFY2(subset.exitCode == 0, qPrintable(subset.err + subset.out));
    QCOMPARE(readText(out + QStringLiteral("/heldout_sites.txt")),
             readText(report(QStringLiteral("heldout_sites.txt"))));
    const auto meta =
        QJsonDocument::fromJson(
            readText(out + QStringLiteral("/members/tamlstm-seed42/model.json")).toUtf8())
            .object();
    const int trained = static_cast<int>(meta[QStringLiteral("training_sites")].toArray().size() +
                                         meta[QStringLiteral("validation_sites")].toArray().size());
    QCOMPARE(trained, 4);
    QVERIFY(readText(out + QStringLiteral("/report.md")).contains(QStringLiteral("only 4 of the")));

    args[args.size() - 1] = QStringLiteral("999");
    args[4] = m_dir.filePath(QStringLiteral("subset-too-many"));
    const ProgramRun tooMany = run(args);
    QCOMPARE(tooMany.exitCode, 1);
    QVERIFY2(tooMany.err.contains(QStringLiteral("--training-sites 999: only")),
             qPrintable(tooMany.err));
}

QTEST_APPLESS_MAIN(TestCliExperiment)
#include "tst_cli_experiment.moc"
