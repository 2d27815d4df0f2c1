#pragma once

#include <QFlags>
#include <QMetaType>

namespace fluxlens {

// What changed in the open cache, as CacheSession tells its views.
enum class CacheChange : unsigned {
    Sites = 1U << 0,       // sites added, removed or their metadata changed; import log
    Drivers = 1U << 1,     // daily observations and drivers (imports)
    Products = 1U << 2,    // reference products (gridded imports)
    Models = 1U << 3,      // models registered or removed
    Predictions = 1U << 4, // stored predictions (of the models named with the change)
    Evaluations = 1U << 5, // stored metrics
};
Q_DECLARE_FLAGS(CacheChanges, CacheChange)
Q_DECLARE_OPERATORS_FOR_FLAGS(CacheChanges)

inline constexpr CacheChanges kEverythingChanged =
    CacheChanges(CacheChange::Sites) | CacheChange::Drivers | CacheChange::Products |
    CacheChange::Models | CacheChange::Predictions | CacheChange::Evaluations;

} // namespace fluxlens

Q_DECLARE_METATYPE(fluxlens::CacheChanges)
