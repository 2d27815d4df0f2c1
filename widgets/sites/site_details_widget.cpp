#include "site_details_widget.h"

#include "demo_world_paths.h"
#include "koppen_colors.h"
#include "site_selection.h"
#include "site_table_model.h"

#include <QTextBrowser>
#include <QVBoxLayout>
#include <cmath>

namespace fluxlens {

SiteDetailsWidget::SiteDetailsWidget(SiteTableModel* sites, SiteSelection* selection,
                                     QWidget* parent)
    : QWidget(parent)
    , m_sites(sites)
    , m_selection(selection)
    , m_view(new QTextBrowser(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    m_view->setOpenLinks(false);
    connect(m_selection, &SiteSelection::currentChanged, this, &SiteDetailsWidget::showSite);
    connect(m_sites, &QAbstractItemModel::modelReset, this,
            [this] { showSite(m_selection->currentId()); });
    showSite({});
}

QString SiteDetailsWidget::text() const {
    return m_view->toPlainText();
}

void SiteDetailsWidget::showSite(const QString& id) {
    m_shownId = id;
    const SiteRecord* r = id.isEmpty() ? nullptr : m_sites->find(id);
    if (!r) {
        m_view->setHtml(
            tr("<p style='color:gray'>Click a tower on the map or a row in the site list "
               "to see its details here.</p>"));
        return;
    }
    const Site& s = r->site;
    auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label, value);
    };
    const QColor koppenColour = koppenQColor(s.koppen);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table>")
                       .arg(id.toHtmlEscaped(), QString::fromStdString(s.name).toHtmlEscaped());
    html += row(tr("Latitude"), QStringLiteral("%1°").arg(s.lat_deg, 0, 'f', 4));
    html += row(tr("Longitude"), QStringLiteral("%1°").arg(s.lon_deg, 0, 'f', 4));
    html += row(tr("Elevation"), s.elevation_m && std::isfinite(*s.elevation_m)
                                     ? QStringLiteral("%1 m").arg(*s.elevation_m, 0, 'f', 0)
                                     : tr("unknown"));
    html += row(tr("IGBP"),
                QStringLiteral("%1 – %2").arg(QString::fromUtf8(igbpCode(s.igbp).data()),
                                              QString::fromUtf8(igbpDescription(s.igbp).data())));
    html += row(tr("Köppen"),
                QStringLiteral("<span style='background:%1'>&nbsp;&nbsp;&nbsp;</span> %2 – %3%4")
                    .arg(koppenColour.name(), QString::fromUtf8(koppenCode(s.koppen).data()),
                         QString::fromUtf8(koppenDescription(s.koppen).data()),
                         s.koppen_source == KoppenSource::None
                             ? QString()
                             : QStringLiteral(" (%1)").arg(koppenSourceText(s.koppen_source))));
    html += row(tr("Network"), QString::fromStdString(s.network).toHtmlEscaped());
    html += row(tr("Flux data"), r->fluxDays > 0 ? tr("%1 – %2, %3 days (%4 with GPP)")
                                                       .arg(r->firstDate, r->lastDate)
                                                       .arg(r->fluxDays)
                                                       .arg(r->gppDays)
                                                 : tr("none"));
    html += row(tr("Source"), displayPath(QString::fromStdString(s.source)).toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_view->setHtml(html);
}

} // namespace fluxlens
