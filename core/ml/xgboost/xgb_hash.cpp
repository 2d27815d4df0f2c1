#include "ml/xgboost/xgb_hash.h"

#include "fluxlens_config.h"
#include "ml/model_error.h"

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <vector>

#if FLUXLENS_HAVE_NETTLE
#include <nettle/sha2.h>
#endif

namespace fluxlens::xgb {

struct Hasher::State {
#if FLUXLENS_HAVE_NETTLE
    sha256_ctx ctx;
#else
    std::uint64_t hash = 0xcbf29ce484222325ULL;
#endif
};

Hasher::Hasher()
    : m_state(std::make_unique<State>()) {
#if FLUXLENS_HAVE_NETTLE
    sha256_init(&m_state->ctx);
#endif
}

Hasher::~Hasher() = default;

void Hasher::add(const void* data, std::size_t bytes) {
#if FLUXLENS_HAVE_NETTLE
    sha256_update(&m_state->ctx, bytes, static_cast<const std::uint8_t*>(data));
#else
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i) {
        m_state->hash ^= p[i];
        m_state->hash *= 0x100000001b3ULL;
    }
#endif
}

void Hasher::add(const std::string& s) {
    const std::uint64_t n = s.size();
    add(&n, sizeof n);
    add(s.data(), s.size());
}

std::string Hasher::hex() {
    char buffer[80];
#if FLUXLENS_HAVE_NETTLE
    std::uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&m_state->ctx, sizeof digest, digest);
    for (int i = 0; i < SHA256_DIGEST_SIZE; ++i)
        std::snprintf(buffer + 2 * i, 3, "%02x", digest[i]);
    return std::string(buffer, 2 * SHA256_DIGEST_SIZE);
#else
    std::snprintf(buffer, sizeof buffer, "fnv1a64:%016llx",
                  static_cast<unsigned long long>(m_state->hash));
    return buffer;
#endif
}

std::string hashFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw ml::ModelError(file.string() + ": cannot read the file");
    Hasher hasher;
    std::vector<char> buffer(1 << 16);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        hasher.add(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw ml::ModelError(file.string() + ": reading failed");
    return hasher.hex();
}

} // namespace fluxlens::xgb
