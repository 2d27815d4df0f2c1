#include "view_export.h"

#include "cache/cache.h"
#include "export/export_dialog.h"
#include "export/figure_writer.h"
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
                  const QString& reference, const std::function<void(const QString&)>& status) {
    const QString path =
        QFileDialog::getSaveFileName(parent, ViewExport::tr("Export Table 1"),
                                     documentsPath(QStringLiteral("fluxlens-table1.tex")),
                                     ViewExport::tr("LaTeX table (*.tex);;CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        writeTable1(path, cache.openExisting(), data, reference);
        status(ViewExport::tr("Table 1 written to %1").arg(path));
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, ViewExport::tr("Export Table 1"), QString::fromUtf8(e.what()));
    }
}

} // namespace fluxlens
