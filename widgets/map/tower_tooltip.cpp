#include "tower_tooltip.h"

#include "koppen_colors.h"
#include "site_record.h"

#include <QCoreApplication>

namespace fluxlens {

QString towerTooltip(const SiteRecord& r, const QString& layerLine) {
    // Translated in the map widget's context, where this text was first.
    const QString koppen = QString::fromUtf8(koppenCode(r.site.koppen).data());
    const QString text =
        QCoreApplication::translate(
            "fluxlens::WorldMapWidget",
            "<b>%1</b> %2<br>IGBP: %3 (%4)<br>Köppen: %5 (%6)%7<br>Years of data: %8")
            .arg(r.id().toHtmlEscaped(), QString::fromStdString(r.site.name).toHtmlEscaped(),
                 QString::fromUtf8(igbpCode(r.site.igbp).data()),
                 QString::fromUtf8(igbpDescription(r.site.igbp).data()), koppen,
                 QString::fromUtf8(koppenDescription(r.site.koppen).data()),
                 r.site.koppen_source == KoppenSource::None
                     ? QString()
                     : QStringLiteral(", %1").arg(koppenSourceText(r.site.koppen_source)),
                 r.fluxDays > 0
                     ? QStringLiteral("%1 (%2 – %3)")
                           .arg(QString::number(r.yearsOfData(), 'f', 1), r.firstDate, r.lastDate)
                     : QCoreApplication::translate("fluxlens::WorldMapWidget", "none"));
    return layerLine.isEmpty() ? text : text + QStringLiteral("<br>") + layerLine;
}

} // namespace fluxlens
