#include "view_export.h"

#include "cache/cache.h"
#include "export/export_dialog.h"
#include "export/figure_writer.h"
#include "jobs/background_job.h"
#include "session/cache_connector.h"
#include "view_figures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <exception>

namespace fluxlens {
namespace {
// A class, so that lupdate files the strings of this file's free functions under the
// context tr() looks them up with.
struct ViewExport {
    Q_DECLARE_TR_FUNCTIONS(ViewExport)
};

QString documentsPath(const QString& fileName) {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(fileName);
}
} // namespace

void exportViewFigure(QWidget* parent, const QString& figureName, const QString& fileStem,
                      const std::function<ViewFigure()>& build,
                      const std::function<void(const QString&)>& status) {
    ExportDialog dialog(figureName, documentsPath(fileStem + QStringLiteral(".pdf")), parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        const ViewFigure figure = build();
        FigureSpec spec = dialog.spec();
        spec.title = figure.title;
        spec.description = figure.description;
        writeFigure(dialog.path(), spec,
                    [&](QPainter& p, const QSizeF& size) { figure.paint(p, size, spec); });
        QString written = dialog.path();
        if (dialog.writeCsv() && figure.writeCsv) {
            const QString csv = ExportDialog::csvPathFor(dialog.path());
            figure.writeCsv(csv);
            written += ViewExport::tr(" and %1").arg(csv);
        }
        status(ViewExport::tr("%1 written to %2").arg(figureName, written));
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, ViewExport::tr("Export %1").arg(figureName),
                             QString::fromUtf8(e.what()));
    }
}

void exportTable1(QWidget* parent, const CacheConnector& cache, const CompareData& data,
                  const QString& reference, const std::function<void(const QString&)>& status,
                  const std::function<void(BackgroundJob*)>& track) {
    const QString path =
        QFileDialog::getSaveFileName(parent, ViewExport::tr("Export Table 1"),
                                     documentsPath(QStringLiteral("fluxlens-table1.tex")),
                                     ViewExport::tr("LaTeX table (*.tex);;CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    Table1Scope scope;
    try {
        scope = table1Scope(data, reference);
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, ViewExport::tr("Export Table 1"), QString::fromUtf8(e.what()));
        return;
    }
    auto* job = new BackgroundJob(ViewExport::tr("Export of Table 1"), parent);
    QObject::connect(job, &BackgroundJob::succeeded, job,
                     [status, path] { status(ViewExport::tr("Table 1 written to %1").arg(path)); });
    QObject::connect(job, &BackgroundJob::failed, parent, [parent](const QString& message) {
        QMessageBox::warning(parent, ViewExport::tr("Export Table 1"), message);
    });
    QObject::connect(job, &BackgroundJob::finished, job, &QObject::deleteLater);
    track(job);
    job->start([cache, path, scope](JobReporter& reporter) {
        reporter.log(ViewExport::tr("Evaluating the models for %1").arg(path));
        const std::string text = table1Report(path, cache.openExisting(), scope);
        if (reporter.cancelled())
            return QString(); // nothing written
        writeReportFile(path, text);
        reporter.progress(1.0);
        return QString();
    });
}

} // namespace fluxlens
