#pragma once

#include <QString>

namespace fluxlens {

class CacheConnector;
class JobReporter;

struct CacheCompaction {
    bool done = false;                      // the cache was rewritten
    double bytesBefore = 0, bytesAfter = 0; // file and write-ahead log
};

// File ▸ Compact cache: rewrites the session's cache without free pages (Cache::compact) as
// a BackgroundJob work function, filling `result`. Returns an error message naming the file,
// empty on success. SQLite's VACUUM cannot be interrupted part-way, so a cancel request is
// honoured only before it starts; a failed VACUUM leaves the cache as it was.
QString compactCacheFile(const CacheConnector& cache, JobReporter& reporter,
                         CacheCompaction& result);

// "Compacted cache.sqlite: 12.3 MB before, 11.0 MB after (−10.6 %)"
QString compactionSummary(const QString& cachePath, const CacheCompaction& result);

} // namespace fluxlens
