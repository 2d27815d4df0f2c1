#pragma once

#include <optional>
#include <string_view>

namespace fluxlens {

// Where a site's Köppen–Geiger class came from, best first: the site's own metadata, a climate
// map (Beck et al. 2018 or a user's map with the same codes), or the site's cached climate.
enum class KoppenSource { None, Metadata, Map, Climate };

std::string_view koppenSourceName(KoppenSource source); // "", "metadata", "map", "climate"
std::optional<KoppenSource> parseKoppenSource(std::string_view name);
// Higher is more trustworthy: a class from a better source is never replaced by a worse one.
int koppenSourceRank(KoppenSource source);

} // namespace fluxlens
