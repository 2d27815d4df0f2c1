#include "metric_choice_bar.h"

#include "compare_data.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace fluxlens {

MetricChoiceBar::MetricChoiceBar(CompareData* data, Parts parts, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_target(new QComboBox(this))
    , m_qc(new QComboBox(this))
    , m_model(new QComboBox(this))
    , m_reference(new QComboBox(this))
    , m_siteSet(new QComboBox(this))
    , m_layout(new QHBoxLayout(this)) {
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (FluxTarget t : kAllFluxTargets)
        m_target->addItem(fluxTargetName(t), static_cast<int>(t));
    m_qc->addItem(qcChoiceName(QcChoice::AllDays), static_cast<int>(QcChoice::AllDays));
    m_qc->addItem(qcChoiceName(QcChoice::HighQuality), static_cast<int>(QcChoice::HighQuality));
    m_target->setToolTip(tr("Flux the figures are about"));
    m_qc->setToolTip(tr("All valid days, or only days with NEE_VUT_USTAR50_QC = 1 and "
                        "NEE_VUT_REF_QC = 1"));
    m_model->setToolTip(tr("Model"));
    m_reference->setToolTip(tr("Reference product the model is compared with"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reference->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    const auto add = [this](QWidget* w, const QString& label, bool show) {
        if (!show) {
            w->hide();
            return;
        }
        m_layout->addWidget(new QLabel(label, this));
        m_layout->addWidget(w);
    };
    add(m_target, tr("Flux:"), parts.testFlag(Target));
    add(m_qc, tr("Days:"), parts.testFlag(Qc));
    add(m_model, tr("Model:"), parts.testFlag(Model));
    add(m_reference, tr("Reference:"), parts.testFlag(Reference));
    add(m_siteSet, tr("Score on:"), parts.testFlag(Sites));
    m_layout->addStretch();

    for (QComboBox* box : {m_target, m_qc, m_model, m_reference})
        connect(box, &QComboBox::currentIndexChanged, this, &MetricChoiceBar::changed);
    connect(m_data, &CompareData::metricsChanged, this, [this] {
        refillNames();
        Q_EMIT changed();
    });
    m_siteSet->addItem(QString(), siteSetKey(SiteSet::All));
    m_siteSet->addItem(QString(), siteSetKey(SiteSet::HeldOut));
    m_siteSet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_siteSet, &QComboBox::activated, this, [this](int index) {
        if (const auto set = parseSiteSet(m_siteSet->itemData(index).toString()))
            m_data->setSiteSet(*set);
    });
    connect(m_data, &CompareData::siteSetChanged, this, &MetricChoiceBar::syncSiteSet);
    refillNames();
    syncSiteSet();
}

void MetricChoiceBar::syncSiteSet() {
    const QSignalBlocker block(m_siteSet);
    m_siteSet->setItemText(0, tr("All sites"));
    const bool usable = m_data->heldOutUsable();
    m_siteSet->setItemText(1, usable
                                  ? tr("Held-out sites (%1)").arg(m_data->heldOutSitesWithMetrics())
                                  : tr("Held-out sites"));
    m_siteSet->setCurrentIndex(m_data->siteSet() == SiteSet::All ? 0 : 1);
    m_siteSet->setEnabled(usable);
    m_siteSet->setToolTip(
        usable ? tr("Score every site with metrics, or only the %n site(s) every model that "
                    "records held-out sites held out (%1): a zero-shot comparison. A site a "
                    "TAM-RL model held out is scored on the years after its support years.",
                    nullptr, static_cast<int>(m_data->heldOut().sites.size()))
                     .arg(m_data->heldOut().recordingModels.join(QStringLiteral(", ")))
               : m_data->heldOutProblem());
}

void MetricChoiceBar::refillNames() {
    const auto refill = [](QComboBox* box, const QStringList& names, const QString& preferred) {
        const QString keep = box->currentText();
        const QSignalBlocker block(box);
        box->clear();
        box->addItems(names);
        const qsizetype index = names.indexOf(keep.isEmpty() ? preferred : keep);
        box->setCurrentIndex(index >= 0 ? static_cast<int>(index) : (names.isEmpty() ? -1 : 0));
        box->setEnabled(!names.isEmpty());
    };
    refill(m_model, m_data->models(), m_data->primaryModel());
    // Without reference products any other model can serve as the reference.
    const QStringList refs =
        m_data->references().isEmpty() ? m_data->models() : m_data->references();
    refill(m_reference, refs, refs.value(0));
    if (m_data->references().isEmpty() && m_reference->count() > 1 &&
        m_reference->currentText() == m_model->currentText()) {
        const QSignalBlocker block(m_reference);
        m_reference->setCurrentIndex(m_model->currentIndex() == 0 ? 1 : 0);
    }
}

FluxTarget MetricChoiceBar::target() const {
    return static_cast<FluxTarget>(m_target->currentData().toInt());
}
QcChoice MetricChoiceBar::qc() const {
    return static_cast<QcChoice>(m_qc->currentData().toInt());
}
QString MetricChoiceBar::model() const {
    return m_model->currentText();
}
QString MetricChoiceBar::reference() const {
    return m_reference->currentText();
}

void MetricChoiceBar::setTarget(FluxTarget target) {
    m_target->setCurrentIndex(m_target->findData(static_cast<int>(target)));
}
void MetricChoiceBar::setQc(QcChoice qc) {
    m_qc->setCurrentIndex(m_qc->findData(static_cast<int>(qc)));
}
void MetricChoiceBar::setModel(const QString& name) {
    m_model->setCurrentIndex(m_model->findText(name));
}
void MetricChoiceBar::setReference(const QString& name) {
    m_reference->setCurrentIndex(m_reference->findText(name));
}

} // namespace fluxlens
