#pragma once

#include "film_lab_engine.h"
#include "hidden_parameters.h"

#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;

namespace fluxlens {

class EmbeddingMapView;

// The FiLM lab's map of task embeddings: every site's 2-D PCA position, coloured by Köppen
// class, IGBP class or (demo world) a hidden parameter read from demo_hidden_parameters.csv; a
// click on a point asks for that site.
class FilmEmbeddingPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilmEmbeddingPanel(QWidget* parent = nullptr);

    void setEngine(std::shared_ptr<const FilmLabEngine> engine, const QString& currentSite);
    void setCurrent(const QString& siteId);
    void setDonor(const QString& siteId); // empty: none
    // Reads the hidden parameters and colours by the first; false and failed(message) when the
    // file is unusable.
    bool loadHiddenParameters(const QString& csvPath);
    void setColorMode(int index); // 0 Köppen, 1 IGBP, 2.. hidden parameters
    EmbeddingMapView* map() const { return m_map; }

Q_SIGNALS:
    void siteClicked(const QString& siteId);
    void failed(const QString& message);

private:
    void recolor();

    std::shared_ptr<const FilmLabEngine> m_engine;
    std::optional<HiddenParameterTable> m_hidden;
    QComboBox* m_colorBy;
    EmbeddingMapView* m_map;
};

} // namespace fluxlens
