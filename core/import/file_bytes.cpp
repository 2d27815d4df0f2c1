#include "import/file_bytes.h"

#include "common/input_error.h"
#include "fluxlens_config.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

#if FLUXLENS_HAVE_NETTLE
#include <nettle/sha2.h>
#else
// GDAL exports its SHA-256 (port/cpl_sha256.h) but Debian does not install that header; this is
// the declaration from it, C linkage, unchanged since GDAL 2.0. Five times slower than Nettle's,
// which uses the CPU's SHA instructions.
extern "C" void CPL_SHA256(const void* data, size_t len, unsigned char hash[32]);
#endif

namespace fluxlens {

std::string readWholeFile(const std::string& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"),
                                                         &std::fclose);
    if (!file)
        throw InputError(path, std::string("cannot open the file: ") + std::strerror(errno));
    std::string bytes;
    std::error_code sizeError;
    if (const auto size = std::filesystem::file_size(path, sizeError); !sizeError)
        bytes.reserve(static_cast<std::size_t>(size));
    char buffer[1 << 16];
    for (;;) {
        const std::size_t n = std::fread(buffer, 1, sizeof buffer, file.get());
        bytes.append(buffer, n);
        if (n < sizeof buffer) {
            if (std::ferror(file.get()))
                throw InputError(path,
                                 std::string("cannot read the file: ") + std::strerror(errno));
            break;
        }
    }
    return bytes;
}

std::string sha256Hex(std::string_view bytes) {
    unsigned char hash[32];
#if FLUXLENS_HAVE_NETTLE
    sha256_ctx context{};
    sha256_init(&context);
    sha256_update(&context, bytes.size(), reinterpret_cast<const std::uint8_t*>(bytes.data()));
    sha256_digest(&context, sizeof hash, hash);
#else
    CPL_SHA256(bytes.data(), bytes.size(), hash);
#endif
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex(64, '0');
    for (int i = 0; i < 32; ++i) {
        hex[2 * i] = kHex[hash[i] >> 4];
        hex[2 * i + 1] = kHex[hash[i] & 0xF];
    }
    return hex;
}

} // namespace fluxlens
