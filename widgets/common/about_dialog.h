#pragma once

#include <QDialog>

namespace fluxlens {

// Help ▸ About: what FluxLens is, the versions of the libraries it runs on, and the licences of
// the data it shows.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString libraryVersionsHtml();
    static QString dataLicencesHtml();
};

} // namespace fluxlens
