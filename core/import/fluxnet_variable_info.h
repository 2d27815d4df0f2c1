#pragma once

#include "import/fluxnet_file_name.h"

#include <string>
#include <string_view>

namespace fluxlens {

// The FLUXNET Shuttle's BIFVARINFO member (BIF long format, group GRP_VAR_INFO with
// VAR_INFO_VARNAME and VAR_INFO_UNIT per data column). ONEFlux writes it in ISO-8859-1 (µ is the
// byte 0xB5); UTF-8 is accepted too.
//
// Checks the unit of every variable the cache stores (cache/variables.h) against the unit
// FluxLens reads it in at `resolution` (daily: the cache's units; half-hourly/hourly: carbon
// fluxes in µmol CO2 m-2 s-1 and precipitation in mm per record). Throws InputError naming the
// file, the line of the unit and the variable at the first mismatch. Returns how many variables
// were checked.
int checkFluxnetVariableUnits(std::string_view bytes, const std::string& label,
                              FluxnetResolution resolution);

// ISO-8859-1 bytes as UTF-8; text that already is valid UTF-8 is returned unchanged.
std::string latin1ToUtf8UnlessUtf8(std::string_view bytes);

} // namespace fluxlens
