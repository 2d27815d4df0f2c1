#include "site_filter.h"

namespace fluxlens {

SiteFilter::SiteFilter(QObject* parent)
    : QObject(parent) {}

bool SiteFilter::accepts(const SiteRecord& r) const {
    if (!m_igbp.isEmpty() && !m_igbp.contains(r.site.igbp))
        return false;
    if (!m_koppen.isEmpty() && !m_koppen.contains(r.site.koppen))
        return false;
    if (!m_networks.isEmpty() && !m_networks.contains(QString::fromStdString(r.site.network)))
        return false;
    if (!m_text.isEmpty() && !r.id().contains(m_text, Qt::CaseInsensitive) &&
        !QString::fromStdString(r.site.name).contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool SiteFilter::isActive() const {
    return !m_text.isEmpty() || !m_igbp.isEmpty() || !m_koppen.isEmpty() || !m_networks.isEmpty();
}

void SiteFilter::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT changed();
}

void SiteFilter::setIgbpClasses(const QSet<IgbpClass>& classes) {
    if (classes == m_igbp)
        return;
    m_igbp = classes;
    Q_EMIT changed();
}

void SiteFilter::setKoppenClasses(const QSet<KoppenClass>& classes) {
    if (classes == m_koppen)
        return;
    m_koppen = classes;
    Q_EMIT changed();
}

void SiteFilter::setNetworks(const QSet<QString>& networks) {
    if (networks == m_networks)
        return;
    m_networks = networks;
    Q_EMIT changed();
}

void SiteFilter::reset() {
    if (!isActive())
        return;
    m_text.clear();
    m_igbp.clear();
    m_koppen.clear();
    m_networks.clear();
    Q_EMIT changed();
}

} // namespace fluxlens
