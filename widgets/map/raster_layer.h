#pragma once

#include "raster_grid_file.h"
#include "raster_layer_reading.h"
#include "raster_renderer.h"

#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointF>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace fluxlens {

class CacheSession;
class TowerObservations;

// The world map's raster layer: a gridded file (an upscaled map, FLUXCOM-X-BASE, the demo's
// reference product) shown one variable and date at a time, or its difference with a second file.
// Every read runs on a worker thread, one at a time: while one runs, only the newest request
// waits, so dragging the date slider never queues up reads. Read dates stay cached.
class RasterLayer : public QObject {
    Q_OBJECT
public:
    explicit RasterLayer(QObject* parent = nullptr);
    ~RasterLayer() override;

    // Inspects `path` off the GUI thread: opened() then changed() once the first date is read,
    // or failed(message naming the file). The layer shown so far stays until then.
    void open(const QString& path);
    void close();
    bool isOpen() const { return m_file.has_value(); }
    const RasterFileInfo* file() const { return m_file ? &*m_file : nullptr; }
    QString variable() const { return m_variable; }
    int timeIndex() const { return m_timeIndex; }
    double opacity() const { return m_opacity; }
    // The product subtracted in difference mode (null otherwise).
    const RasterFileInfo* product() const { return m_product ? &*m_product : nullptr; }
    // A file is being inspected or a date read (until its result has been taken in).
    bool isLoading() const { return m_readBusy || m_inspectBusy; }

    void setVariable(const QString& name);
    void setTimeIndex(int index);
    void setOpacity(double opacity);
    // Difference mode: this file − `path` (regridded by nearest pixel, matched by date).
    void setProduct(const QString& path);
    void clearProduct();

    // Where towers are, for their exact pixel values (the tooltip).
    void setTowers(std::vector<std::pair<QString, QPointF>> lonLat_deg);
    // The observations shown next to the pixel value come from this session's cache.
    void setSession(CacheSession* session);

    // What is drawn now; null before the first date is read.
    RasterPicture picture() const;
    const RasterSlice* slice() const { return m_data ? &m_data->slice : nullptr; }
    std::optional<int> day() const { return m_data ? m_data->day : std::nullopt; }
    // The exact value of the tower's pixel on the date shown; NaN where missing or outside.
    std::optional<float> towerValue(const QString& id) const;
    // One tooltip line for the tower: pixel value and the tower's observation of that day.
    QString towerTooltip(const QString& id) const;

Q_SIGNALS:
    void opened();
    void changed();
    void failed(const QString& message);
    void loadingChanged(bool loading);

private:
    struct Read {
        RasterLayerData data;
        QString error;
    };
    struct Inspected {
        std::optional<RasterFileInfo> info;
        QString error;
    };
    enum class Opening { Layer, Product };
    void inspect(const QString& path, Opening what);
    void onInspected();
    void requestRead();
    void onRead();
    QString cacheKey() const;
    QString rangeKey() const;
    void show(const RasterLayerData& data, const RasterColorScale& scale);

    std::optional<RasterFileInfo> m_file;
    std::optional<RasterFileInfo> m_product;
    QString m_variable;
    int m_timeIndex = 0;
    double m_opacity = 0.85;
    std::vector<std::pair<QString, QPointF>> m_towers;
    QHash<QString, int> m_towerIndex;
    // What is drawn: the data of the newest finished read, which may lag behind the choice.
    std::optional<RasterLayerData> m_data;
    QImage m_image;
    RasterColorScale m_shownScale;
    QString m_shownVariable;
    bool m_shownDifference = false;
    int m_productSerial = 0; // a read for an earlier product is not shown for a later one
    QHash<QString, RasterColorScale> m_scales; // per variable and mode, fixed across dates
    QCache<QString, RasterLayerData> m_cache;
    QFutureWatcher<Read> m_reading;
    QString m_readingKey;
    bool m_readBusy = false;
    bool m_inspectBusy = false;
    bool m_pending = false;
    QFutureWatcher<Inspected> m_inspecting;
    Opening m_opening = Opening::Layer;
    TowerObservations* m_observations = nullptr;
};

} // namespace fluxlens
