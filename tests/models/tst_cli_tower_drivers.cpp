// From real FLUXNET files to Table 1 on tower drivers: the three ICOS Warm Winter 2020 daily files
// of ../shared/data/fluxnet/ and a site table (fixtures/README.md) are imported, TAM-RL, CT-LSTM,
// TAMLSTM and XGBoost train on `--features tower` with BE-Lcr (2019-2020) held out, `predict`
// stores each, and `evaluate --sites heldout` scores all four on BE-Lcr's 2020 (after TAM-RL's
// one support year). Also: the preset in model.json, missing drivers named, and a held-out site
// whose one-year record leaves nothing to score after its support year named in a warning.
#include "cache/cache.h"
#include "program_run.h"
#include "real_tower_import.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace fluxlens;
using testing::ProgramRun;

namespace {
// Four trainings on real records: longer than the default run of the program.
ProgramRun cli(const QStringList& args) {
    return testing::runCli(args, {.timeoutMs = 300000});
}

// Small networks and one support year: the records are one or two years long.
const QString kTinyConfig =
    QStringLiteral(R"({"hidden": 8, "encoder_hidden": 4, "embedding": 3, "generator_hidden": 8,)"
                   R"( "support_years": 1, "device": "cpu", "threads": 1})");

QJsonObject modelJson(const QString& folder) {
    QFile f(QDir(folder).filePath(QStringLiteral("model.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QStringList strings(const QJsonValue& v) {
    return v.toVariant().toStringList();
}
} // namespace

class TestCliTowerDrivers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void allFourModelsOnTowerDrivers();
    void missingDriversNameSitesAndVariables();
    void heldOutSiteWithoutScoredYearIsNamed();

private:
    QTemporaryDir m_dir;
    QString m_cache;
};

void TestCliTowerDrivers::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_cache = m_dir.filePath(QStringLiteral("tower.sqlite"));
    const QStringList args = testing::realTowerImportArgs(m_cache);
    if (args.isEmpty())
        QSKIP("the three real FLUXNET daily files are not in ../shared/data/fluxnet");
    const ProgramRun imported = cli(args);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
}

void TestCliTowerDrivers::allFourModelsOnTowerDrivers() {
    const QStringList kinds = {QStringLiteral("tamrl"), QStringLiteral("ctlstm"),
                               QStringLiteral("tamlstm"), QStringLiteral("xgboost")};
    for (const QString& kind : kinds) {
        const QString folder = m_dir.filePath(kind);
        QStringList args = {QStringLiteral("train"),
                            QStringLiteral("--cache"),
                            m_cache,
                            QStringLiteral("--model"),
                            kind,
                            QStringLiteral("--out"),
                            folder,
                            QStringLiteral("--features"),
                            QStringLiteral("tower"),
                            QStringLiteral("--holdout-sites"),
                            QStringLiteral("BE-Lcr")};
        if (kind == QLatin1String("xgboost"))
            args << QStringLiteral("--rounds") << QStringLiteral("30")
                 << QStringLiteral("--threads") << QStringLiteral("1");
        else
            args << QStringLiteral("--epochs") << QStringLiteral("1") << QStringLiteral("--config")
                 << kTinyConfig;
        const ProgramRun trained = cli(args);
        QVERIFY2(trained.exitCode == 0, qPrintable(kind + QLatin1Char('\n') + trained.describe()));

        const QJsonObject meta = modelJson(folder);
        QCOMPARE(meta.value(QStringLiteral("feature_preset")).toString(), QStringLiteral("tower"));
        // All three files hold LW_IN_F, PA_F and WS_F, so the preset takes them too.
        const QStringList expected = {QStringLiteral("TA_F"),      QStringLiteral("SW_IN_F"),
                                      QStringLiteral("VPD_F"),     QStringLiteral("P_F"),
                                      QStringLiteral("SW_IN_POT"), QStringLiteral("LW_IN_F"),
                                      QStringLiteral("PA_F"),      QStringLiteral("WS_F"),
                                      QStringLiteral("DOY_SIN"),   QStringLiteral("DOY_COS")};
        const QString key = kind == QLatin1String("xgboost") ? QStringLiteral("drivers")
                                                             : QStringLiteral("features");
        QCOMPARE(strings(meta.value(key)), expected);
        QCOMPARE(strings(meta.value(QStringLiteral("heldout_sites"))),
                 QStringList{QStringLiteral("BE-Lcr")});
        QCOMPARE(strings(meta.value(QStringLiteral("training_sites"))).size() +
                     strings(meta.value(QStringLiteral("validation_sites"))).size(),
                 2);
        if (kind == QLatin1String("tamrl"))
            QCOMPARE(meta.value(QStringLiteral("heldout_scored_from"))
                         .toObject()
                         .value(QStringLiteral("BE-Lcr"))
                         .toString(),
                     QStringLiteral("2020-01-01"));
        if (kind == QLatin1String("xgboost"))
            QCOMPARE(meta.value(QStringLiteral("configuration")).toString(),
                     QStringLiteral("FLUXCOM-X QuickEval configuration, changed: max_rounds 30"));

        const ProgramRun predicted = cli({QStringLiteral("predict"), QStringLiteral("--cache"),
                                          m_cache, QStringLiteral("--model"), folder,
                                          QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(predicted.exitCode == 0,
                 qPrintable(kind + QLatin1Char('\n') + predicted.describe()));
    }
    {
        const Cache cache = Cache::openExisting(m_cache.toStdString());
        QCOMPARE(cache.predictionModels(),
                 (std::vector<std::string>{"CT-LSTM", "TAM-RL", "TAMLSTM", "XGBoost"}));
    }

    const ProgramRun evaluated = cli({QStringLiteral("evaluate"), QStringLiteral("--cache"),
                                      m_cache, QStringLiteral("--sites"), QStringLiteral("heldout"),
                                      QStringLiteral("--qc"), QStringLiteral("all")});
    QVERIFY2(evaluated.exitCode == 0, qPrintable(evaluated.describe()));
    qInfo().noquote() << evaluated.out.left(evaluated.out.indexOf(QStringLiteral("Per IGBP")));
    QVERIFY(evaluated.out.contains(QStringLiteral("coefficient of determination")));
    QVERIFY(evaluated.out.contains(QStringLiteral("held-out sites only (1)")));
    // One Table 1 row per model, each with an RMSE for GPP and NEE scored on BE-Lcr.
    const QStringList lines = evaluated.out.split(QLatin1Char('\n'));
    for (const QString& model : {QStringLiteral("TAM-RL"), QStringLiteral("CT-LSTM"),
                                 QStringLiteral("TAMLSTM"), QStringLiteral("XGBoost")}) {
        const auto row = std::find_if(lines.begin(), lines.end(), [&](const QString& l) {
            return l.startsWith(model + QLatin1Char(' '));
        });
        QVERIFY2(row != lines.end(), qPrintable(model));
        const QStringList cells = row->split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(cells.size(), 7); // model, then RMSE, R2 and sites for GPP and for NEE
        bool ok = false;
        QVERIFY2(cells[1].toDouble(&ok) > 0 && ok, qPrintable(*row));
        QCOMPARE(cells[3], QStringLiteral("1"));
        QVERIFY2(cells[4].toDouble(&ok) > 0 && ok, qPrintable(*row));
        QCOMPARE(cells[6], QStringLiteral("1"));
    }
    // The held-out site is scored on 2020 only: 366 days at most.
    const auto site = std::find_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("BE-Lcr")) && l.contains(QStringLiteral("TAM-RL"));
    });
    QVERIFY(site != lines.end());
    const int days = site->split(QLatin1Char(' '), Qt::SkipEmptyParts).at(4).toInt();
    QVERIFY2(days > 300 && days <= 366, qPrintable(*site));
}

void TestCliTowerDrivers::missingDriversNameSitesAndVariables() {
    // DK-Gds has no SWC_F_MDS_1 column: the list cannot serve it, and the error says so.
    for (const QString& kind : {QStringLiteral("tamlstm"), QStringLiteral("xgboost")}) {
        const ProgramRun r = cli(
            {QStringLiteral("train"), QStringLiteral("--cache"), m_cache, QStringLiteral("--model"),
             kind, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("never")),
             QStringLiteral("--features"), QStringLiteral("TA_F,SWC_F_MDS_1,DOY_SIN")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("DK-Gds lacks SWC_F_MDS_1")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));
    }
    // The remote preset on a cache of tower files only: no site has its drivers.
    const ProgramRun remote =
        cli({QStringLiteral("train"), QStringLiteral("--cache"), m_cache, QStringLiteral("--model"),
             QStringLiteral("xgboost"), QStringLiteral("--out"),
             m_dir.filePath(QStringLiteral("never"))});
    QCOMPARE(remote.exitCode, 1);
    QVERIFY2(
        remote.err.contains(QStringLiteral("feature preset 'remote': no site has the drivers")),
        qPrintable(remote.err));
    QVERIFY2(remote.err.contains(QStringLiteral("BE-Lcr, DK-Gds, IE-Cra")), qPrintable(remote.err));
}

void TestCliTowerDrivers::heldOutSiteWithoutScoredYearIsNamed() {
    // IE-Cra has 2020 only: with one support year nothing is left to score zero-shot, and
    // training says so (it still trains: the site can be predicted and looked at).
    const ProgramRun r = cli(
        {QStringLiteral("train"), QStringLiteral("--cache"), m_cache, QStringLiteral("--model"),
         QStringLiteral("tamrl"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ie-cra")),
         QStringLiteral("--features"), QStringLiteral("tower"), QStringLiteral("--holdout-sites"),
         QStringLiteral("IE-Cra"), QStringLiteral("--epochs"), QStringLiteral("1"),
         QStringLiteral("--config"), kTinyConfig});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QStringLiteral("Warning: held-out site IE-Cra: its record (2020-01-01 "
                                           "to 2020-12-31) ends within its first 1 calendar "
                                           "year(s)")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("BE-Lcr")));
}

QTEST_GUILESS_MAIN(TestCliTowerDrivers)
#include "tst_cli_tower_drivers.moc"
