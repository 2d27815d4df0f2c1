#pragma once

#include "geo/site.h"

#include <QMetaType>
#include <QString>

namespace fluxlens {

// A site as the views show it: metadata plus a summary of its flux record.
struct SiteRecord {
    Site site;
    QString firstDate; // YYYY-MM-DD of the first flux day, empty when none
    QString lastDate;
    int fluxDays = 0;
    int gppDays = 0;

    QString id() const { return QString::fromStdString(site.id); }
    double yearsOfData() const { return fluxDays / 365.25; }
};

} // namespace fluxlens
