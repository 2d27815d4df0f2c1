#pragma once

#include "figure_spec.h"

#include <QSizeF>
#include <functional>

class QPainter;

namespace fluxlens {

// Paints a figure into a layout of `size` points (1/72 inch) at the spec's physical size.
using FigurePainter = std::function<void(QPainter& painter, const QSizeF& size_pt)>;

// Writes a figure as PNG (at the spec's DPI), SVG or PDF (vector, at the spec's size).
// Throws std::runtime_error naming the file when it cannot be written.
void writeFigure(const QString& path, const FigureSpec& spec, const FigurePainter& paint);

} // namespace fluxlens
