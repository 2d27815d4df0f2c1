#include "raster_layer.h"

#include "common/dates.h"
#include "import/gridded_series.h"
#include "tower_observations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <cmath>

namespace fluxlens {
namespace {
// Decimated display slices of a global 0.05° grid are 8 MB; a few dozen dates stay cached.
constexpr int kCacheBudget_kB = 256 * 1024;

// The variable shown first: a flux when there is one, else the first map.
QString firstVariable(const RasterFileInfo& info) {
    for (const char* preferred : {"GPP", "gpp", "NEE", "RECO", "TER"})
        if (info.variable(preferred))
            return QString::fromLatin1(preferred);
    return QString::fromStdString(info.variables.front().name);
}

QString isoDate(int day) {
    return QString::fromStdString(formatIsoDate(fromDayNumber(day)));
}

QString formatValue(double value) {
    return std::isfinite(value) ? QString::number(value, 'f', 2)
                                : QCoreApplication::translate("fluxlens::RasterLayer", "no value");
}
} // namespace

RasterLayer::RasterLayer(QObject* parent)
    : QObject(parent)
    , m_cache(kCacheBudget_kB)
    , m_observations(new TowerObservations(this)) {
    connect(&m_reading, &QFutureWatcher<Read>::finished, this, &RasterLayer::onRead);
    connect(&m_inspecting, &QFutureWatcher<Inspected>::finished, this, &RasterLayer::onInspected);
    connect(m_observations, &TowerObservations::loaded, this, &RasterLayer::changed);
}

RasterLayer::~RasterLayer() {
    m_reading.waitForFinished();
    m_inspecting.waitForFinished();
}

void RasterLayer::open(const QString& path) {
    inspect(path, Opening::Layer);
}

void RasterLayer::setProduct(const QString& path) {
    inspect(path, Opening::Product);
}

void RasterLayer::inspect(const QString& path, Opening what) {
    m_inspecting.waitForFinished(); // a second choice while one is inspected: the newer wins
    m_opening = what;
    m_inspectBusy = true;
    Q_EMIT loadingChanged(true);
    m_inspecting.setFuture(QtConcurrent::run([path] {
        Inspected result;
        try {
            result.info = inspectRasterFile(path.toStdString());
        } catch (const std::exception& e) {
            result.error = QString::fromUtf8(e.what());
        }
        return result;
    }));
}

void RasterLayer::onInspected() {
    Inspected result = m_inspecting.result();
    m_inspectBusy = false;
    if (!result.info) {
        Q_EMIT loadingChanged(isLoading());
        Q_EMIT failed(result.error);
        return;
    }
    if (m_opening == Opening::Product) {
        if (m_file) {
            try { // named in the message now, before the first read
                matchingVariable(*result.info, m_variable.toStdString());
            } catch (const std::exception& e) {
                Q_EMIT loadingChanged(isLoading());
                Q_EMIT failed(QString::fromUtf8(e.what()));
                return;
            }
        }
        m_product = std::move(result.info);
        ++m_productSerial;
        for (const QString& key : m_scales.keys())
            if (key.endsWith(QLatin1String("|difference")))
                m_scales.remove(key);
    } else {
        m_file = std::move(result.info);
        m_product.reset();
        m_scales.clear();
        m_variable = firstVariable(*m_file);
        m_timeIndex = 0;
        Q_EMIT opened();
    }
    m_cache.clear();
    requestRead();
}

void RasterLayer::close() {
    m_file.reset();
    m_product.reset();
    m_data.reset();
    m_image = QImage();
    m_cache.clear();
    m_scales.clear();
    Q_EMIT changed();
}

void RasterLayer::clearProduct() {
    if (!m_product)
        return;
    m_product.reset();
    requestRead();
}

void RasterLayer::setVariable(const QString& name) {
    if (name == m_variable || !m_file || !m_file->variable(name.toStdString()))
        return;
    m_variable = name;
    requestRead();
}

void RasterLayer::setTimeIndex(int index) {
    if (index == m_timeIndex || !m_file || index < 0 ||
        index >= static_cast<int>(m_file->days.size()))
        return;
    m_timeIndex = index;
    requestRead();
}

void RasterLayer::setOpacity(double opacity) {
    m_opacity = std::clamp(opacity, 0.0, 1.0);
    Q_EMIT changed();
}

void RasterLayer::setTowers(std::vector<std::pair<QString, QPointF>> lonLat_deg) {
    m_towers = std::move(lonLat_deg);
    m_towerIndex.clear();
    for (int i = 0; i < static_cast<int>(m_towers.size()); ++i)
        m_towerIndex.insert(m_towers[static_cast<std::size_t>(i)].first, i);
    m_cache.clear(); // cached dates hold the old towers' values
    if (m_file)
        requestRead();
}

void RasterLayer::setSession(CacheSession* session) {
    m_observations->setSession(session);
}

QString RasterLayer::cacheKey() const {
    return QStringLiteral("%1|%2|%3")
        .arg(m_variable)
        .arg(m_timeIndex)
        .arg(m_product ? m_productSerial : 0);
}

QString RasterLayer::rangeKey() const {
    return m_variable + (m_product ? QStringLiteral("|difference") : QString());
}

void RasterLayer::requestRead() {
    if (!m_file)
        return;
    m_observations->request(m_variable);
    const QString key = cacheKey();
    if (const RasterLayerData* cached = m_cache.object(key);
        cached && m_scales.contains(rangeKey())) {
        show(*cached, m_scales.value(rangeKey()));
        return;
    }
    if (m_readBusy) {     // until onRead() has the result, not only while the future runs
        m_pending = true; // read when the running one ends, if still wanted
        return;
    }
    m_pending = false;
    RasterLayerRequest request;
    request.file = *m_file;
    request.variable = m_variable.toStdString();
    request.timeIndex = m_file->variable(request.variable)->hasTime ? m_timeIndex : 0;
    request.product = m_product;
    request.sampleRange = !m_scales.contains(rangeKey());
    for (const auto& [id, lonLat] : m_towers)
        request.towers_lonLat_deg.emplace_back(lonLat.x(), lonLat.y());
    m_readingKey = key;
    m_readBusy = true;
    Q_EMIT loadingChanged(true);
    m_reading.setFuture(QtConcurrent::run([request = std::move(request)] {
        Read read;
        try {
            read.data = readRasterLayer(request);
        } catch (const std::exception& e) {
            read.error = QString::fromUtf8(e.what());
        }
        return read;
    }));
}

void RasterLayer::onRead() {
    Read read = m_reading.result();
    m_readBusy = false;
    const bool current = m_readingKey == cacheKey() && m_file;
    if (!read.error.isEmpty()) {
        Q_EMIT loadingChanged(isLoading());
        if (current)
            Q_EMIT failed(read.error);
    } else if (m_file) {
        const QString variable = m_readingKey.section(QLatin1Char('|'), 0, 0);
        const bool difference = !m_readingKey.endsWith(QLatin1String("|0"));
        const QString range = variable + (difference ? QStringLiteral("|difference") : QString());
        if (!read.data.rangeSample.empty() && !m_scales.contains(range)) {
            // Differences and NEE (uptake negative, release positive) are shown around zero.
            const bool signedFlux =
                difference || (canonicalGriddedVariable(variable.toStdString()) &&
                               variable.startsWith(QLatin1String("NEE")));
            RasterColorScale scale =
                fitColorScale(read.data.rangeSample,
                              signedFlux ? RasterColorMap::Diverging : RasterColorMap::Sequential);
            m_scales.insert(range, scale);
        }
        read.data.rangeSample = {};
        const auto cost = static_cast<qsizetype>(read.data.slice.values.size() * 4 / 1024 + 1);
        m_cache.insert(m_readingKey, new RasterLayerData(read.data), cost);
        if (current)
            show(read.data, m_scales.value(range));
    }
    if (m_pending || !current)
        requestRead();
    Q_EMIT loadingChanged(isLoading());
}

void RasterLayer::show(const RasterLayerData& data, const RasterColorScale& scale) {
    m_data = data;
    m_image = colorizeSlice(data.slice, scale);
    m_shownScale = scale;
    m_shownVariable = m_variable;
    m_shownDifference = m_product.has_value();
    Q_EMIT changed();
}

RasterPicture RasterLayer::picture() const {
    RasterPicture picture;
    if (!m_data || !m_file)
        return picture;
    picture.image = m_image;
    picture.geometry = m_data->slice.geometry;
    picture.scale = m_shownScale;
    picture.scale.title =
        m_shownDifference ? tr("%1: difference").arg(m_shownVariable) : m_shownVariable;
    picture.scale.units = QString::fromStdString(m_data->units);
    const QString file = QFileInfo(QString::fromStdString(m_file->path)).fileName();
    const QString date = m_data->day ? isoDate(*m_data->day) : QString();
    picture.caption =
        m_product
            ? tr("%1 %2 − %3")
                  .arg(date, file, QFileInfo(QString::fromStdString(m_product->path)).fileName())
            : QStringLiteral("%1 %2").arg(date, file).trimmed();
    picture.opacity = m_opacity;
    return picture;
}

std::optional<float> RasterLayer::towerValue(const QString& id) const {
    const auto it = m_towerIndex.constFind(id);
    if (!m_data || it == m_towerIndex.constEnd() ||
        static_cast<std::size_t>(*it) >= m_data->towerValues.size())
        return std::nullopt;
    return m_data->towerValues[static_cast<std::size_t>(*it)];
}

QString RasterLayer::towerTooltip(const QString& id) const {
    const auto value = towerValue(id);
    if (!value)
        return {};
    const QString units = QString::fromStdString(m_data->units);
    const QString& variable = m_shownVariable;
    QString line =
        m_shownDifference
            ? tr("%1 difference (map − product): %2 %3").arg(variable, formatValue(*value), units)
            : tr("%1 on the map: %2 %3").arg(variable, formatValue(*value), units);
    const QString column = TowerObservations::columnFor(variable);
    if (m_data->day && !column.isEmpty()) {
        const auto observed = m_observations->observed(id, variable, *m_data->day);
        line +=
            QStringLiteral("<br>") +
            (observed ? tr("Tower %1 on %2: %3 gC m-2 d-1")
                            .arg(column, isoDate(*m_data->day), formatValue(*observed))
                      : tr("Tower %1 on %2: no observation").arg(column, isoDate(*m_data->day)));
    }
    return line;
}

} // namespace fluxlens
