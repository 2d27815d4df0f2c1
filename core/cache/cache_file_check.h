#pragma once

#include <string>

// Checks on a cache file made before SQLite opens it for writing, so that a file which is not a
// FluxLens cache is reported and never modified. Internal to core/cache.
namespace fluxlens::cache_file {

enum class State {
    Absent,  // no such file: a new cache will be created
    Empty,   // zero bytes: a new cache will be created in it
    Existing // an SQLite file whose size agrees with its header
};

// Throws InputError(path, ...) when the file exists but is not an SQLite database, is truncated,
// or cannot be read.
State inspect(const std::string& path);

// Opens the file read-only and throws InputError(path, ...) unless it is a FluxLens cache this
// build can read (or an SQLite database with nothing in it). Returns its schema version.
int checkIdentity(const std::string& path);

} // namespace fluxlens::cache_file
