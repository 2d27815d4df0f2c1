// fluxlens-cli compact: rewrites a cache without free space (SQLite VACUUM) and prints its size
// before and after.
#include "args.h"
#include "cache/cache.h"
#include "command.h"

#include <cstdint>
#include <cstdio>
#include <iostream>

namespace fluxlens::cli {
namespace {
int runCompact(std::span<const std::string> arguments) {
    const Args args(arguments, {});
    args.rejectUnknown({"--cache"});
    if (!args.positional().empty())
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    const std::string path = args.required("--cache");
    const std::uintmax_t before = Cache::bytesOnDisk(path);
    {
        Cache cache = Cache::openExisting(path); // compacting never creates a cache
        cache.compact();
    }
    const std::uintmax_t after = Cache::bytesOnDisk(path);
    const double change = before > 0
                              ? 100.0 * (static_cast<double>(after) - static_cast<double>(before)) /
                                    static_cast<double>(before)
                              : 0.0;
    char line[160];
    std::snprintf(line, sizeof line, "bytes before: %ju\nbytes after: %ju\nchange: %.1f %%\n",
                  before, after, change);
    std::cout << path << "\n" << line;
    std::cout.flush();
    if (!std::cout)
        throw std::runtime_error("cannot write to standard output");
    return 0;
}

const CommandRegistration registration{
    {"compact", "rewrite a cache without free space (VACUUM) and print its size before and after",
     "Usage: fluxlens-cli compact --cache FILE\n"
     "  --cache FILE  the FluxLens cache to compact; it must exist\n"
     "Replaced files, deleted models and rewritten predictions leave free pages in the cache;\n"
     "compacting rewrites the file without them. It needs free disk space of about twice the\n"
     "cache's size and fails, changing nothing, while another program writes the cache. Sizes\n"
     "include the write-ahead log (FILE-wal).",
     runCompact}};
} // namespace
} // namespace fluxlens::cli
