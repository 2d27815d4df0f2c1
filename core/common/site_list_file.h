#pragma once

#include <string>
#include <vector>

namespace fluxlens {

// A site list file (held-out sites, sites to evaluate): one site id per line; '#' starts a
// comment; blank lines are ignored. Throws InputError naming the file (and the line) when it
// cannot be read or a line holds more than one id. The list may be empty.
std::vector<std::string> readSiteListFile(const std::string& path);

} // namespace fluxlens
