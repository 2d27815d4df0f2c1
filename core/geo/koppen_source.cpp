#include "geo/koppen_source.h"

namespace fluxlens {

std::string_view koppenSourceName(KoppenSource source) {
    switch (source) {
    case KoppenSource::None:
        return "";
    case KoppenSource::Metadata:
        return "metadata";
    case KoppenSource::Map:
        return "map";
    case KoppenSource::Climate:
        return "climate";
    }
    return "";
}

std::optional<KoppenSource> parseKoppenSource(std::string_view name) {
    for (KoppenSource s :
         {KoppenSource::None, KoppenSource::Metadata, KoppenSource::Map, KoppenSource::Climate})
        if (koppenSourceName(s) == name)
            return s;
    return std::nullopt;
}

int koppenSourceRank(KoppenSource source) {
    switch (source) {
    case KoppenSource::None:
        return 0;
    case KoppenSource::Climate:
        return 1;
    case KoppenSource::Map:
        return 2;
    case KoppenSource::Metadata:
        return 3;
    }
    return 0;
}

} // namespace fluxlens
