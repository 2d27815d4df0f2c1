#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fluxlens {

// The selection every linked view shares: the set of selected site IDs and the "current" one
// (the most recently selected, which single-site views such as the details panel show).
class SiteSelection : public QObject {
    Q_OBJECT
public:
    explicit SiteSelection(QObject* parent = nullptr);

    const QSet<QString>& selectedIds() const { return m_selected; }
    QString currentId() const { return m_current; }
    bool isSelected(const QString& id) const { return m_selected.contains(id); }

    void select(const QString& id); // replaces the selection
    void toggle(const QString& id); // ctrl-click
    // Rubber band, table selection. `current` becomes current when it is among ids; otherwise the
    // current site stays if still selected, else the last of ids.
    void setSelection(const QStringList& ids, const QString& current = {});
    void addToSelection(const QStringList& ids);
    void clear();

Q_SIGNALS:
    void selectionChanged();
    void currentChanged(const QString& id);

private:
    void apply(const QStringList& idsInOrder, const QString& current);

    QSet<QString> m_selected;
    QStringList m_order; // selection order, oldest first; the fallback for "current"
    QString m_current;
};

} // namespace fluxlens
