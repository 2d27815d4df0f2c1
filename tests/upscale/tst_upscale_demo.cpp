// #16's done-when checks on the demo grid: a tiny TAM-RL ensemble trained on the towers' pixels
// is upscaled over the grid; at every pixel holding a tower the upscaled fluxes equal predict() on
// a series made from the same gridded drivers (assembly, windows, embedding, tiling); the RMSE
// against the demo's truth is reported next to the synthetic reference product's; fluxlens-cli
// upscale gives the same file, also under mpirun with two ranks and as two shares merged.
#include "common/dates.h"
#include "demo/demo_generator.h"
#include "demo/demo_grid_files.h"
#include "fluxlens_config.h"
#include "netcdf_reader.h"
#include "upscale/pixel_predictor.h"
#include "upscale/tile_layout.h"
#include "upscale/upscale_job.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <csignal>
#include <fstream>
#include <sstream>

using namespace fluxlens;
using namespace fluxlens::upscale;

namespace {
struct TowerPixel {
    std::string site;
    int row = 0, col = 0;
};

std::vector<TowerPixel> readTowerPixels(const std::filesystem::path& csv) {
    std::ifstream in(csv);
    std::vector<TowerPixel> out;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::stringstream s(line);
        for (std::string field; std::getline(s, field, ',');)
            f.push_back(field);
        if (f.size() >= 5)
            out.push_back({f[0], std::stoi(f[3]), std::stoi(f[4])});
    }
    return out;
}

// RMSE over the pixel-days where both have a value, and how many there were.
std::pair<double, long long> rmse(const std::vector<double>& a, const std::vector<double>& b) {
    double sum = 0;
    long long n = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        if (std::isfinite(a[i]) && std::isfinite(b[i])) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
            ++n;
        }
    return {n ? std::sqrt(sum / static_cast<double>(n)) : NAN, n};
}
} // namespace

class TestUpscaleDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void towerPixelsEqualPredict();
    void rmseAgainstTruth();
    void cliGivesTheSameFile();
    void cliSharesMergeToTheSameFile();
    void cliInterruptKeepsTilesAndResumes();
    void mpiTwoRanksGiveTheSameFile();

private:
    std::vector<std::string> cliArgs(const std::filesystem::path& out) const;
    int runCli(const QString& program, const QStringList& args, QString* output = nullptr) const;
    ml::SiteSeries towerSeries(const TowerPixel& tower, const grid::PixelWindow& window,
                               bool withTargets) const;

    QTemporaryDir m_dir;
    std::filesystem::path m_folder;
    demo::WrittenDemoGrid m_written;
    grid::GridSpec m_grid;
    std::vector<TowerPixel> m_towers;
    std::unique_ptr<grid::GriddedDrivers> m_drivers;
    std::unique_ptr<ml::FluxModel> m_model;
    std::filesystem::path m_modelFolder;
    UpscaleOptions m_options;
    testing::NetcdfVariable m_truthGpp;
};

ml::SiteSeries TestUpscaleDemo::towerSeries(const TowerPixel& tower,
                                            const grid::PixelWindow& window,
                                            bool withTargets) const {
    const grid::DriverTile drivers = m_drivers->read(
        m_grid, window, griddedFeatures(ml::MlConfig{}), m_options.firstDay, m_options.lastDay);
    const grid::StaticTile statics = m_drivers->readStatics(m_grid, window);
    ml::SiteSeries site = pixelSeries(drivers, statics, tower.row - window.row0,
                                      tower.col - window.col0, ml::MlConfig{}.features);
    site.id = tower.site;
    if (withTargets) {
        const std::size_t rows = static_cast<std::size_t>(m_grid.rows());
        const std::size_t cols = static_cast<std::size_t>(m_grid.columns());
        for (std::size_t d = 0; d < site.dayNumbers.size(); ++d) {
            const float gpp = static_cast<float>(
                m_truthGpp.values[(d * rows + static_cast<std::size_t>(tower.row)) * cols +
                                  static_cast<std::size_t>(tower.col)]);
            site.gpp_gC_m2_d.push_back(gpp);
        }
    }
    return site;
}

void TestUpscaleDemo::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.path().toStdString();
    demo::DemoOptions demoOptions;
    demoOptions.firstYear = 2017;
    demoOptions.lastYear = 2020;
    demo::DemoGridOptions gridOptions; // Central Europe, 5..15 E, 45..55 N
    gridOptions.resolution_deg = 0.5;
    m_written =
        demo::writeDemoGridFiles(demo::planDemoWorld(demoOptions), gridOptions, m_folder, {}, 2);
    m_grid = {gridOptions.west_deg, gridOptions.south_deg, gridOptions.east_deg,
              gridOptions.north_deg, gridOptions.resolution_deg};
    m_towers = readTowerPixels(m_written.folder / demo::kTowerPixelsFileName);
    QVERIFY2(m_towers.size() >= 8, "enough towers to train on");
    m_drivers = std::make_unique<grid::GriddedDrivers>(
        grid::GriddedDrivers::open(m_written.folder / demo::kDriverMapFileName));
    m_truthGpp = testing::readVariable(m_written.folder / demo::kTruthFileName, "GPP");

    m_options.modelFolder = m_folder / "model";
    m_options.driverMap = m_written.folder / demo::kDriverMapFileName;
    m_options.grid = m_grid;
    m_options.firstDay = toDayNumber(Day{std::chrono::year{2019} / 1 / 1});
    m_options.lastDay = toDayNumber(Day{std::chrono::year{2020} / 12 / 31});
    m_options.tilePixels = 8; // 20 × 20 pixels: tiles of 8, 8, 4
    m_options.output = m_folder / "upscaled.nc";
    m_options.device = "cpu";

    // A tiny remote-preset TAM-RL ensemble (GPP only) on the towers' own pixels, the last three
    // towers held out.
    std::vector<ml::SiteSeries> sites;
    for (const TowerPixel& t : m_towers)
        sites.push_back(towerSeries(t, {t.row, t.col, 1, 1}, true));
    ml::TrainRequest request;
    request.kind = ml::ModelKind::TamRl;
    request.config.targets = {"GPP"};
    request.config.hidden = 16;
    request.config.encoder_hidden = 8;
    request.config.embedding = 4;
    request.config.generator_hidden = 16;
    request.config.stage1_epochs = 3;
    request.config.stage2_epochs = 3;
    request.config.support_years = 1;
    request.config.seeds = 2;
    request.config.device = "cpu";
    for (std::size_t i = sites.size() - 3; i < sites.size(); ++i)
        request.heldOut.push_back(sites[i].id);
    m_model = std::make_unique<ml::FluxModel>(ml::FluxModel::train(sites, request));
    m_model->save(m_options.modelFolder);

    const UpscaleSummary summary = runUpscale(m_options);
    QVERIFY(!summary.cancelled);
    QCOMPARE(summary.landPixels, m_written.landPixels);
    qInfo("upscaled %lld land pixels × %d days in %.1f s: %.0f pixel-days/s", summary.landPixels,
          m_options.lastDay - m_options.firstDay + 1, summary.seconds,
          static_cast<double>(summary.pixelDays) / summary.seconds);
}

void TestUpscaleDemo::towerPixelsEqualPredict() {
    const testing::NetcdfVariable gpp = testing::readVariable(m_options.output, "GPP");
    const testing::NetcdfVariable gppSd = testing::readVariable(m_options.output, "GPP_sd");
    const std::vector<grid::PixelWindow> tiles = tileWindows(m_grid, m_options.tilePixels);
    const std::size_t rows = static_cast<std::size_t>(m_grid.rows());
    const std::size_t cols = static_cast<std::size_t>(m_grid.columns());
    double worst = 0, worstSingle = 0;
    long long compared = 0;
    for (const TowerPixel& t : m_towers) {
        const auto tile = std::find_if(tiles.begin(), tiles.end(), [&](const auto& w) {
            return t.row >= w.row0 && t.row < w.row0 + w.rows && t.col >= w.col0 &&
                   t.col < w.col0 + w.cols;
        });
        QVERIFY(tile != tiles.end());
        const ml::SitePrediction expected = m_model->predict(towerSeries(t, *tile, false));
        // The same pixel read alone: regridding must not depend on the window.
        const ml::SitePrediction single =
            m_model->predict(towerSeries(t, {t.row, t.col, 1, 1}, false));
        QCOMPARE(expected.dayNumbers.size(), std::size_t(gpp.shape[0]));
        for (std::size_t d = 0; d < expected.dayNumbers.size(); ++d) {
            const std::size_t at = (d * rows + static_cast<std::size_t>(t.row)) * cols +
                                   static_cast<std::size_t>(t.col);
            worst = std::max({worst, std::abs(gpp.values[at] - expected.gpp[d]),
                              std::abs(gppSd.values[at] - expected.gppSd[d])});
            worstSingle = std::max(worstSingle, std::abs(gpp.values[at] - single.gpp[d]));
            ++compared;
        }
    }
    qInfo("%zu tower pixels, %lld pixel-days: max |upscaled − predict| = %.3g (same tile), %.3g "
          "(pixel read alone)",
          m_towers.size(), compared, worst, worstSingle);
    QVERIFY2(worst <= 1e-4, qPrintable(QString::number(worst)));
    QVERIFY2(worstSingle <= 1e-4, qPrintable(QString::number(worstSingle)));
}

void TestUpscaleDemo::rmseAgainstTruth() {
    const testing::NetcdfVariable gpp = testing::readVariable(m_options.output, "GPP");
    const testing::NetcdfVariable reference =
        testing::readVariable(m_written.folder / demo::gridReferenceFileName(2019, 2020), "GPP");
    QCOMPARE(gpp.shape, m_truthGpp.shape);
    const auto [modelRmse, n] = rmse(gpp.values, m_truthGpp.values);
    const auto [referenceRmse, nReference] = rmse(reference.values, m_truthGpp.values);
    qInfo("GPP RMSE against the demo truth over %lld pixel-days: upscaled TAM-RL (2 members, 3+3 "
          "epochs) %.3f gC m-2 d-1; synthetic reference product %.3f (%lld pixel-days)",
          n, modelRmse, referenceRmse, nReference);
    QCOMPARE(n, m_written.landPixels * static_cast<long long>(gpp.shape[0]));
    QVERIFY(std::isfinite(modelRmse));
}

std::vector<std::string> TestUpscaleDemo::cliArgs(const std::filesystem::path& out) const {
    return {"upscale",
            "--model",
            m_options.modelFolder.string(),
            "--drivers",
            m_options.driverMap.string(),
            "--bbox",
            "5,45,15,55",
            "--resolution",
            "0.5",
            "--from",
            "2019-01-01",
            "--to",
            "2020-12-31",
            "--tile-pixels",
            "8",
            "--device",
            "cpu",
            "--out",
            out.string()};
}

int TestUpscaleDemo::runCli(const QString& program, const QStringList& args,
                            QString* output) const {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, args);
    if (!process.waitForFinished(600'000))
        return -1;
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitCode() != 0)
        qWarning("%s", qPrintable(text.right(2000)));
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

namespace {
QStringList toQt(const std::vector<std::string>& args) {
    QStringList out;
    for (const std::string& a : args)
        out << QString::fromStdString(a);
    return out;
}

void compareFiles(const std::filesystem::path& a, const std::filesystem::path& b) {
    for (const char* name : kOutputVariables)
        QVERIFY2(testing::sameVariable(a, b, name), name);
    QVERIFY(testing::sameVariable(a, b, "land_fraction"));
}
} // namespace

void TestUpscaleDemo::cliGivesTheSameFile() {
    const std::filesystem::path out = m_folder / "cli.nc";
    QString log;
    QCOMPARE(runCli(QStringLiteral(FLUXLENS_CLI), toQt(cliArgs(out)), &log), 0);
    QVERIFY2(log.contains(QStringLiteral("memory bound")), qPrintable(log));
    compareFiles(out, m_options.output);
}

void TestUpscaleDemo::cliSharesMergeToTheSameFile() {
    const std::filesystem::path out = m_folder / "shares.nc";
    for (const char* share : {"0/2", "1/2"}) {
        QStringList args = toQt(cliArgs(out));
        args << QStringLiteral("--tile") << QString::fromLatin1(share);
        QCOMPARE(runCli(QStringLiteral(FLUXLENS_CLI), args), 0);
    }
    QVERIFY(!std::filesystem::exists(out));
    QCOMPARE(runCli(QStringLiteral(FLUXLENS_CLI),
                    {QStringLiteral("upscale-merge"), QStringLiteral("--out"),
                     QString::fromStdString(out.string())}),
             0);
    compareFiles(out, m_options.output);
}

void TestUpscaleDemo::cliInterruptKeepsTilesAndResumes() {
    // The south-west 4 × 4 pixels in tiles of one pixel: quick, and many tiles to interrupt.
    const std::filesystem::path out = m_folder / "interrupted.nc";
    QStringList args = toQt(cliArgs(out));
    args.replace(args.indexOf(QStringLiteral("--tile-pixels")) + 1, QStringLiteral("1"));
    args.replace(args.indexOf(QStringLiteral("--bbox")) + 1, QStringLiteral("5,45,7,47"));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(FLUXLENS_CLI), args);
    QString log;
    while (!log.contains(QStringLiteral("[2/16]")) && process.waitForReadyRead(300'000))
        log += QString::fromLocal8Bit(process.readAll());
    QVERIFY2(log.contains(QStringLiteral("[2/16]")), qPrintable(log));
    ::kill(static_cast<pid_t>(process.processId()), SIGINT); // Ctrl-C
    QVERIFY(process.waitForFinished(300'000));
    log += QString::fromLocal8Bit(process.readAll());
    QCOMPARE(process.exitCode(), 130);
    QVERIFY2(log.contains(QStringLiteral("Cancelled")), qPrintable(log));
    QVERIFY(!std::filesystem::exists(out));
    int kept = 0;
    for (const auto& entry : std::filesystem::directory_iterator(out.string() + ".parts"))
        kept += entry.path().extension() == ".bin";
    QVERIFY2(kept >= 2 && kept < 16, qPrintable(QString::number(kept)));

    QString again;
    QCOMPARE(runCli(QStringLiteral(FLUXLENS_CLI), args, &again), 0);
    QVERIFY2(again.contains(QStringLiteral("resuming")), qPrintable(again));
    QVERIFY2(again.contains(QStringLiteral("%1 resumed").arg(kept)), qPrintable(again));
    QVERIFY(!std::filesystem::exists(out.string() + ".parts"));
    // The values of those pixels in the whole grid's run (rows 16-19, columns 0-3).
    for (const char* name : kOutputVariables) {
        const testing::NetcdfVariable part = testing::readVariable(out, name);
        const testing::NetcdfVariable whole = testing::readVariable(m_options.output, name);
        QCOMPARE(part.shape, (std::vector<std::size_t>{whole.shape[0], 4, 4}));
        std::vector<double> cut;
        for (std::size_t d = 0; d < whole.shape[0]; ++d)
            for (std::size_t r = 16; r < 20; ++r)
                for (std::size_t c = 0; c < 4; ++c)
                    cut.push_back(whole.values[(d * 20 + r) * 20 + c]);
        // Regridding onto a smaller grid may change the last bits of a driver: same within 1e-4.
        for (std::size_t i = 0; i < cut.size(); ++i)
            QVERIFY2(std::isnan(part.values[i]) == std::isnan(cut[i]) &&
                         (std::isnan(cut[i]) || std::abs(part.values[i] - cut[i]) <= 1e-4),
                     name);
    }
}

void TestUpscaleDemo::mpiTwoRanksGiveTheSameFile() {
#if !FLUXLENS_HAVE_MPI
    QSKIP("built without MPI");
#else
    const QString mpirun = QStandardPaths::findExecutable(QStringLiteral("mpirun"));
    if (mpirun.isEmpty())
        QSKIP("mpirun not found");
    const std::filesystem::path out = m_folder / "mpi.nc";
    QStringList args{QStringLiteral("-np"), QStringLiteral("2"), QStringLiteral("--oversubscribe"),
                     QStringLiteral("--allow-run-as-root")};
    // Under the sanitize preset: Open MPI's plugins leak their parameter strings at finalize and
    // are unloaded before LeakSanitizer reports. Fully unwound, each such stack still passes
    // through an Open MPI library that tests/sanitizers/lsan.supp names; the fast unwinder stops
    // inside the unloaded plugin. The ranks inherit LSAN_OPTIONS (the suppressions) as they are.
    if (const QByteArray asan = qgetenv("ASAN_OPTIONS"); !asan.isEmpty())
        args << QStringLiteral("-x")
             << QStringLiteral("ASAN_OPTIONS=") + QString::fromLatin1(asan) +
                    QStringLiteral(":fast_unwind_on_malloc=0");
    args << QStringLiteral(FLUXLENS_CLI) << toQt(cliArgs(out));
    QString log;
    QCOMPARE(runCli(mpirun, args, &log), 0);
    QVERIFY2(log.contains(QStringLiteral("rank 1/2")), qPrintable(log)); // both ranks computed
    QVERIFY2(log.contains(QStringLiteral("rank 0/2")), qPrintable(log));
    compareFiles(out, m_options.output);
#endif
}

QTEST_GUILESS_MAIN(TestUpscaleDemo)
#include "tst_upscale_demo.moc"
