#pragma once

#include "site_record.h"

#include <vector>

namespace fluxlens::test {

inline SiteRecord makeSite(const char* id, double lat, double lon, IgbpClass igbp,
                           KoppenClass koppen, const char* network = "FLUXNET2015") {
    SiteRecord r;
    r.site.id = id;
    r.site.name = std::string("Test site ") + id;
    r.site.lat_deg = lat;
    r.site.lon_deg = lon;
    r.site.igbp = igbp;
    r.site.koppen = koppen;
    r.site.koppen_source =
        koppen == KoppenClass::Unknown ? KoppenSource::None : KoppenSource::Metadata;
    r.site.network = network;
    r.firstDate = QStringLiteral("2001-01-01");
    r.lastDate = QStringLiteral("2010-12-31");
    r.fluxDays = 3652;
    return r;
}

// Real tower locations (rounded), spread over the continents.
inline std::vector<SiteRecord> sampleSites() {
    return {
        makeSite("DE-Hai", 51.08, 10.45, IgbpClass::DBF, KoppenClass::Cfb),
        makeSite("FI-Hyy", 61.85, 24.29, IgbpClass::ENF, KoppenClass::Dfc),
        makeSite("US-Ha1", 42.54, -72.17, IgbpClass::DBF, KoppenClass::Dfb, "AmeriFlux"),
        makeSite("US-Var", 38.41, -120.95, IgbpClass::GRA, KoppenClass::Csa, "AmeriFlux"),
        makeSite("BR-Sa1", -2.86, -54.96, IgbpClass::EBF, KoppenClass::Am),
        makeSite("AU-How", -12.49, 131.15, IgbpClass::WSA, KoppenClass::Aw),
        makeSite("ZA-Kru", -25.02, 31.50, IgbpClass::SAV, KoppenClass::BSh),
        makeSite("CN-Cha", 42.40, 128.10, IgbpClass::MF, KoppenClass::Dwb),
        makeSite("RU-Cok", 70.83, 147.49, IgbpClass::OSH, KoppenClass::Dfd, "ICOS"),
        makeSite("ZZ-001", 30.0, 5.0, IgbpClass::BSV, KoppenClass::Unknown, "synthetic demo"),
    };
}

} // namespace fluxlens::test
