#include "about_dialog.h"

#include "fluxlens_config.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <gdal.h>
#include <proj.h>
#include <sqlite3.h>
#if FLUXLENS_HAVE_XGBOOST
#include <xgboost/c_api.h>
#endif

namespace fluxlens {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About FluxLens"));
    auto* title =
        new QLabel(tr("<h2>FluxLens %1</h2><p>Carbon-flux upscaling with task-aware "
                      "modulation (TAM-RL): explore flux towers, train and compare models, "
                      "export figures.</p>")
                       .arg(QStringLiteral(FLUXLENS_VERSION)),
                   this);
    title->setWordWrap(true);
    auto* text = new QTextBrowser(this);
    text->setOpenExternalLinks(false);
    text->setHtml(libraryVersionsHtml() + dataLicencesHtml());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::libraryVersionsHtml() {
    QString xgboost = tr("not built in");
#if FLUXLENS_HAVE_XGBOOST
    int major = 0, minor = 0, patch = 0;
    XGBoostVersion(&major, &minor, &patch);
    xgboost = QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
#endif
    const QString torch = QStringLiteral(FLUXLENS_TORCH_VERSION).isEmpty()
                              ? tr("not built in")
                              : QStringLiteral(FLUXLENS_TORCH_VERSION);
    auto row = [](const QString& a, const QString& b) {
        return QStringLiteral("<tr><td style='padding-right:16px'>%1</td><td>%2</td></tr>")
            .arg(a, b);
    };
    QString html = tr("<h3>Libraries</h3>") + QStringLiteral("<table>");
    html += row(QStringLiteral("Qt"), QString::fromLatin1(qVersion()));
    html += row(QStringLiteral("LibTorch"), torch);
    html += row(QStringLiteral("GDAL"), QString::fromLatin1(GDALVersionInfo("RELEASE_NAME")));
    html += row(QStringLiteral("PROJ"), QString::fromLatin1(proj_info().version));
    html += row(QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()));
    html += row(QStringLiteral("XGBoost"), xgboost);
    html += QStringLiteral("</table>");
    return html;
}

QString AboutDialog::dataLicencesHtml() {
    return tr(
        "<h3>Data shown</h3><ul>"
        "<li><b>Coastlines</b>: GSHHG (Wessel &amp; Smith), GNU LGPL, as packaged by Debian's "
        "python-cartopy-data; or the land layer you chose.</li>"
        "<li><b>Köppen–Geiger map, palette and rules</b>: Beck et al. (2018), Sci. Data 5:180214, "
        "CC BY 4.0; the present-day map at 0.083° ships with FluxLens.</li>"
        "<li><b>Flux-tower data</b> you import keep their own licences: FLUXNET2015, AmeriFlux "
        "FLUXNET and ICOS data are CC BY 4.0 — cite each site's PI and DOI.</li>"
        "<li><b>The demo world</b> is synthetic, generated on this computer: its sites (IDs "
        "ZZ-…) are not real towers.</li></ul>");
}

} // namespace fluxlens
