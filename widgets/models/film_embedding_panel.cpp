#include "film_embedding_panel.h"

#include "embedding_map_view.h"
#include "koppen_colors.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace fluxlens {
namespace {
QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

FilmEmbeddingPanel::FilmEmbeddingPanel(QWidget* parent)
    : QWidget(parent)
    , m_colorBy(new QComboBox(this))
    , m_map(new EmbeddingMapView(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* colorRow = new QHBoxLayout;
    m_colorBy->addItem(tr("Köppen class"));
    m_colorBy->addItem(tr("IGBP class"));
    m_colorBy->setToolTip(tr("Colour the embedding map by climate, land cover or (demo world) a "
                             "hidden site parameter."));
    auto* loadHidden = new QPushButton(tr("Hidden parameters…"), this);
    loadHidden->setToolTip(tr("Demo world: read demo_hidden_parameters.csv to colour the map by "
                              "the parameters the data were generated with."));
    colorRow->addWidget(new QLabel(tr("Task embeddings (PCA), colour by"), this));
    colorRow->addWidget(m_colorBy, 1);
    colorRow->addWidget(loadHidden);
    layout->addLayout(colorRow);
    layout->addWidget(m_map, 1);
    connect(m_colorBy, &QComboBox::currentIndexChanged, this, &FilmEmbeddingPanel::recolor);
    connect(loadHidden, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Demo hidden parameters"),
                                                          QString(), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            loadHiddenParameters(file);
    });
    connect(m_map, &EmbeddingMapView::siteClicked, this, &FilmEmbeddingPanel::siteClicked);
}

void FilmEmbeddingPanel::setEngine(std::shared_ptr<const FilmLabEngine> engine,
                                   const QString& currentSite) {
    m_engine = std::move(engine);
    std::vector<EmbeddingMapView::Point> points;
    QString xLabel, yLabel;
    if (m_engine) {
        const EmbeddingProjection& p = m_engine->projection();
        for (std::size_t i = 0; i < m_engine->sites().size(); ++i)
            points.push_back({fromStd(m_engine->sites()[i].id),
                              QPointF(p.points[i][0], p.points[i][1]), QColor(Qt::gray)});
        xLabel = tr("PC1 (%1 % of variance)").arg(p.explainedVariance[0] * 100, 0, 'f', 0);
        yLabel = tr("PC2 (%1 %)").arg(p.explainedVariance[1] * 100, 0, 'f', 0);
    }
    m_map->setPoints(std::move(points), xLabel, yLabel);
    m_map->setCurrent(currentSite);
    recolor();
}

void FilmEmbeddingPanel::setCurrent(const QString& siteId) {
    m_map->setCurrent(siteId);
}

void FilmEmbeddingPanel::setDonor(const QString& siteId) {
    m_map->setDonor(siteId);
}

void FilmEmbeddingPanel::recolor() {
    if (!m_engine)
        return;
    const int mode = m_colorBy->currentIndex();
    const auto& sites = m_engine->sites();
    std::vector<QColor> colors;
    if (mode <= 1) {
        std::map<QString, QColor> legend;
        for (const ml::SiteSeries& s : sites) {
            const QColor c = mode == 0 ? koppenQColor(s.koppen) : igbpQColor(s.igbp);
            const QString label =
                mode == 0
                    ? (s.koppen == KoppenClass::Unknown ? tr("unknown")
                                                        : QString::fromLatin1(koppenCode(s.koppen)))
                    : (s.igbp == IgbpClass::Unknown ? tr("unknown")
                                                    : QString::fromLatin1(igbpCode(s.igbp)));
            colors.push_back(c);
            legend[label] = c;
        }
        std::vector<EmbeddingMapView::LegendEntry> entries;
        for (const auto& [label, color] : legend)
            entries.push_back({label, color});
        m_map->setCategoricalLegend(std::move(entries));
    } else if (m_hidden) {
        const int column = mode - 2;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        std::vector<double> values;
        for (const ml::SiteSeries& s : sites) {
            const auto it = m_hidden->sites.constFind(fromStd(s.id));
            const double v = it != m_hidden->sites.cend() && column < it->size()
                                 ? (*it)[column]
                                 : std::numeric_limits<double>::quiet_NaN();
            values.push_back(v);
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
        }
        for (double v : values)
            colors.push_back(EmbeddingMapView::rampColor(hi > lo ? (v - lo) / (hi - lo) : 0.5));
        m_map->setColorBar(m_hidden->names.value(column), std::isfinite(lo) ? lo : 0,
                           std::isfinite(hi) ? hi : 0);
    }
    m_map->setColors(colors);
}

bool FilmEmbeddingPanel::loadHiddenParameters(const QString& csvPath) {
    try {
        m_hidden = readHiddenParameters(csvPath);
    } catch (const std::exception& e) {
        Q_EMIT failed(QString::fromUtf8(e.what()));
        return false;
    }
    const QSignalBlocker block(m_colorBy);
    while (m_colorBy->count() > 2)
        m_colorBy->removeItem(2);
    for (const QString& name : m_hidden->names)
        m_colorBy->addItem(tr("hidden: %1").arg(name));
    m_colorBy->setCurrentIndex(2);
    recolor();
    return true;
}

void FilmEmbeddingPanel::setColorMode(int index) {
    m_colorBy->setCurrentIndex(index);
}

} // namespace fluxlens
