#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace fluxlens::ml {

// Streaming SHA-256 (nettle); without nettle a 64-bit FNV-1a labelled "fnv1a64:".
class DataHasher {
public:
    DataHasher();
    ~DataHasher();
    DataHasher(const DataHasher&) = delete;
    DataHasher& operator=(const DataHasher&) = delete;

    void add(const void* data, std::size_t bytes);
    void add(const std::string& s); // length-prefixed
    template <typename T>
    void add(const std::vector<T>& v) {
        const std::uint64_t n = v.size();
        add(&n, sizeof n);
        add(v.data(), v.size() * sizeof(T));
    }
    std::string hex(); // finishes the hash

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// Hash of a file's bytes; throws std::runtime_error when unreadable.
std::string hashFile(const std::filesystem::path& file);

} // namespace fluxlens::ml
