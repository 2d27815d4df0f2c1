#pragma once

#include "geo/koppen.h"

#include <array>

namespace fluxlens {

// A site's monthly climatology: mean air temperature and total precipitation per calendar month
// (index 0 = January), over as many years as are available.
struct MonthlyClimate {
    std::array<double, 12> temperature_degC{};
    std::array<double, 12> precipitation_mm{};
};

// Köppen–Geiger class by the rules of Beck et al. (2018), Table 1. Summer is April–September in
// the northern hemisphere and October–March in the southern one. Rules are applied in the order
// E, B, A, C, D; where both the Cs/Ds and Cw/Dw conditions hold, the w class is chosen because its
// condition (driest winter month under a tenth of the wettest summer month) is the stricter one.
KoppenClass classifyKoppen(const MonthlyClimate& climate, double latitude_deg);

} // namespace fluxlens
