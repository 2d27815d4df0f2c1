#pragma once

#include <QWidget>

class QLineEdit;
class QTableView;
class QToolButton;
class QLabel;

namespace fluxlens {

class SiteTableModel;
class SiteFilter;
class SiteFilterProxy;
class SiteSelection;

// The site list dock: a sortable table with text, IGBP, Köppen and network filters; its row
// selection is linked both ways with the shared SiteSelection.
class SiteListWidget : public QWidget {
    Q_OBJECT
public:
    SiteListWidget(SiteTableModel* sites, SiteFilter* filter, SiteSelection* selection,
                   QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }

private:
    void rebuildFilterMenus();
    void syncFromSelection();
    void syncToSelection();
    void updateCount();

    SiteTableModel* m_sites;
    SiteFilter* m_filter;
    SiteSelection* m_selection;
    SiteFilterProxy* m_proxy;
    QLineEdit* m_search;
    QToolButton* m_igbpButton;
    QToolButton* m_koppenButton;
    QToolButton* m_networkButton;
    QToolButton* m_clearButton;
    QTableView* m_table;
    QLabel* m_count;
    bool m_syncing = false;
};

} // namespace fluxlens
