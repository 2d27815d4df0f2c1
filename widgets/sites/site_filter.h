#pragma once

#include "site_record.h"

#include <QObject>
#include <QSet>
#include <QString>

namespace fluxlens {

// Which sites the views show: by free text (ID or name), IGBP class, Köppen class and network.
// Empty sets mean "all".
class SiteFilter : public QObject {
    Q_OBJECT
public:
    explicit SiteFilter(QObject* parent = nullptr);

    bool accepts(const SiteRecord& record) const;
    bool isActive() const;

    QString text() const { return m_text; }
    QSet<IgbpClass> igbpClasses() const { return m_igbp; }
    QSet<KoppenClass> koppenClasses() const { return m_koppen; }
    QSet<QString> networks() const { return m_networks; }

    void setText(const QString& text);
    void setIgbpClasses(const QSet<IgbpClass>& classes);
    void setKoppenClasses(const QSet<KoppenClass>& classes);
    void setNetworks(const QSet<QString>& networks);
    void reset();

Q_SIGNALS:
    void changed();

private:
    QString m_text;
    QSet<IgbpClass> m_igbp;
    QSet<KoppenClass> m_koppen;
    QSet<QString> m_networks;
};

} // namespace fluxlens
