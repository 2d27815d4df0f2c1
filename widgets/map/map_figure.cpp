#include "map_figure.h"

#include "map/map_scene.h"
#include "map/map_viewport.h"
#include "site_record.h"

#include <QFile>
#include <QPainter>
#include <QTextStream>
#include <cmath>
#include <stdexcept>

namespace fluxlens {
namespace {
QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    return text;
}
} // namespace

void MapFigure::paint(QPainter& painter, const QSizeF& size_pt, const FigureSpec& spec) const {
    MapStyle style = MapStyle::print();
    style.font.setPixelSize(std::max(4, static_cast<int>(std::lround(spec.fontSize_pt))));
    style.markerRadius_px = std::max(1.5, spec.fontSize_pt * 0.35);
    MapRenderer::paintBase(painter, size_pt, *scene, *viewport, style);
    RasterRenderer::paintRaster(painter, size_pt, *scene, *viewport, raster, style);
    MapRenderer::paintTowers(painter, size_pt, *viewport, towers, style);
    MapRenderer::paintLegend(painter, size_pt, legend, style);
    RasterRenderer::paintColorBar(painter, size_pt, raster, style);
}

void MapFigure::writeCsv(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        throw std::runtime_error(
            QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()).toStdString());
    QTextStream out(&file);
    out << "site_id,name,lat,lon,igbp,koppen,koppen_source,network,selected\n";
    for (std::size_t i = 0; i < sites.size() && i < towers.size(); ++i) {
        const Site& s = sites[i]->site;
        out << csvField(QString::fromStdString(s.id)) << ','
            << csvField(QString::fromStdString(s.name)) << ',' << QString::number(s.lat_deg, 'f', 5)
            << ',' << QString::number(s.lon_deg, 'f', 5) << ','
            << QString::fromUtf8(igbpCode(s.igbp).data()) << ','
            << QString::fromUtf8(koppenCode(s.koppen).data()) << ','
            << QString::fromUtf8(koppenSourceName(s.koppen_source).data()) << ','
            << csvField(QString::fromStdString(s.network)) << ',' << (towers[i].selected ? 1 : 0)
            << '\n';
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.flush())
        throw std::runtime_error(
            QStringLiteral("%1: write failed: %2").arg(path, file.errorString()).toStdString());
}

QString MapFigure::description() const {
    const QString towersText =
        QCoreApplication::translate("MapFigure", "Flux towers (%1 sites), %2, coloured by %3")
            .arg(towers.size())
            .arg(QString::fromUtf8(projectionName(scene->projection()).data()), legend.title);
    if (raster.isNull())
        return towersText;
    return QCoreApplication::translate("MapFigure", "%1; over the map %2 (%3), %4")
        .arg(towersText, raster.scale.title, raster.scale.units, raster.caption);
}

} // namespace fluxlens
