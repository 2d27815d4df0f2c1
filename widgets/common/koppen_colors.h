#pragma once

#include "geo/igbp.h"
#include "geo/koppen.h"
#include "geo/koppen_source.h"

#include <QColor>
#include <QString>

namespace fluxlens {

// The class colour from the legend file shipped with the Köppen map (share/fluxlens/koppen/
// legend.txt), read once; the built-in Beck et al. (2018) colours when it cannot be read.
QColor koppenQColor(KoppenClass k);

// Where a site's class came from, as the views say it ("from the Köppen–Geiger map at the site").
QString koppenSourceText(KoppenSource source);

// A qualitative palette for the 17 IGBP classes (colour-blind friendly where possible).
QColor igbpQColor(IgbpClass c);

} // namespace fluxlens
