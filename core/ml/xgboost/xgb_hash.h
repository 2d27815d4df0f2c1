#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>

namespace fluxlens::xgb {

// Streaming SHA-256 (nettle) for data hashes and booster file checks; where nettle is missing,
// a 64-bit FNV-1a labelled "fnv1a64:" (still detects corruption, not tampering).
class Hasher {
public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;
    void add(const void* data, std::size_t bytes);
    void add(const std::string& s); // length-prefixed
    std::string hex();              // finishes the hash

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Hash of a file's bytes; throws ml::ModelError when unreadable.
std::string hashFile(const std::filesystem::path& file);

} // namespace fluxlens::xgb
