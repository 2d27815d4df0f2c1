#include "ml/data_hasher.h"

#include "fluxlens_config.h"

#include <fstream>
#include <stdexcept>

#if FLUXLENS_HAVE_NETTLE
#include <nettle/sha2.h>
#endif

namespace fluxlens::ml {

struct DataHasher::State {
#if FLUXLENS_HAVE_NETTLE
    sha256_ctx ctx{};
#else
    std::uint64_t fnv = 1469598103934665603ull;
#endif
};

DataHasher::DataHasher()
    : m_state(std::make_unique<State>()) {
#if FLUXLENS_HAVE_NETTLE
    sha256_init(&m_state->ctx);
#endif
}

DataHasher::~DataHasher() = default;

void DataHasher::add(const void* data, std::size_t bytes) {
#if FLUXLENS_HAVE_NETTLE
    sha256_update(&m_state->ctx, bytes, static_cast<const std::uint8_t*>(data));
#else
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i) {
        m_state->fnv ^= p[i];
        m_state->fnv *= 1099511628211ull;
    }
#endif
}

void DataHasher::add(const std::string& s) {
    const std::uint64_t n = s.size();
    add(&n, sizeof n);
    add(s.data(), s.size());
}

std::string DataHasher::hex() {
    static const char* digits = "0123456789abcdef";
    std::string out;
#if FLUXLENS_HAVE_NETTLE
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&m_state->ctx, SHA256_DIGEST_SIZE, digest);
    for (std::uint8_t b : digest) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
#else
    out = "fnv1a64:";
    for (int i = 15; i >= 0; --i)
        out += digits[(m_state->fnv >> (4 * i)) & 15];
#endif
    return out;
}

std::string hashFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot read");
    DataHasher h;
    char buffer[1 << 16];
    while (in) {
        in.read(buffer, sizeof buffer);
        if (in.gcount() > 0)
            h.add(buffer, static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw std::runtime_error(file.string() + ": read error");
    return h.hex();
}

} // namespace fluxlens::ml
