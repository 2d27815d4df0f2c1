#pragma once

#include <map>
#include <string>
#include <vector>

namespace fluxlens {

// FLUXNET distributions hold one site's series at several resolutions. FluxLens models daily
// values: of the files given (base names or paths), a _HH_/_HR_ flux or ERA5 series is a
// companion of a _DD_ series of the same hub, site, data set kind and years, and is not
// imported. Returns, for each such companion, the reason it is skipped (naming the _DD_ file).
std::map<std::string, std::string> fluxnetSubDailyCompanions(const std::vector<std::string>& files);

} // namespace fluxlens
