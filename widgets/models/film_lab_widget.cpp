#include "film_lab_widget.h"

#include "cache/cache.h"
#include "embedding_map_view.h"
#include "film_bar_chart.h"
#include "film_explanation.h"
#include "film_series_chart.h"
#include "map/koppen_colors.h"
#include "session/cache_session.h"
#include "site_selection.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
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
#include <map>

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

    m_map = new EmbeddingMapView(this);
    m_explanation = new QTextBrowser(this);
    m_explanation->setHtml(filmExplanationHtml());
    m_explanation->setOpenLinks(false);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(makeControls());
    auto* mapBox = new QWidget(this);
    auto* mapLayout = new QVBoxLayout(mapBox);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    auto* colorRow = new QHBoxLayout;
    m_colorBy = new QComboBox(this);
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
    mapLayout->addLayout(colorRow);
    mapLayout->addWidget(m_map, 1);
    left->addWidget(mapBox);
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
    connect(m_colorBy, &QComboBox::currentIndexChanged, this, &FilmLabWidget::recolorMap);
    connect(loadHidden, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Demo hidden parameters"),
                                                          QString(), tr("CSV files (*.csv)"));
        if (!file.isEmpty())
            loadHiddenParameters(file);
    });
    connect(m_map, &EmbeddingMapView::siteClicked, this, [this](const QString& id) {
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

QWidget* FilmLabWidget::makeControls() {
    auto* box = new QGroupBox(tr("Controls"), this);
    auto* form = new QFormLayout(box);
    m_siteLabel = new QLabel(tr("no site selected"), box);
    m_siteLabel->setToolTip(tr("Select a site on the map, in the site list or in the embedding "
                               "map below."));
    form->addRow(tr("Site (A)"), m_siteLabel);

    m_scale = new QSlider(Qt::Horizontal, box);
    m_scale->setRange(0, 200);
    m_scale->setValue(100);
    m_scale->setTickInterval(50);
    m_scale->setTickPosition(QSlider::TicksBelow);
    m_scale->setToolTip(tr("0: no modulation (bare decoder); 1: as learned; 2: exaggerated."));
    m_scaleLabel = new QLabel(box);
    m_scaleLabel->setMinimumWidth(36);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(m_scale, 1);
    scaleRow->addWidget(m_scaleLabel);
    form->addRow(tr("Modulation scale"), scaleRow);

    m_donor = new QComboBox(box);
    m_donor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_donor->setMinimumContentsLength(10);
    m_donor->setToolTip(tr("Site B whose task embedding site A borrows."));
    form->addRow(tr("Embedding from (B)"), m_donor);
    m_mix = new QSlider(Qt::Horizontal, box);
    m_mix->setRange(0, 100);
    m_mix->setValue(0);
    m_mix->setTickInterval(25);
    m_mix->setTickPosition(QSlider::TicksBelow);
    m_mix->setToolTip(tr("0: A's own embedding; 1: B's embedding; between: a blend."));
    m_mixLabel = new QLabel(box);
    m_mixLabel->setMinimumWidth(36);
    auto* mixRow = new QHBoxLayout;
    mixRow->addWidget(new QLabel(QStringLiteral("A"), box));
    mixRow->addWidget(m_mix, 1);
    mixRow->addWidget(new QLabel(QStringLiteral("B"), box));
    mixRow->addWidget(m_mixLabel);
    form->addRow(tr("Mix A ↔ B"), mixRow);

    m_target = new QComboBox(box);
    m_target->addItems({QStringLiteral("GPP"), QStringLiteral("RECO"), QStringLiteral("NEE")});
    m_period = new QComboBox(box);
    m_period->addItems({tr("last year"), tr("last 3 years"), tr("whole record")});
    m_period->setCurrentIndex(1);
    auto* reset = new QPushButton(tr("Reset"), box);
    reset->setToolTip(tr("Scale 1, own embedding."));
    auto* viewRow = new QHBoxLayout;
    viewRow->addWidget(m_target);
    viewRow->addWidget(m_period);
    viewRow->addWidget(reset);
    form->addRow(tr("Show"), viewRow);
    m_summary = new QLabel(box);
    m_summary->setWordWrap(true);
    form->addRow(m_summary);

    connect(m_scale, &QSlider::valueChanged, this, &FilmLabWidget::requestUpdate);
    connect(m_mix, &QSlider::valueChanged, this, &FilmLabWidget::requestUpdate);
    connect(m_donor, &QComboBox::currentIndexChanged, this, &FilmLabWidget::requestUpdate);
    connect(m_target, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_series->setTarget(FilmSeriesChart::Target(i)); });
    // A new period comes back through visibleDaysChanged, which recomputes for it.
    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_series->setPeriod(FilmSeriesChart::Period(i)); });
    connect(reset, &QPushButton::clicked, this, [this] {
        m_scale->setValue(100);
        m_mix->setValue(0);
    });
    m_scaleLabel->setText(QStringLiteral("1.00"));
    m_mixLabel->setText(QStringLiteral("0.00"));
    return box;
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

void FilmLabWidget::fillMap() {
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
    m_map->setCurrent(currentSite());
    recolorMap();
}

void FilmLabWidget::recolorMap() {
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

bool FilmLabWidget::loadHiddenParameters(const QString& csvPath) {
    try {
        m_hidden = readHiddenParameters(csvPath);
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    const QSignalBlocker block(m_colorBy);
    while (m_colorBy->count() > 2)
        m_colorBy->removeItem(2);
    for (const QString& name : m_hidden->names)
        m_colorBy->addItem(tr("hidden: %1").arg(name));
    m_colorBy->setCurrentIndex(2);
    recolorMap();
    return true;
}

void FilmLabWidget::setColorMode(int index) {
    m_colorBy->setCurrentIndex(index);
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
    m_site = id;
    m_map->setCurrent(id);
    requestUpdate();
}

void FilmLabWidget::requestUpdate() {
    m_scaleLabel->setText(QString::number(scale(), 'f', 2));
    m_mixLabel->setText(QString::number(mix(), 'f', 2));
    m_summary->setText(filmSettingSummary(scale(), donor(), mix()));
    m_map->setDonor(mix() > 0 ? donor() : QString());
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
    if (m_computeWatcher.isRunning()) {
        m_pending = request; // the newest setting wins; older ones are never computed
        return;
    }
    m_pending.reset();
    std::shared_ptr<const FilmLabEngine> engine = m_engine;
    m_computeWatcher.setFuture(
        QtConcurrent::run([engine, request] { return engine->compute(request); }));
}

void FilmLabWidget::onComputed() {
    FilmResult result = m_computeWatcher.result();
    if (m_pending) {
        const FilmRequest next = *m_pending;
        startCompute(next);
    }
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
    return m_opening || m_computeWatcher.isRunning() || m_pending.has_value();
}

QString FilmLabWidget::errorText() const {
    return m_error->text();
}

void FilmLabWidget::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

} // namespace fluxlens
