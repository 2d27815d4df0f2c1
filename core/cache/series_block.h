#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// One block of a site's daily series as the cache stores it: kDaysPerBlock consecutive days, the
// days that have a row, and one dense value array per column (NaN where a cell has no value).
// Internal to core/cache.
//
// Stored form (encode/decode): the day bitmap, then per column that has any value its name, a
// bitmap of the days with a value and those values, each column in the shorter of two lossless
// forms: decimal (the values are n / 10^k for integers n, k <= 9, as text files give them:
// stored as day-to-day differences of n) or binary (the doubles' bits, each XOR the previous).
// The eight bytes of those 64-bit words are stored as eight planes (all lowest bytes first, ...)
// and the whole block is compressed with zstd. Every value reads back bit for bit, except that a
// NaN payload reads back as the one quiet NaN.
namespace fluxlens::series_block {

inline constexpr int kDaysPerBlock = 1024;

// The block holding `day` (days since 1970; negative days in negative blocks) and its first day.
constexpr std::int64_t blockOf(int day) {
    return day >= 0 ? day / kDaysPerBlock
                    : -((-static_cast<std::int64_t>(day) - 1) / kDaysPerBlock) - 1;
}
constexpr int firstDayOf(std::int64_t block) {
    return static_cast<int>(block * kDaysPerBlock);
}

class Block {
public:
    bool hasDay(int slot) const { return (m_days[slot / 64] >> (slot % 64)) & 1U; }
    void setDay(int slot, bool present);
    int dayCount() const;
    bool empty() const { return dayCount() == 0; }

    // The column's kDaysPerBlock values, created all-NaN when absent.
    std::vector<double>& column(std::string_view name);
    // nullptr when the block has no such column (all its values are NaN).
    const std::vector<double>* find(std::string_view name) const;
    const std::vector<std::pair<std::string, std::vector<double>>>& columns() const {
        return m_columns;
    }

    // Removes the rows of the slots [firstSlot, lastSlot] that have no value in any column.
    void dropEmptyDays(int firstSlot, int lastSlot);

    std::string encode() const;
    // Throws InputError(file, "the cache is damaged: ...") on anything that encode() cannot have
    // written.
    static Block decode(std::string_view stored, const std::string& file);

private:
    std::array<std::uint64_t, kDaysPerBlock / 64> m_days{};
    std::vector<std::pair<std::string, std::vector<double>>> m_columns;
};

} // namespace fluxlens::series_block
