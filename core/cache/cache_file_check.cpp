#include "cache/cache_file_check.h"

#include "cache/schema.h"
#include "cache/sqlite_handle.h"
#include "common/input_error.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <system_error>

namespace fluxlens::cache_file {
namespace {
constexpr std::size_t kHeaderBytes = 100;
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL byte: 16 bytes in all

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

bool hasNonEmptyFile(const std::string& path) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    return !error && size > 0;
}

std::string notACache(const std::string& why) {
    return "is not a FluxLens cache (" + why + ")";
}
} // namespace

State inspect(const std::string& path) {
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status))
        return State::Absent;
    if (!std::filesystem::is_regular_file(status))
        throw InputError(path, notACache("not a regular file"));
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        throw InputError(path, "cannot read the cache: " + error.message());
    if (size == 0)
        return State::Empty;

    std::array<unsigned char, kHeaderBytes> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(path, "cannot open the cache for reading");
    in.read(reinterpret_cast<char*>(header.data()), kHeaderBytes);
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got < sizeof kMagic || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        throw InputError(path, notACache("not an SQLite database"));
    if (got < kHeaderBytes)
        throw InputError(path, "the cache is truncated: " + std::to_string(size) +
                                   " bytes, shorter than an SQLite header");

    std::uint32_t pageSize = (std::uint32_t(header[16]) << 8) | header[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw InputError(path, "the cache is damaged: invalid page size " +
                                   std::to_string(pageSize) + " in its header");
    // With a write-ahead log (or rollback journal) beside it, the file alone may legitimately lag
    // behind its header: a checkpoint writes page 1 before the pages that extend the file, and a
    // crash in between is repaired from the log when SQLite opens it.
    if (hasNonEmptyFile(path + "-wal") || std::filesystem::exists(path + "-journal", error))
        return State::Existing;
    if (size % pageSize != 0)
        throw InputError(path, "the cache is truncated or damaged: its size (" +
                                   std::to_string(size) + " bytes) is not a multiple of its page " +
                                   "size (" + std::to_string(pageSize) + ")");
    // The page count in the header is valid when the change counter equals version-valid-for.
    const std::uint32_t pages = bigEndian32(&header[28]);
    const bool pagesValid = pages > 0 && bigEndian32(&header[24]) == bigEndian32(&header[92]);
    if (pagesValid && size < std::uintmax_t(pages) * pageSize)
        throw InputError(path, "the cache is truncated: its header declares " +
                                   std::to_string(std::uintmax_t(pages) * pageSize) +
                                   " bytes but the file has " + std::to_string(size));
    return State::Existing;
}

int checkIdentity(const std::string& path) {
    std::int64_t applicationId = 0;
    std::int64_t version = 0;
    std::int64_t objects = 0;
    try {
        const auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadOnly);
        // Another connection (a background job, the CLI) may hold a lock for a moment: wait for
        // it as every cache connection does, rather than call a busy file unreadable.
        sqlite3_busy_timeout(db.handle(), 10000);
        applicationId = db.queryInt("PRAGMA application_id").value_or(0);
        version = db.queryInt("PRAGMA user_version").value_or(0);
        objects = db.queryInt("SELECT count(*) FROM sqlite_master").value_or(0);
    } catch (const InputError& e) {
        throw InputError(path, "is not a readable FluxLens cache (" + e.message() + ")");
    }
    const bool ours = applicationId == cache_schema::kApplicationId;
    if (!ours && (objects > 0 || version != 0))
        throw InputError(path, notACache("an SQLite database of another program"));
    if (version > cache_schema::latestVersion())
        throw InputError(path, "the cache was written by a newer FluxLens (schema version " +
                                   std::to_string(version) + "; this build reads up to " +
                                   std::to_string(cache_schema::latestVersion()) + ")");
    if (version < 0)
        throw InputError(path, "the cache is damaged: schema version " + std::to_string(version));
    return static_cast<int>(version);
}

} // namespace fluxlens::cache_file
