#include "cache/series_block.h"

#include "common/input_error.h"

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <new>
#include <stdexcept>
#include <zstd.h>

namespace fluxlens::series_block {
namespace {
constexpr std::uint8_t kFormat = 1;
constexpr std::uint8_t kBinaryForm = 0;
constexpr std::uint8_t kDecimalForm = 1;
constexpr int kMaxDecimalScale = 9;
// Level 1 compresses byte planes nearly as well as the default 3, at twice the speed: imports
// write every block they touch.
constexpr int kZstdLevel = 1;
constexpr std::size_t kBitmapBytes = kDaysPerBlock / 8;
constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

constexpr double kPowersOfTen[kMaxDecimalScale + 1] = {1e0, 1e1, 1e2, 1e3, 1e4,
                                                       1e5, 1e6, 1e7, 1e8, 1e9};

using Bitmap = std::array<std::uint64_t, kDaysPerBlock / 64>;

void appendBitmap(std::string& out, const Bitmap& bits) {
    for (std::uint64_t word : bits)
        for (int shift = 0; shift < 64; shift += 8)
            out.push_back(static_cast<char>((word >> shift) & 0xFF));
}

// The smallest k such that every value is exactly n / 10^k with |n| < 2^53; -1 when none is.
int decimalScale(const std::vector<double>& values) {
    for (int k = 0; k <= kMaxDecimalScale; ++k) {
        const double p = kPowersOfTen[k];
        bool fits = true;
        for (double v : values) {
            const double n = std::nearbyint(v * p);
            if (!(std::fabs(n) < kLargestExactInteger) ||
                std::bit_cast<std::uint64_t>(n / p) != std::bit_cast<std::uint64_t>(v)) {
                fits = false;
                break;
            }
        }
        if (fits)
            return k;
    }
    return -1;
}

// Decimal: zigzag differences of the integers n. Binary: each double's bits XOR the previous.
std::vector<std::uint64_t> toWords(const std::vector<double>& values, int scale) {
    std::vector<std::uint64_t> words(values.size());
    if (scale >= 0) {
        std::int64_t previous = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto n =
                static_cast<std::int64_t>(std::nearbyint(values[i] * kPowersOfTen[scale]));
            const std::int64_t delta = n - previous;
            previous = n;
            words[i] =
                (static_cast<std::uint64_t>(delta) << 1) ^ static_cast<std::uint64_t>(delta >> 63);
        }
    } else {
        std::uint64_t previous = 0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto bits = std::bit_cast<std::uint64_t>(values[i]);
            words[i] = bits ^ previous;
            previous = bits;
        }
    }
    return words;
}

void appendPlanes(std::string& out, const std::vector<std::uint64_t>& words) {
    const std::size_t n = words.size();
    const std::size_t start = out.size();
    out.resize(start + 8 * n);
    char* planes = out.data() + start;
    for (std::size_t i = 0; i < n; ++i)
        for (int b = 0; b < 8; ++b)
            planes[b * n + i] = static_cast<char>((words[i] >> (8 * b)) & 0xFF);
}

class Reader {
public:
    Reader(std::string_view bytes, const std::string& file)
        : m_bytes(bytes)
        , m_file(file) {}

    std::string_view take(std::size_t n) {
        if (n > m_bytes.size() - m_at)
            damaged("it ends early");
        const std::string_view part = m_bytes.substr(m_at, n);
        m_at += n;
        return part;
    }
    std::uint8_t byte() { return static_cast<std::uint8_t>(take(1)[0]); }
    Bitmap bitmap() {
        const std::string_view raw = take(kBitmapBytes);
        Bitmap bits{};
        for (std::size_t i = 0; i < kBitmapBytes; ++i)
            bits[i / 8] |= std::uint64_t(static_cast<unsigned char>(raw[i])) << (8 * (i % 8));
        return bits;
    }
    bool atEnd() const { return m_at == m_bytes.size(); }
    [[noreturn]] void damaged(const std::string& what) const {
        throw InputError(m_file, "the cache is damaged: a block of daily values cannot be read (" +
                                     what + ")");
    }

private:
    std::string_view m_bytes;
    const std::string& m_file;
    std::size_t m_at = 0;
};

std::vector<double> fromPlanes(std::string_view planes, std::size_t n, int scale) {
    std::vector<double> values(n);
    std::uint64_t previous = 0;
    std::int64_t previousInteger = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::uint64_t word = 0;
        for (int b = 0; b < 8; ++b)
            word |= std::uint64_t(static_cast<unsigned char>(planes[b * n + i])) << (8 * b);
        if (scale >= 0) {
            const auto delta = static_cast<std::int64_t>((word >> 1) ^ (~(word & 1) + 1));
            previousInteger += delta;
            values[i] = static_cast<double>(previousInteger) / kPowersOfTen[scale];
        } else {
            previous ^= word;
            values[i] = std::bit_cast<double>(previous);
        }
    }
    return values;
}
} // namespace

void Block::setDay(int slot, bool present) {
    const std::uint64_t bit = std::uint64_t(1) << (slot % 64);
    if (present)
        m_days[slot / 64] |= bit;
    else
        m_days[slot / 64] &= ~bit;
}

int Block::dayCount() const {
    int count = 0;
    for (std::uint64_t word : m_days)
        count += std::popcount(word);
    return count;
}

std::vector<double>& Block::column(std::string_view name) {
    for (auto& [columnName, values] : m_columns)
        if (columnName == name)
            return values;
    m_columns.emplace_back(
        std::string(name),
        std::vector<double>(kDaysPerBlock, std::numeric_limits<double>::quiet_NaN()));
    return m_columns.back().second;
}

const std::vector<double>* Block::find(std::string_view name) const {
    for (const auto& [columnName, values] : m_columns)
        if (columnName == name)
            return &values;
    return nullptr;
}

void Block::dropEmptyDays(int firstSlot, int lastSlot) {
    for (int slot = firstSlot; slot <= lastSlot; ++slot) {
        if (!hasDay(slot))
            continue;
        bool anyValue = false;
        for (const auto& [name, values] : m_columns)
            anyValue = anyValue || !std::isnan(values[slot]);
        if (!anyValue)
            setDay(slot, false);
    }
}

std::string Block::encode() const {
    std::string raw;
    raw.push_back(static_cast<char>(kFormat));
    appendBitmap(raw, m_days);
    std::vector<std::pair<const std::string*, const std::vector<double>*>> stored;
    for (const auto& [name, values] : m_columns) {
        bool anyValue = false;
        for (int slot = 0; slot < kDaysPerBlock && !anyValue; ++slot)
            anyValue = hasDay(slot) && !std::isnan(values[slot]);
        if (anyValue)
            stored.emplace_back(&name, &values);
    }
    raw.push_back(static_cast<char>(stored.size() & 0xFF));
    raw.push_back(static_cast<char>(stored.size() >> 8));
    std::vector<double> present;
    for (const auto& [name, values] : stored) {
        raw.push_back(static_cast<char>(name->size()));
        raw += *name;
        Bitmap has{};
        present.clear();
        for (int slot = 0; slot < kDaysPerBlock; ++slot)
            if (hasDay(slot) && !std::isnan((*values)[slot])) {
                has[slot / 64] |= std::uint64_t(1) << (slot % 64);
                present.push_back((*values)[slot]);
            }
        appendBitmap(raw, has);
        const int scale = decimalScale(present);
        raw.push_back(static_cast<char>(scale >= 0 ? kDecimalForm : kBinaryForm));
        raw.push_back(static_cast<char>(scale >= 0 ? scale : 0));
        appendPlanes(raw, toWords(present, scale));
    }

    // One context per thread, reused: imports encode thousands of blocks.
    thread_local const std::unique_ptr<ZSTD_CCtx, std::size_t (*)(ZSTD_CCtx*)> context = [] {
        std::unique_ptr<ZSTD_CCtx, std::size_t (*)(ZSTD_CCtx*)> c(ZSTD_createCCtx(),
                                                                  &ZSTD_freeCCtx);
        if (c) {
            ZSTD_CCtx_setParameter(c.get(), ZSTD_c_compressionLevel, kZstdLevel);
            // A checksum, so that a damaged block is reported instead of read as other values.
            ZSTD_CCtx_setParameter(c.get(), ZSTD_c_checksumFlag, 1);
        }
        return c;
    }();
    if (!context)
        throw std::bad_alloc();
    std::string compressed(ZSTD_compressBound(raw.size()), '\0');
    const std::size_t size =
        ZSTD_compress2(context.get(), compressed.data(), compressed.size(), raw.data(), raw.size());
    if (ZSTD_isError(size))
        throw std::runtime_error(std::string("zstd cannot compress a block: ") +
                                 ZSTD_getErrorName(size));
    compressed.resize(size);
    return compressed;
}

Block Block::decode(std::string_view stored, const std::string& file) {
    const unsigned long long rawSize = ZSTD_getFrameContentSize(stored.data(), stored.size());
    // The largest block encode() writes: every column of a kind on every day, plus names.
    constexpr unsigned long long kLargest = 64ULL << 20;
    Reader check(stored, file);
    if (rawSize == ZSTD_CONTENTSIZE_ERROR || rawSize == ZSTD_CONTENTSIZE_UNKNOWN ||
        rawSize > kLargest)
        check.damaged("not a zstd frame of known size");
    std::string raw(static_cast<std::size_t>(rawSize), '\0');
    const std::size_t size = ZSTD_decompress(raw.data(), raw.size(), stored.data(), stored.size());
    if (ZSTD_isError(size) || size != raw.size())
        check.damaged(std::string("zstd: ") +
                      (ZSTD_isError(size) ? ZSTD_getErrorName(size) : "short content"));

    Reader in(raw, file);
    if (in.byte() != kFormat)
        in.damaged("unknown format");
    Block block;
    block.m_days = in.bitmap();
    const std::size_t columnCount = in.byte() | (std::size_t(in.byte()) << 8);
    for (std::size_t c = 0; c < columnCount; ++c) {
        const std::string name(in.take(in.byte()));
        if (block.find(name))
            in.damaged("column '" + name + "' twice");
        const Bitmap has = in.bitmap();
        const std::uint8_t form = in.byte();
        const std::uint8_t scale = in.byte();
        if (form > kDecimalForm || scale > kMaxDecimalScale)
            in.damaged("unknown value form of column '" + name + "'");
        std::size_t n = 0;
        for (std::uint64_t word : has)
            n += static_cast<std::size_t>(std::popcount(word));
        const auto values =
            fromPlanes(in.take(8 * n), n, form == kDecimalForm ? static_cast<int>(scale) : -1);
        std::vector<double>& dense = block.column(name);
        std::size_t next = 0;
        for (int slot = 0; slot < kDaysPerBlock; ++slot)
            if ((has[slot / 64] >> (slot % 64)) & 1U)
                dense[slot] = values[next++];
    }
    if (!in.atEnd())
        in.damaged("bytes after the last column");
    return block;
}

} // namespace fluxlens::series_block
