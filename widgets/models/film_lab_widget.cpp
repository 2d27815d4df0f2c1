#include "film_lab_widget.h"

#include "cache/cache.h"
#include "embedding_map_view.h"
#include "film_bar_chart.h"
#include "film_embedding_panel.h"
#include "film_explanation.h"
#include "film_series_chart.h"
#include "session/cache_session.h"
#include "site_selection.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>
#include <utility>

namespace fluxlens {

namespace {
QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

FilmLabWidget::FilmLabWidget(SiteSelection* selection, CacheSession* session, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_session(session)
    , m_site(selection ? selection->currentId() : QString()) {
    m_models = new QComboBox(this);
    m_models->setToolTip(tr("The TAM-RL models registered in the cache."));
    m_models->setMinimumContentsLength(16);
    m_member = new QSpinBox(this);
    m_member->setRange(1, 1);
    m_member->setPrefix(tr("member "));
    m_member->setToolTip(tr("Ensemble member whose FiLM parameters the bars show (the prediction "
                            "is the ensemble mean)."));
    m_status = new QLabel(this);
    m_status->setToolTip(tr("Time to compute the FiLM parameters and the prediction for one "
                            "change of the controls."));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: "
                                          "1px solid #f5c2c7; padding: 4px; }"));
    m_error->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Model"), this));
    top->addWidget(m_models, 1);
    top->addWidget(m_member);
    top->addWidget(m_status);

    m_series = new FilmSeriesChart(this);
    m_inputChart =
        new FilmBarChart(tr("FiLM on the decoder input: γ1, β1 per input feature"), this);
    m_hiddenChart =
        new FilmBarChart(tr("FiLM on the decoder's hidden state: γ2, β2 per hidden unit"), this);
    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_series);
    charts->addWidget(m_inputChart);
    charts->addWidget(m_hiddenChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setStretchFactor(2, 2);

    m_explanation = new QTextBrowser(this);
    m_explanation->setHtml(filmExplanationHtml());
    m_explanation->setOpenLinks(false);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(makeControls());
    m_panel = new FilmEmbeddingPanel(this);
    left->addWidget(m_panel);
    left->addWidget(m_explanation);
    left->setStretchFactor(0, 0);
    left->setStretchFactor(1, 3);
    left->setStretchFactor(2, 2);

    auto* body = new QSplitter(Qt::Horizontal, this);
    body->addWidget(left);
    body->addWidget(charts);
    body->setStretchFactor(0, 2);
    body->setStretchFactor(1, 3);
    body->setSizes({520, 980}); // the charts get most of the width
    body->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(body, 1);

    connect(m_models, &QComboBox::activated, this,
            [this](int index) { openModel(m_models->itemText(index)); });
    connect(m_member, &QSpinBox::valueChanged, this, &FilmLabWidget::requestUpdate);
    connect(m_panel, &FilmEmbeddingPanel::failed, this, &FilmLabWidget::showError);
    connect(m_panel, &FilmEmbeddingPanel::siteClicked, this, [this](const QString& id) {
        if (m_selection)
            m_selection->select(id); // comes back through currentChanged
        else
            onCurrentSiteChanged(id);
    });
    if (m_selection)
        connect(m_selection, &SiteSelection::currentChanged, this,
                &FilmLabWidget::onCurrentSiteChanged);
    connect(&m_computeWatcher, &QFutureWatcher<FilmResult>::finished, this,
            &FilmLabWidget::onComputed);
    connect(m_series, &FilmSeriesChart::visibleDaysChanged, this, [this](int first, int last) {
        // Only the shown site's days matter, and only when they differ from those asked for.
        if (m_series->shownSite() != currentSite().toStdString() ||
            (m_requestedDays && m_requestedDays->firstDay == first &&
             m_requestedDays->lastDay == last))
            return;
        requestUpdate();
    });
    if (m_session)
        connect(m_session, &CacheSession::changed, this, [this](CacheChanges changes) {
            if (changes & (CacheChange::Models | CacheChange::Sites | CacheChange::Drivers))
                refreshModels();
        });
    refreshModels();
}

FilmLabWidget::~FilmLabWidget() {
    m_computeWatcher.waitForFinished();
}

void FilmLabWidget::refreshModels() {
    if (!m_session || !m_session->isOpen())
        return;
    m_session->read<std::vector<ListedModel>>(
        this,
        [](const Cache& cache) {
            std::vector<ModelRecord> records;
            for (const ModelRecord& m : cache.models())
                if (m.kind == "tamrl" && !m.folder.empty())
                    records.push_back(m);
            // Newest first: the model a user just trained is the one to explore.
            std::stable_sort(records.begin(), records.end(), [](const auto& a, const auto& b) {
                return a.createdAtUnixSeconds > b.createdAtUnixSeconds;
            });
            std::vector<ListedModel> out;
            for (const ModelRecord& m : records)
                out.push_back({fromStd(m.name), fromStd(m.folder)});
            return out;
        },
        [this](std::vector<ListedModel> models) { showModels(models); },
        [this](const QString& message) { showError(message); });
}

void FilmLabWidget::showModels(const std::vector<ListedModel>& models) {
    {
        const QSignalBlocker block(m_models);
        m_models->clear();
        for (const ListedModel& m : models)
            m_models->addItem(m.name, m.folder);
        m_models->setPlaceholderText(
            models.empty() ? tr("no TAM-RL model in the cache: train or load one") : QString());
        m_models->setCurrentIndex(m_models->findText(m_modelName));
    }
    if (models.empty())
        return;
    // Open the newest model when none is open (or the open one is gone): the lab is ready
    // when it is first shown.
    if (!m_opening && (!m_engine || m_models->findText(m_modelName) < 0))
        openModel(models.front().name);
}

QStringList FilmLabWidget::listedModels() const {
    QStringList names;
    for (int i = 0; i < m_models->count(); ++i)
        names << m_models->itemText(i);
    return names;
}

void FilmLabWidget::openModel(const QString& modelName) {
    const int index = m_models->findText(modelName);
    if (index < 0 || m_models->itemData(index).toString().isEmpty()) {
        showError(tr("No TAM-RL model named \"%1\" in the cache").arg(modelName));
        return;
    }
    if (!m_session)
        return;
    m_models->setCurrentIndex(index);
    const std::string folder = m_models->itemData(index).toString().toStdString();
    m_status->setText(tr("Loading %1 and every site's inputs…").arg(modelName));
    m_opening = true;
    const int serial = ++m_openSerial;
    m_session->read<std::shared_ptr<const FilmLabEngine>>(
        this,
        [folder](const Cache& cache) -> std::shared_ptr<const FilmLabEngine> {
            return FilmLabEngine::open(cache, folder);
        },
        [this, serial, modelName](std::shared_ptr<const FilmLabEngine> engine) {
            if (serial != m_openSerial)
                return; // another model was chosen meanwhile
            m_opening = false;
            setEngine(std::move(engine), modelName);
        },
        [this, serial](const QString& message) {
            if (serial != m_openSerial)
                return;
            m_opening = false;
            m_status->clear();
            // The model open so far stays open.
            m_models->setCurrentIndex(m_models->findText(m_modelName));
            showError(message);
        });
}

void FilmLabWidget::setEngine(std::shared_ptr<const FilmLabEngine> engine,
                              const QString& modelName) {
    m_computeWatcher.waitForFinished();
    m_computedForOldEngine = m_computing;
    m_engine = std::move(engine);
    m_modelName = modelName;
    if (!modelName.isEmpty() && m_models->findText(modelName) < 0)
        m_models->addItem(modelName); // given directly, not (yet) listed from the cache
    m_models->setCurrentIndex(m_models->findText(modelName));
    m_shown.reset();
    m_chartSite.clear();
    m_error->hide();
    m_error->clear();
    m_status->setText(tr("%1 sites").arg(m_engine ? m_engine->sites().size() : 0));
    m_member->setRange(1, m_engine ? std::max(1, m_engine->model().memberCount()) : 1);
    {
        const QSignalBlocker block(m_donor);
        m_donor->clear();
        m_donor->addItem(tr("none (own embedding)"), QString());
        if (m_engine)
            for (const ml::SiteSeries& s : m_engine->sites())
                m_donor->addItem(fromStd(s.id), fromStd(s.id));
    }
    // Without a current site the lab shows the first one rather than empty charts.
    if (m_engine && !m_engine->sites().empty() && m_site.isEmpty())
        m_site = fromStd(m_engine->sites().front().id);
    fillMap();
    Q_EMIT engineReady();
    requestUpdate();
}

EmbeddingMapView* FilmLabWidget::embeddingMap() const {
    return m_panel->map();
}

void FilmLabWidget::fillMap() {
    m_panel->setEngine(m_engine, currentSite());
}

bool FilmLabWidget::loadHiddenParameters(const QString& csvPath) {
    return m_panel->loadHiddenParameters(csvPath);
}

void FilmLabWidget::setColorMode(int index) {
    m_panel->setColorMode(index);
}

QString FilmLabWidget::currentSite() const {
    return m_site;
}

double FilmLabWidget::scale() const {
    return m_scale->value() / 100.0;
}

QString FilmLabWidget::donor() const {
    return m_donor->currentData().toString();
}

double FilmLabWidget::mix() const {
    return m_mix->value() / 100.0;
}

void FilmLabWidget::setScale(double scale) {
    m_scale->setValue(int(std::lround(scale * 100)));
}

void FilmLabWidget::setDonor(const QString& siteId, double mix) {
    m_donor->setCurrentIndex(std::max(0, m_donor->findData(siteId)));
    m_mix->setValue(int(std::lround(mix * 100)));
}

void FilmLabWidget::onCurrentSiteChanged(const QString& id) {
    // No current site (the site list was read again): keep drawing a site rather than nothing.
    m_site = id.isEmpty() && m_engine && !m_engine->sites().empty()
                 ? (m_site.isEmpty() ? fromStd(m_engine->sites().front().id) : m_site)
                 : id;
    m_panel->setCurrent(m_site);
    requestUpdate();
}

void FilmLabWidget::requestUpdate() {
    m_scaleLabel->setText(QString::number(scale(), 'f', 2));
    m_mixLabel->setText(QString::number(mix(), 'f', 2));
    m_summary->setText(filmSettingSummary(scale(), donor(), mix()));
    m_panel->setDonor(mix() > 0 ? donor() : QString());
    const QString site = currentSite();
    m_siteLabel->setText(site.isEmpty() ? tr("no site selected") : site);
    if (!m_engine || site.isEmpty())
        return;
    if (!m_engine->site(site.toStdString())) {
        showError(tr("Site %1 has none of the drivers this model needs in the cache.").arg(site));
        return;
    }
    FilmRequest request;
    request.siteId = site.toStdString();
    request.scale = scale();
    request.embeddingFrom = donor().toStdString();
    request.mix = request.embeddingFrom.empty() ? 0.0 : mix();
    request.member = m_member->value() - 1;
    request.days = visibleDaysFor(*m_engine->site(request.siteId));
    m_requestedDays = request.days;
    startCompute(request);
}

// The days the series chart shows for `site`: its zoom when it shows that site already, else the
// chosen period of the site's record.
ml::DayRange FilmLabWidget::visibleDaysFor(const ml::SiteSeries& site) const {
    if (m_series->shownSite() == site.id)
        if (const std::optional<ml::DayRange> days = m_series->visibleDays())
            return *days;
    if (site.dayNumbers.empty())
        return {}; // the engine reports the site's empty record
    return FilmSeriesChart::periodDays(FilmSeriesChart::Period(m_period->currentIndex()),
                                       site.dayNumbers.front(), site.dayNumbers.back());
}

void FilmLabWidget::startCompute(const FilmRequest& request) {
    if (m_computing) {
        m_pending = request; // the newest setting wins; older ones are never computed
        return;
    }
    m_pending.reset();
    m_computing = true;
    std::shared_ptr<const FilmLabEngine> engine = m_engine;
    m_computeWatcher.setFuture(
        QtConcurrent::run([engine, request] { return engine->compute(request); }));
}

void FilmLabWidget::onComputed() {
    m_computing = false;
    FilmResult result = m_computeWatcher.result();
    const bool stale = std::exchange(m_computedForOldEngine, false);
    if (m_pending) {
        const FilmRequest next = *m_pending;
        startCompute(next);
    }
    if (stale)
        return;
    if (!result.error.empty()) {
        showError(fromStd(result.error));
        return;
    }
    m_error->hide();
    m_error->clear();
    QElapsedTimer drawing;
    drawing.start();
    const QString site = fromStd(result.request.siteId);
    if (site != m_chartSite) {
        QStringList inputs;
        const auto features = m_engine->inputFeatureNames();
        for (std::size_t i = 0; i < result.film.gamma1.size(); ++i)
            inputs << (i < features.size() && features.size() == result.film.gamma1.size()
                           ? fromStd(features[i])
                           : QString::number(i + 1));
        QStringList units;
        for (std::size_t i = 0; i < result.film.gamma2.size(); ++i)
            units << QString::number(i + 1);
        m_inputChart->setCategories(inputs);
        m_hiddenChart->setCategories(units);
        m_chartSite = site;
    }
    m_inputChart->setValues(result.film.gamma1, result.film.beta1);
    m_hiddenChart->setValues(result.film.gamma2, result.film.beta2);
    QString label = tr("scale %1").arg(result.request.scale, 0, 'f', 2);
    if (!result.request.embeddingFrom.empty() && result.request.mix > 0)
        label += tr(", %1 % of %2's embedding")
                     .arg(int(std::lround(result.request.mix * 100)))
                     .arg(fromStd(result.request.embeddingFrom));
    m_series->show(m_engine->site(result.request.siteId), result.learned, result.modulated, label);
    m_status->setText(tr("%1 sites · computed in %2 ms, drawn in %3 ms")
                          .arg(m_engine->sites().size())
                          .arg(result.milliseconds, 0, 'f', 0)
                          .arg(double(drawing.nsecsElapsed()) / 1e6, 0, 'f', 0));
    m_shown = std::move(result);
    Q_EMIT resultShown();
}

bool FilmLabWidget::isBusy() const {
    return m_opening || m_computing || m_pending.has_value();
}

QString FilmLabWidget::errorText() const {
    return m_error->text();
}

void FilmLabWidget::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace fluxlens
