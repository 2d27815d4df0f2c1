#pragma once

#include "geo/igbp.h"
#include "geo/koppen.h"

#include <QColor>

namespace fluxlens {

inline QColor koppenQColor(KoppenClass k) {
    const Rgb c = koppenColor(k);
    return QColor(c.r, c.g, c.b);
}

// A qualitative palette for the 17 IGBP classes (colour-blind friendly where possible).
QColor igbpQColor(IgbpClass c);

} // namespace fluxlens
