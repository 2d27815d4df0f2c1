#pragma once

// Top-of-atmosphere (potential) solar radiation, FAO-56 (Allen et al. 1998) eqs. 21-25.

namespace fluxlens {

// Daily extraterrestrial radiation, MJ m-2 d-1 (0 in polar night).
double extraterrestrialRadiation_MJ_m2_d(double latitude_deg, int dayOfYear);
// The same as a daily mean flux in W m-2: FLUXNET's SW_IN_POT of a day.
double potentialShortwave_W_m2(double latitude_deg, int dayOfYear);

} // namespace fluxlens
