#include "site_list_widget.h"

#include "koppen_colors.h"
#include "site_filter.h"
#include "site_filter_proxy.h"
#include "site_selection.h"
#include "site_table_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPixmap>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <set>

namespace fluxlens {
namespace {
QIcon swatch(const QColor& color) {
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

// A tool button whose menu holds one checkable action per value; checking none means "all".
template <typename Value, typename Apply>
void fillFilterMenu(QToolButton* button, const QString& title,
                    const std::vector<std::tuple<Value, QString, QIcon>>& items,
                    const QSet<Value>& checked, Apply apply) {
    auto* menu = button->menu();
    menu->clear();
    QList<QAction*> actions;
    for (const auto& [value, label, icon] : items) {
        QAction* a = menu->addAction(icon, label);
        a->setCheckable(true);
        a->setChecked(checked.contains(value));
        a->setData(QVariant::fromValue(static_cast<int>(actions.size())));
        actions.append(a);
    }
    button->setText(checked.isEmpty() ? title
                                      : QStringLiteral("%1 (%2)").arg(title).arg(checked.size()));
    button->setEnabled(!items.empty());
    QObject::connect(menu, &QMenu::triggered, button, [items, actions, apply](QAction*) {
        QSet<Value> selected;
        for (int i = 0; i < actions.size(); ++i)
            if (actions[i]->isChecked())
                selected.insert(std::get<0>(items[static_cast<std::size_t>(i)]));
        apply(selected);
    });
}
} // namespace

SiteListWidget::SiteListWidget(SiteTableModel* sites, SiteFilter* filter, SiteSelection* selection,
                               QWidget* parent)
    : QWidget(parent)
    , m_sites(sites)
    , m_filter(filter)
    , m_selection(selection)
    , m_proxy(new SiteFilterProxy(filter, this))
    , m_search(new QLineEdit(this))
    , m_igbpButton(new QToolButton(this))
    , m_koppenButton(new QToolButton(this))
    , m_networkButton(new QToolButton(this))
    , m_clearButton(new QToolButton(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this)) {
    m_proxy->setSourceModel(m_sites);
    m_search->setPlaceholderText(tr("Filter by site ID or name"));
    m_search->setClearButtonEnabled(true);
    for (QToolButton* b : {m_igbpButton, m_koppenButton, m_networkButton}) {
        b->setPopupMode(QToolButton::InstantPopup);
        b->setMenu(new QMenu(b));
    }
    m_clearButton->setText(tr("Clear"));
    m_clearButton->setToolTip(tr("Show all sites again"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteTableModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_igbpButton);
    filters->addWidget(m_koppenButton);
    filters->addWidget(m_networkButton);
    filters->addWidget(m_clearButton);
    filters->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &SiteFilter::setText);
    connect(m_clearButton, &QToolButton::clicked, m_filter, &SiteFilter::reset);
    connect(m_filter, &SiteFilter::changed, this, [this] {
        if (m_search->text() != m_filter->text())
            m_search->setText(m_filter->text());
        rebuildFilterMenus();
        updateCount();
        syncFromSelection();
    });
    connect(m_sites, &QAbstractItemModel::modelReset, this, [this] {
        rebuildFilterMenus();
        updateCount();
        syncFromSelection();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SiteListWidget::syncToSelection);
    connect(m_selection, &SiteSelection::selectionChanged, this,
            &SiteListWidget::syncFromSelection);
    connect(m_selection, &SiteSelection::currentChanged, this, [this](const QString& id) {
        const int row = m_sites->rowOf(id);
        if (row >= 0)
            m_table->scrollTo(m_proxy->mapFromSource(m_sites->index(row, 0)));
    });
    rebuildFilterMenus();
    updateCount();
}

void SiteListWidget::rebuildFilterMenus() {
    std::set<IgbpClass> igbp;
    std::set<KoppenClass> koppen;
    std::set<QString> networks;
    for (const SiteRecord& r : m_sites->sites()) {
        igbp.insert(r.site.igbp);
        koppen.insert(r.site.koppen);
        networks.insert(QString::fromStdString(r.site.network));
    }
    std::vector<std::tuple<IgbpClass, QString, QIcon>> igbpItems;
    for (IgbpClass c : igbp)
        igbpItems.emplace_back(
            c,
            QStringLiteral("%1 – %2").arg(QString::fromUtf8(igbpCode(c).data()),
                                          QString::fromUtf8(igbpDescription(c).data())),
            swatch(igbpQColor(c)));
    std::vector<std::tuple<KoppenClass, QString, QIcon>> koppenItems;
    for (KoppenClass c : koppen)
        koppenItems.emplace_back(
            c,
            QStringLiteral("%1 – %2").arg(QString::fromUtf8(koppenCode(c).data()),
                                          QString::fromUtf8(koppenDescription(c).data())),
            swatch(koppenQColor(c)));
    std::vector<std::tuple<QString, QString, QIcon>> networkItems;
    for (const QString& n : networks)
        networkItems.emplace_back(n, n.isEmpty() ? tr("(none)") : n, QIcon());

    fillFilterMenu(m_igbpButton, tr("IGBP"), igbpItems, m_filter->igbpClasses(),
                   [this](const QSet<IgbpClass>& s) { m_filter->setIgbpClasses(s); });
    fillFilterMenu(m_koppenButton, tr("Köppen"), koppenItems, m_filter->koppenClasses(),
                   [this](const QSet<KoppenClass>& s) { m_filter->setKoppenClasses(s); });
    fillFilterMenu(m_networkButton, tr("Network"), networkItems, m_filter->networks(),
                   [this](const QSet<QString>& s) { m_filter->setNetworks(s); });
    m_clearButton->setEnabled(m_filter->isActive());
}

void SiteListWidget::updateCount() {
    m_count->setText(
        tr("%1 of %n site(s) shown", nullptr, static_cast<int>(m_sites->sites().size()))
            .arg(m_proxy->rowCount()));
}

void SiteListWidget::syncFromSelection() {
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection rows;
    for (const QString& id : m_selection->selectedIds()) {
        const int row = m_sites->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_sites->index(row, 0));
        if (index.isValid())
            rows.select(index, index.siblingAtColumn(SiteTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    m_syncing = false;
}

void SiteListWidget::syncToSelection() {
    if (m_syncing)
        return;
    m_syncing = true;
    QStringList ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(SiteTableModel::SiteIdRole).toString());
    // Sites hidden by the filter stay selected; the table only shows what it can.
    for (const QString& id : m_selection->selectedIds()) {
        const int row = m_sites->rowOf(id);
        if (row >= 0 && !m_proxy->mapFromSource(m_sites->index(row, 0)).isValid())
            ids.append(id);
    }
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QString currentId =
        current.isValid() ? current.data(SiteTableModel::SiteIdRole).toString() : QString();
    m_selection->setSelection(ids, currentId);
    m_syncing = false;
}

} // namespace fluxlens
