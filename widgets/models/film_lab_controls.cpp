// The FiLM lab's control panel: the modulation scale, the embedding mix, the flux and the
// period shown. Part of FilmLabWidget, in a file of its own to keep each file short.
#include "film_explanation.h"
#include "film_lab_widget.h"
#include "film_series_chart.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>

namespace fluxlens {

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

} // namespace fluxlens
