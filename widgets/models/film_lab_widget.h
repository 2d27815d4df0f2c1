#pragma once

#include "film_lab_engine.h"
#include "hidden_parameters.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTextBrowser;

namespace fluxlens {

class CacheSession;
class EmbeddingMapView;
class FilmEmbeddingPanel;
class FilmBarChart;
class FilmSeriesChart;
class SiteSelection;

// The FiLM lab, for teaching: for the current site (SiteSelection) the FiLM parameters γ1/β1 per
// input feature and γ2/β2 per hidden unit as bar charts; a slider scaling the modulation from 0
// (bare decoder) through 1 (as learned) to 2; an A ↔ B embedding mix; the prediction updating
// live (computed off the GUI thread, the newest setting wins); a PCA map of all task embeddings
// coloured by Köppen, IGBP or a hidden demo parameter where a click selects the site; and an
// explanation panel. The modulated prediction covers the period the series chart shows and is
// recomputed when the chart is zoomed or another period is chosen.
class FilmLabWidget : public QWidget {
    Q_OBJECT
public:
    // Follows the session's TAM-RL models: with none open yet it opens the newest one and draws
    // the current site (or the first site) at once. `session` may be null (tests that call
    // setEngine).
    FilmLabWidget(SiteSelection* selection, CacheSession* session, QWidget* parent = nullptr);
    ~FilmLabWidget() override;

    // Uses an engine already built (tests, or a caller that loaded one itself).
    void setEngine(std::shared_ptr<const FilmLabEngine> engine, const QString& modelName = {});
    bool hasEngine() const { return bool(m_engine); }
    QString modelName() const { return m_modelName; }
    QStringList listedModels() const; // the TAM-RL models the chooser offers, newest first

    double scale() const;
    QString donor() const;
    double mix() const;
    void setScale(double scale);
    void setDonor(const QString& siteId, double mix);
    void setColorMode(int index); // 0 Köppen, 1 IGBP, 2.. hidden parameters

    // A model load or a computation is running or queued.
    bool isBusy() const;
    // The site shown (SiteSelection's current site, or the last one clicked without a selection).
    QString site() const { return m_site; }
    const std::optional<FilmResult>& shownResult() const { return m_shown; }
    QString errorText() const;
    FilmBarChart* inputChart() const { return m_inputChart; }
    FilmBarChart* hiddenChart() const { return m_hiddenChart; }
    FilmSeriesChart* seriesChart() const { return m_series; }
    EmbeddingMapView* embeddingMap() const;

public Q_SLOTS:
    // Lists the TAM-RL models registered in the cache (off the GUI thread); opens the newest
    // when none is open or the open one was removed.
    void refreshModels();
    // Loads a registered TAM-RL model (in the background).
    void openModel(const QString& modelName);
    void onCurrentSiteChanged(const QString& id); // shows another site
    // Reads demo_hidden_parameters.csv; false (and a message) when unreadable.
    bool loadHiddenParameters(const QString& csvPath);

Q_SIGNALS:
    void engineReady();
    void resultShown();

private:
    struct ListedModel {
        QString name;
        QString folder;
    };
    void showModels(const std::vector<ListedModel>& models);
    QWidget* makeControls();
    void requestUpdate();
    void startCompute(const FilmRequest& request);
    void onComputed();
    void fillMap();
    void showError(const QString& message);
    QString currentSite() const;
    ml::DayRange visibleDaysFor(const ml::SiteSeries& site) const;

    SiteSelection* m_selection;
    CacheSession* m_session;
    bool m_opening = false;
    int m_openSerial = 0;
    QString m_modelName;
    QString m_site;
    std::shared_ptr<const FilmLabEngine> m_engine;
    QFutureWatcher<FilmResult> m_computeWatcher;
    // From a computation's start until onComputed() has its result: the future alone reads as
    // finished before its result is delivered, which let isBusy() say "idle" with an older result
    // on screen.
    bool m_computing = false;
    bool m_computedForOldEngine = false; // the running computation's engine was replaced
    std::optional<FilmRequest> m_pending;
    std::optional<ml::DayRange> m_requestedDays; // days of the newest request
    std::optional<FilmResult> m_shown;
    QString m_chartSite; // site whose categories the bar charts were set up for

    QComboBox* m_models;
    QSpinBox* m_member;
    QLabel* m_status;
    QLabel* m_error;
    QLabel* m_siteLabel;
    QSlider* m_scale;
    QLabel* m_scaleLabel;
    QComboBox* m_donor;
    QSlider* m_mix;
    QLabel* m_mixLabel;
    QComboBox* m_target;
    QComboBox* m_period;
    QLabel* m_summary;
    FilmSeriesChart* m_series;
    FilmBarChart* m_inputChart;
    FilmBarChart* m_hiddenChart;
    FilmEmbeddingPanel* m_panel;
    QTextBrowser* m_explanation;
};

} // namespace fluxlens
