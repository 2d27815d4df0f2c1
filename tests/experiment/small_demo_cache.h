#pragma once

#include <QString>

// A cache holding a 10-site, 2001-2004 demo world (with its reference product), written into
// `folder`; returns the cache file's path.
QString makeSmallDemoCache(const QString& folder);
