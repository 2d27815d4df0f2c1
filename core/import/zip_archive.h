#pragma once

#include <string>
#include <vector>

namespace fluxlens {

// Reading the zip archives FLUXNET, AmeriFlux and ICOS distribute, with libzip. Each function
// throws InputError naming the archive (and entry) on failure, or when FluxLens was built without
// libzip.
bool zipSupportAvailable();
bool looksLikeZipFile(const std::string& path);
std::vector<std::string> listZipEntries(const std::string& archivePath); // files only
std::string readZipEntry(const std::string& archivePath, const std::string& entryName);

} // namespace fluxlens
