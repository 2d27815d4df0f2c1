#include "raster_layer_panel.h"

#include "common/dates.h"
#include "raster_layer.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QToolButton>

namespace fluxlens {

RasterLayerPanel::RasterLayerPanel(RasterLayer* layer, QWidget* parent)
    : QWidget(parent)
    , m_layer(layer)
    , m_file(new QLabel(this))
    , m_variable(new QComboBox(this))
    , m_date(new QSlider(Qt::Horizontal, this))
    , m_dateLabel(new QLabel(this))
    , m_opacity(new QSlider(Qt::Horizontal, this))
    , m_difference(new QToolButton(this))
    , m_plain(new QToolButton(this))
    , m_busy(new QLabel(this)) {
    setObjectName(QStringLiteral("rasterLayerPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(m_file);
    layout->addWidget(new QLabel(tr("Variable:"), this));
    layout->addWidget(m_variable);
    layout->addWidget(new QLabel(tr("Date:"), this));
    layout->addWidget(m_date, 1);
    layout->addWidget(m_dateLabel);
    layout->addWidget(new QLabel(tr("Opacity:"), this));
    layout->addWidget(m_opacity);
    layout->addWidget(m_difference);
    layout->addWidget(m_plain);
    layout->addWidget(m_busy);
    auto* close = new QToolButton(this);
    close->setText(tr("Close layer"));
    layout->addWidget(close);

    m_dateLabel->setMinimumWidth(
        m_dateLabel->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) + 8);
    m_date->setPageStep(30);
    m_opacity->setRange(10, 100);
    m_opacity->setValue(static_cast<int>(layer->opacity() * 100));
    m_opacity->setMaximumWidth(110);
    m_difference->setText(tr("Difference with product…"));
    m_difference->setToolTip(tr("Show this map minus a second gridded file (e.g. FLUXCOM-X-BASE), "
                                "taken at the same dates and at the nearest pixel"));
    m_plain->setText(tr("Show the map itself"));
    m_busy->setText(tr("reading…"));

    connect(m_variable, &QComboBox::currentTextChanged, layer, &RasterLayer::setVariable);
    connect(m_date, &QSlider::valueChanged, layer, &RasterLayer::setTimeIndex);
    connect(m_date, &QSlider::valueChanged, this, [this](int index) {
        const RasterFileInfo* file = m_layer->file();
        if (file && index >= 0 && index < static_cast<int>(file->days.size()))
            m_dateLabel->setText(QString::fromStdString(
                formatIsoDate(fromDayNumber(file->days[static_cast<std::size_t>(index)]))));
    });
    connect(m_opacity, &QSlider::valueChanged, layer,
            [layer](int percent) { layer->setOpacity(percent / 100.0); });
    connect(m_difference, &QToolButton::clicked, this, &RasterLayerPanel::differenceRequested);
    connect(m_plain, &QToolButton::clicked, layer, &RasterLayer::clearProduct);
    connect(close, &QToolButton::clicked, layer, &RasterLayer::close);
    connect(layer, &RasterLayer::opened, this, &RasterLayerPanel::onOpened);
    connect(layer, &RasterLayer::changed, this, &RasterLayerPanel::onChanged);
    connect(layer, &RasterLayer::loadingChanged, m_busy, &QWidget::setVisible);
    m_busy->hide();
    hide();
}

void RasterLayerPanel::onOpened() {
    const RasterFileInfo* file = m_layer->file();
    const QSignalBlocker blockVariable(m_variable), blockDate(m_date);
    m_variable->clear();
    for (const RasterVariableInfo& v : file->variables)
        m_variable->addItem(QString::fromStdString(v.name),
                            QString::fromStdString(v.longName.empty() ? v.units : v.longName));
    m_variable->setCurrentText(m_layer->variable());
    m_date->setRange(0, std::max(0, static_cast<int>(file->days.size()) - 1));
    m_date->setValue(m_layer->timeIndex());
    m_date->setEnabled(file->days.size() > 1);
    m_dateLabel->setText(file->days.empty() ? tr("no dates")
                                            : QString::fromStdString(formatIsoDate(
                                                  fromDayNumber(file->days.front()))));
    const QString path = QString::fromStdString(file->path);
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(path);
    show();
}

void RasterLayerPanel::onChanged() {
    setVisible(m_layer->isOpen());
    m_plain->setVisible(m_layer->product() != nullptr);
    m_difference->setText(
        m_layer->product()
            ? tr("Product: %1")
                  .arg(QFileInfo(QString::fromStdString(m_layer->product()->path)).fileName())
            : tr("Difference with product…"));
}

} // namespace fluxlens
