#include "koppen_colors.h"

#include "common/input_error.h"
#include "geo/koppen_legend.h"

#include <QCoreApplication>
#include <array>
#include <filesystem>

namespace fluxlens {
namespace {
std::array<Rgb, kKoppenClassCount + 1> legendPalette() {
    std::array<Rgb, kKoppenClassCount + 1> palette{};
    for (int k = 0; k <= kKoppenClassCount; ++k)
        palette[k] = koppenColor(static_cast<KoppenClass>(k));
    const auto folder = shippedKoppenFolder();
    if (!folder)
        return palette;
    try {
        const auto legend =
            readKoppenLegend((std::filesystem::path(*folder) / kShippedKoppenLegendFile).string());
        for (int k = 1; k <= kKoppenClassCount; ++k)
            palette[k] = legend[k];
    } catch (const InputError&) {
        // A damaged legend keeps the built-in copy of the same Beck et al. colours.
    }
    return palette;
}
} // namespace

QColor koppenQColor(KoppenClass k) {
    static const auto palette = legendPalette();
    const auto i = static_cast<std::size_t>(k);
    const Rgb c = i < palette.size() ? palette[i] : koppenColor(KoppenClass::Unknown);
    return QColor(c.r, c.g, c.b);
}

QString koppenSourceText(KoppenSource source) {
    switch (source) {
    case KoppenSource::None:
        return {};
    case KoppenSource::Metadata:
        return QCoreApplication::translate("KoppenSource", "from the site's metadata");
    case KoppenSource::Map:
        return QCoreApplication::translate("KoppenSource",
                                           "from the Köppen–Geiger map at the site");
    case KoppenSource::Climate:
        return QCoreApplication::translate("KoppenSource",
                                           "derived from 20+ years of the site's climate");
    }
    return {};
}

QColor igbpQColor(IgbpClass c) {
    // Forests in greens, shrubs and savannas in ochres, grass and crops in yellows, the rest
    // neutral.
    static const std::array<QColor, kIgbpClassCount + 1> palette{
        QColor(160, 160, 160), // unknown
        QColor(5, 69, 10),     // ENF
        QColor(8, 106, 16),    // EBF
        QColor(84, 167, 8),    // DNF
        QColor(120, 210, 3),   // DBF
        QColor(0, 153, 0),     // MF
        QColor(198, 176, 76),  // CSH
        QColor(220, 209, 89),  // OSH
        QColor(218, 222, 72),  // WSA
        QColor(251, 255, 19),  // SAV
        QColor(182, 255, 5),   // GRA
        QColor(39, 255, 135),  // WET
        QColor(194, 79, 68),   // CRO
        QColor(165, 165, 165), // URB
        QColor(255, 109, 76),  // CVM
        QColor(105, 255, 248), // SNO
        QColor(249, 255, 164), // BSV
        QColor(28, 13, 255),   // WAT
    };
    const auto i = static_cast<std::size_t>(c);
    return palette[i < palette.size() ? i : 0];
}

} // namespace fluxlens
