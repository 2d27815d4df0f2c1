#pragma once

// Potential (top-of-atmosphere) shortwave radiation as FLUXNET defines SW_IN_POT.

namespace fluxlens {

// Daily mean potential shortwave radiation (W m-2) at a latitude on a day of the year (1..366):
// the solar constant 1376 W m-2 with Spencer's (1971) Fourier series for the Earth–Sun distance
// and the solar declination over a 365-day year, integrated from sunrise to sunset. This
// reproduces the SW_IN_POT column of FLUXNET daily files (ONEFlux) to 1e-5 relative, so that a
// pixel's SW_IN_POT matches what the towers a model learnt from carry.
double potentialShortwave_W_m2(double latitude_deg, int dayOfYear);

} // namespace fluxlens
