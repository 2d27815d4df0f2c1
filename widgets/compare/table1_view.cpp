#include "table1_view.h"

#include "compare_data.h"
#include "metric_choice_bar.h"
#include "table1_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fluxlens {

Table1View::Table1View(CompareData* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_choices(new MetricChoiceBar(
          data, MetricChoiceBar::Model | MetricChoiceBar::Reference | MetricChoiceBar::Sites, this))
    , m_model(new Table1Model(this))
    , m_table(new QTableView(this))
    , m_headline(new QLabel(this)) {
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choices);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_headline);
    connect(m_data, &CompareData::metricsChanged, this, &Table1View::rebuild);
    connect(m_choices, &MetricChoiceBar::changed, this, &Table1View::updateHeadline);
    rebuild();
}

void Table1View::rebuild() {
    m_model->setMetrics(m_data->metrics(), m_data->allNames());
    updateHeadline();
}

void Table1View::updateHeadline() {
    const QStringList lines = m_model->headlines(m_choices->model(), m_choices->reference());
    const QString scored = tr("Sites scored: %1.").arg(m_data->scoredSitesText());
    m_headline->setText(scored + QLatin1Char('\n') +
                        (lines.isEmpty()
                             ? tr("Choose a model and a different reference for the headline "
                                  "figures (RMSE change and R² change in %).")
                             : lines.join(QLatin1Char('\n'))));
}

} // namespace fluxlens
