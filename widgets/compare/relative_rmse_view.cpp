#include "relative_rmse_view.h"

#include "chart_palette.h"
#include "compare_data.h"
#include "metric_choice_bar.h"
#include "relative_rmse_model.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableView>
#include <QVBoxLayout>

namespace fluxlens {
namespace {
// A horizontal colour bar from −saturation to +saturation.
QPixmap colorKey(int width, int height) {
    QPixmap pixmap(width, height);
    QPainter p(&pixmap);
    for (int x = 0; x < width; ++x) {
        p.setPen(divergingColor(2.0 * x / (width - 1) - 1.0));
        p.drawLine(x, 0, x, height - 1);
    }
    return pixmap;
}
} // namespace

RelativeRmseView::RelativeRmseView(CompareData* data, QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_choices(new MetricChoiceBar(data,
                                    MetricChoiceBar::Target | MetricChoiceBar::Qc |
                                        MetricChoiceBar::Reference | MetricChoiceBar::Sites,
                                    this))
    , m_model(new RelativeRmseModel(this))
    , m_table(new QTableView(this))
    , m_key(new QLabel(this)) {
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setShowGrid(false);
    auto* keyRow = new QHBoxLayout;
    auto* bar = new QLabel(this);
    bar->setPixmap(colorKey(160, 12));
    keyRow->addWidget(
        new QLabel(QStringLiteral("−%1 %").arg(RelativeRmseModel::kSaturation * 100), this));
    keyRow->addWidget(bar);
    keyRow->addWidget(
        new QLabel(QStringLiteral("+%1 %").arg(RelativeRmseModel::kSaturation * 100), this));
    keyRow->addWidget(m_key, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choices);
    layout->addWidget(m_table, 1);
    layout->addLayout(keyRow);
    connect(m_choices, &MetricChoiceBar::changed, this, &RelativeRmseView::rebuild);
    connect(m_data, &CompareData::sitesChanged, this, &RelativeRmseView::rebuild);
    rebuild();
}

void RelativeRmseView::rebuild() {
    const QString reference = m_choices->reference();
    QStringList models = m_data->models();
    models.removeAll(reference);
    m_model->setCells(relativeRmseByClass(m_data->metrics(), m_data->sites(), models, reference,
                                          m_choices->target(), m_choices->qc(), SiteGrouping::Igbp),
                      models, reference, SiteGrouping::Igbp);
    m_key->setText(tr("(RMSE_ref − RMSE_model) / RMSE_ref against %1; blue: the model is better")
                       .arg(reference.isEmpty() ? tr("(no reference)") : reference));
}

} // namespace fluxlens
