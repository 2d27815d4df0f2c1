#include "site_metrics_view.h"

#include "compare_data.h"
#include "metric_choice_bar.h"
#include "site_filter.h"
#include "site_metrics_model.h"
#include "site_selection.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace fluxlens {

SiteMetricsView::SiteMetricsView(CompareData* data, SiteFilter* filter, SiteSelection* selection,
                                 QWidget* parent)
    : QWidget(parent)
    , m_data(data)
    , m_selection(selection)
    , m_choices(new MetricChoiceBar(
          data, MetricChoiceBar::Target | MetricChoiceBar::Qc | MetricChoiceBar::Sites, this))
    , m_model(new SiteMetricsModel(data, this))
    , m_proxy(new SiteMetricsProxy(filter, this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this)) {
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteMetricsModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Sized once per reset: ResizeToContents would measure every row on every data change.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->resizeColumnsToContents();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_choices);
    layout->addWidget(m_table);
    layout->addWidget(m_count);

    connect(m_choices, &MetricChoiceBar::changed, this, [this] {
        m_model->setTarget(m_choices->target());
        m_model->setQc(m_choices->qc());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateCount();
        syncFromSelection();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SiteMetricsView::updateCount);
    connect(filter, &SiteFilter::changed, this, [this] {
        updateCount();
        syncFromSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SiteMetricsView::syncToSelection);
    connect(m_selection, &SiteSelection::selectionChanged, this,
            &SiteMetricsView::syncFromSelection);
    connect(m_selection, &SiteSelection::currentChanged, this, [this](const QString& id) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->scrollTo(m_proxy->mapFromSource(m_model->index(row, 0)));
    });
    updateCount();
    syncFromSelection();
}

void SiteMetricsView::updateCount() {
    m_count->setText(
        tr("%1 of %n site(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void SiteMetricsView::syncFromSelection() {
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection rows;
    for (const QString& id : m_selection->selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            rows.select(index, index.siblingAtColumn(m_proxy->columnCount() - 1));
    }
    m_table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

void SiteMetricsView::syncToSelection() {
    if (m_syncing)
        return;
    m_syncing = true;
    QStringList ids;
    const QModelIndex currentIndex = m_table->selectionModel()->currentIndex();
    const QString current = currentIndex.isValid()
                                ? currentIndex.data(SiteMetricsModel::SiteIdRole).toString()
                                : QString();
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(SiteMetricsModel::SiteIdRole).toString());
    // Selected sites the filter hides stay selected: the table only shows what it can.
    for (const QString& id : m_selection->selectedIds()) {
        const int row = m_model->rowOf(id);
        if (row < 0 || !m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
            if (!ids.contains(id))
                ids.append(id);
    }
    m_selection->setSelection(ids, ids.contains(current) ? current : QString());
    m_syncing = false;
}

} // namespace fluxlens
