#pragma once

#include <optional>
#include <string_view>

namespace fluxlens {

// Factor converting a carbon flux given in `units` (a CF/UDUNITS-style text as found in a
// variable's `units` attribute) to gC m-2 d-1: gC m-2 d-1, g m-2 d-1, kgC m-2 d-1, gC m-2 s-1,
// kg(C) m-2 s-1, µmol (CO2) m-2 s-1, mol (CO2) m-2 s-1, also written with '/' ("gC/m2/day").
// std::nullopt when the units are unknown or not a carbon flux.
std::optional<double> carbonFluxToGramPerDay(std::string_view units);

} // namespace fluxlens
