#include "koppen_colors.h"

#include <array>

namespace fluxlens {

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
