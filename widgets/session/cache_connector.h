#pragma once

#include <QString>

namespace fluxlens {

class Cache;

// How code running off the GUI thread reaches the session's cache: a copyable value holding the
// path, handed to jobs and worker functions instead of a bare path. Each call opens a new
// connection (a Cache is one SQLite connection, for one thread at a time). The only code in
// widgets/ that opens the cache file is here and in CacheSession.
class CacheConnector {
public:
    CacheConnector() = default;
    explicit CacheConnector(QString path);

    const QString& path() const { return m_path; }
    bool isValid() const { return !m_path.isEmpty(); }

    // A connection to the cache the user already has; throws InputError when the file is gone
    // ("no such cache file"), not a FluxLens cache, or damaged.
    Cache openExisting() const;
    // As openExisting(), but creates the folder and an empty cache when there is none (opening
    // a new cache, importing into it, generating the demo world).
    Cache openOrCreate() const;

private:
    QString m_path;
};

} // namespace fluxlens
