#include "upscale_form.h"

#include "common/dates.h"
#include "grid/driver_map.h"
#include "grid/grid_spec.h"
#include "map/map_scene.h"
#include "map/map_viewport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <filesystem>

namespace fluxlens {
namespace {
std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

int dayNumber(const QDate& date) {
    return toDayNumber(Day(std::chrono::year(date.year()) / date.month() / date.day()));
}
} // namespace

UpscaleFormCheck UpscaleFormChecks::check(const UpscaleForm& form) {
    UpscaleFormCheck result;
    upscale::UpscaleOptions options;
    try {
        options.grid = grid::parseBbox(form.bbox.trimmed().toStdString(), form.resolution_deg);
        grid::validateGrid(options.grid);
    } catch (const std::exception& e) {
        result.problem = tr("Region: %1").arg(QString::fromUtf8(e.what()));
        return result;
    }
    const qint64 days =
        form.from.isValid() && form.to.isValid() ? form.from.daysTo(form.to) + 1 : 0;
    const double pixelDays =
        double(options.grid.rows()) * options.grid.columns() * std::max<qint64>(days, 0);
    result.extent = tr("%1 × %2 pixels, %3 days: %4 M pixel-days")
                        .arg(options.grid.columns())
                        .arg(options.grid.rows())
                        .arg(days)
                        .arg(pixelDays / 1e6, 0, 'f', 1);
    if (days <= 0) {
        result.problem = tr("Period: the first day must not be after the last");
        return result;
    }
    options.firstDay = dayNumber(form.from);
    options.lastDay = dayNumber(form.to);
    if (form.modelFolder.isEmpty() || !QFileInfo(form.modelFolder).isDir()) {
        result.problem = form.modelFolder.isEmpty()
                             ? tr("Model: choose a model from the library")
                             : tr("Model: its folder %1 is missing").arg(form.modelFolder);
        return result;
    }
    options.modelFolder = fsPath(form.modelFolder);
    if (form.driverMap.isEmpty()) {
        result.problem = tr("Drivers: choose a driver map (JSON)");
        return result;
    }
    try {
        grid::parseDriverMap(fsPath(form.driverMap));
    } catch (const std::exception& e) {
        result.problem = tr("Drivers: %1").arg(QString::fromUtf8(e.what()));
        return result;
    }
    options.driverMap = fsPath(form.driverMap);
    const QFileInfo output(form.output);
    if (form.output.isEmpty() ||
        output.suffix().compare(QLatin1String("nc"), Qt::CaseInsensitive)) {
        result.problem = tr("Output: a NetCDF file name ending in .nc");
        return result;
    }
    if (!output.absoluteDir().exists()) {
        result.problem = tr("Output: the folder %1 does not exist").arg(output.absolutePath());
        return result;
    }
    if (!QFileInfo(output.absolutePath()).isWritable()) {
        result.problem = tr("Output: the folder %1 is not writable").arg(output.absolutePath());
        return result;
    }
    options.output = fsPath(output.absoluteFilePath());
    if (form.tilePixels < 1 || form.threads < 1) {
        result.problem = tr("Tile size and threads must be at least 1");
        return result;
    }
    options.tilePixels = form.tilePixels;
    options.device = form.device.toStdString();
    options.threads = form.threads;
    options.monthlyMeans = form.monthlyMeans;
    result.options = std::move(options);
    return result;
}

QString UpscaleFormChecks::visibleBbox(const MapScene& scene, const MapViewport& viewport,
                                       const QSizeF& size, double resolution_deg) {
    // The visible area is not a lon/lat rectangle on a pseudocylindrical map: sample the
    // screen and take the extent of what lies on the globe.
    constexpr int kSamples = 24;
    double west = 180, east = -180, south = 90, north = -90;
    for (int i = 0; i <= kSamples; ++i)
        for (int j = 0; j <= kSamples; ++j) {
            const QPointF screen(size.width() * i / kSamples, size.height() * j / kSamples);
            const auto lonLat = scene.unproject(viewport.toWorld(screen, size));
            if (!lonLat)
                continue;
            west = std::min(west, lonLat->x());
            east = std::max(east, lonLat->x());
            south = std::min(south, lonLat->y());
            north = std::max(north, lonLat->y());
        }
    if (west >= east || south >= north || resolution_deg <= 0)
        return {};
    // Outwards onto whole pixels, inside ±180°/±90°.
    auto down = [&](double v, double limit) {
        return std::max(limit, std::floor(v / resolution_deg) * resolution_deg);
    };
    auto up = [&](double v, double limit) {
        return std::min(limit, std::ceil(v / resolution_deg) * resolution_deg);
    };
    auto text = [](double v) {
        return QString::number(v, 'f', 4).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
    };
    return QStringLiteral("%1,%2,%3,%4")
        .arg(text(down(west, -180)), text(down(south, -90)), text(up(east, 180)),
             text(up(north, 90)));
}

} // namespace fluxlens
