#include "figure_writer.h"

#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <stdexcept>

namespace fluxlens {
namespace {
[[noreturn]] void fail(const QString& path, const QString& why) {
    throw std::runtime_error(QStringLiteral("%1: %2").arg(path, why).toStdString());
}

void writePng(const QString& path, const FigureSpec& spec, const FigurePainter& paint) {
    QImage image(spec.pixelSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        fail(path, QStringLiteral("the figure is too large for memory at %1 dpi").arg(spec.dpi));
    image.fill(Qt::white);
    image.setDotsPerMeterX(static_cast<int>(spec.dpi / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(spec.dpi / 0.0254));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        // Lay out in points, so fonts and line widths match the vector formats.
        const double scale = spec.dpi / 72.0;
        painter.scale(scale, scale);
        paint(painter, spec.pointSize());
    }
    if (!image.save(path, "PNG"))
        fail(path, QStringLiteral("cannot write the PNG file"));
}

void writeSvg(const QString& path, const FigureSpec& spec, const FigurePainter& paint) {
    QSvgGenerator svg;
    svg.setFileName(path);
    const QSizeF pt = spec.pointSize();
    // The size is whole device units: at 100 units per point the written width and height in mm
    // are exact to 0.004 mm (at 72 dpi 183 mm came out as 183.09 mm).
    constexpr int kUnitsPerPt = 100;
    svg.setSize((pt * kUnitsPerPt).toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), pt));
    svg.setResolution(72 * kUnitsPerPt);
    svg.setTitle(spec.title);
    svg.setDescription(spec.description);
    QPainter painter;
    if (!painter.begin(&svg))
        fail(path, QStringLiteral("cannot write the SVG file"));
    paint(painter, pt);
    painter.end();
    if (!QFile::exists(path) || QFile(path).size() == 0)
        fail(path, QStringLiteral("the SVG file was not written"));
}

void writePdf(const QString& path, const FigureSpec& spec, const FigurePainter& paint) {
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QSizeF(spec.width_mm, spec.height_mm), QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(1200);
    pdf.setTitle(spec.title);
    pdf.setCreator(QStringLiteral("FluxLens"));
    QPainter painter;
    if (!painter.begin(&pdf))
        fail(path, QStringLiteral("cannot write the PDF file"));
    const double scale = pdf.resolution() / 72.0;
    painter.scale(scale, scale);
    paint(painter, spec.pointSize());
    painter.end();
    if (!QFile::exists(path) || QFile(path).size() == 0)
        fail(path, QStringLiteral("the PDF file was not written"));
}
} // namespace

void writeFigure(const QString& path, const FigureSpec& spec, const FigurePainter& paint) {
    switch (spec.format) {
    case FigureSpec::Format::Png:
        return writePng(path, spec, paint);
    case FigureSpec::Format::Svg:
        return writeSvg(path, spec, paint);
    case FigureSpec::Format::Pdf:
        return writePdf(path, spec, paint);
    }
}

} // namespace fluxlens
