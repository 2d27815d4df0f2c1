#pragma once

#include <QColor>

namespace fluxlens {

// Okabe–Ito colour-blind-safe qualitative colours for models and products, by index (cycles).
QColor seriesColor(int index);
// Diverging red–white–blue palette (ColorBrewer RdBu): t = −1 red (worse), 0 white, +1 blue
// (better); clamped to [−1, 1]; NaN gives grey.
QColor divergingColor(double t);
// Black or white, whichever reads better on `background`.
QColor textColorOn(const QColor& background);

} // namespace fluxlens
