#pragma once

#include <QWidget>

class QTextBrowser;

namespace fluxlens {

class SiteTableModel;
class SiteSelection;

// The site details dock: metadata and data extent of the current site.
class SiteDetailsWidget : public QWidget {
    Q_OBJECT
public:
    SiteDetailsWidget(SiteTableModel* sites, SiteSelection* selection, QWidget* parent = nullptr);

    QString shownSiteId() const { return m_shownId; }
    QString text() const; // plain text of what is shown (tests)

private:
    void showSite(const QString& id);

    SiteTableModel* m_sites;
    SiteSelection* m_selection;
    QTextBrowser* m_view;
    QString m_shownId;
};

} // namespace fluxlens
