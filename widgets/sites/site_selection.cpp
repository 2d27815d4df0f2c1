#include "site_selection.h"

namespace fluxlens {

SiteSelection::SiteSelection(QObject* parent)
    : QObject(parent) {}

void SiteSelection::select(const QString& id) {
    apply({id}, id);
}

void SiteSelection::toggle(const QString& id) {
    QStringList ids = m_order;
    if (ids.removeAll(id) > 0)
        apply(ids, ids.contains(m_current) ? m_current : QString());
    else
        apply(ids << id, id);
}

void SiteSelection::setSelection(const QStringList& ids, const QString& preferredCurrent) {
    // Keep the order in which sites were first selected, new ones after.
    QStringList ordered;
    for (const QString& id : m_order)
        if (ids.contains(id))
            ordered.append(id);
    for (const QString& id : ids)
        if (!ordered.contains(id))
            ordered.append(id);
    const QString current = ordered.contains(preferredCurrent) ? preferredCurrent
                            : ordered.contains(m_current)      ? m_current
                                                               : QString();
    apply(ordered, current);
}

void SiteSelection::addToSelection(const QStringList& ids) {
    setSelection(m_order + ids);
}

void SiteSelection::clear() {
    apply({}, {});
}

void SiteSelection::apply(const QStringList& idsInOrder, const QString& requestedCurrent) {
    QSet<QString> ids(idsInOrder.begin(), idsInOrder.end());
    QString current = requestedCurrent;
    if (current.isEmpty() && !idsInOrder.isEmpty())
        current = idsInOrder.last();
    const bool setChanged = ids != m_selected;
    const bool currentChanged_ = current != m_current;
    m_selected = std::move(ids);
    m_order = idsInOrder;
    m_order.removeDuplicates();
    m_current = current;
    if (setChanged)
        Q_EMIT selectionChanged();
    if (currentChanged_)
        Q_EMIT currentChanged(m_current);
}

} // namespace fluxlens
