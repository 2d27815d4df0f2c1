// The cache's compressed blocks of daily values: every value reads back bit for bit, whatever
// form it is stored in, and damaged blocks are reported, never misread.
#include "cache/series_block.h"
#include "common/input_error.h"

#include <QTest>
#include <bit>
#include <cmath>
#include <limits>
#include <random>

using namespace fluxlens;
using series_block::Block;
using series_block::kDaysPerBlock;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::uint64_t bitsOf(double v) {
    return std::bit_cast<std::uint64_t>(v);
}

// A block with one column holding `values` on the first values.size() days.
Block blockWith(const std::vector<double>& values) {
    Block block;
    std::vector<double>& column = block.column("X");
    for (std::size_t i = 0; i < values.size(); ++i) {
        block.setDay(static_cast<int>(i), true);
        column[i] = values[i];
    }
    return block;
}
} // namespace

class TestSeriesBlock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void blockNumbers();
    void valuesReadBackBitForBit_data();
    void valuesReadBackBitForBit();
    void daysAndColumnsReadBack();
    void decimalValuesTakeLittleSpace();
    void dropEmptyDaysKeepsDaysWithValues();
    void damagedBlocksAreReported_data();
    void damagedBlocksAreReported();
};

void TestSeriesBlock::blockNumbers() {
    QCOMPARE(series_block::blockOf(0), std::int64_t{0});
    QCOMPARE(series_block::blockOf(kDaysPerBlock - 1), std::int64_t{0});
    QCOMPARE(series_block::blockOf(kDaysPerBlock), std::int64_t{1});
    QCOMPARE(series_block::blockOf(-1), std::int64_t{-1});
    QCOMPARE(series_block::blockOf(-kDaysPerBlock), std::int64_t{-1});
    QCOMPARE(series_block::blockOf(-kDaysPerBlock - 1), std::int64_t{-2});
    QCOMPARE(series_block::firstDayOf(-2), -2 * kDaysPerBlock);
}

void TestSeriesBlock::valuesReadBackBitForBit_data() {
    QTest::addColumn<std::vector<double>>("values");
    std::mt19937_64 random(7);
    std::vector<double> decimals, sixDecimals, binary, mixed, extremes, large;
    std::uniform_int_distribution<int> thousandths(-99999, 99999);
    std::uniform_real_distribution<double> uniform(-1e3, 1e3);
    for (int i = 0; i < kDaysPerBlock; ++i) {
        decimals.push_back(thousandths(random) / 1000.0);
        sixDecimals.push_back(std::stod("12." + std::to_string(100000 + i * 7)));
        binary.push_back(uniform(random));
        mixed.push_back(i % 3 == 0 ? kNaN : (i % 3 == 1 ? i * 0.5 : uniform(random) - 273.15));
        large.push_back(1e15 + i);
    }
    extremes = {0.0,
                -0.0,
                std::numeric_limits<double>::infinity(),
                -std::numeric_limits<double>::infinity(),
                std::numeric_limits<double>::denorm_min(),
                std::numeric_limits<double>::max(),
                std::numeric_limits<double>::lowest(),
                9007199254740993.0,
                0.1 + 0.2,
                -9999.0};
    QTest::newRow("three decimals") << decimals;
    QTest::newRow("six decimals") << sixDecimals;
    QTest::newRow("arbitrary doubles") << binary;
    QTest::newRow("missing values and converted units") << mixed;
    QTest::newRow("extremes") << extremes;
    QTest::newRow("large integers") << large;
    QTest::newRow("all missing") << std::vector<double>(100, kNaN);
    QTest::newRow("one value") << std::vector<double>{4.5};
}

void TestSeriesBlock::valuesReadBackBitForBit() {
    QFETCH(std::vector<double>, values);
    const Block block = blockWith(values);
    const Block read = Block::decode(block.encode(), "test.flcache");
    QCOMPARE(read.dayCount(), static_cast<int>(values.size()));
    const std::vector<double>* column = read.find("X");
    bool anyValue = false;
    for (double v : values)
        anyValue = anyValue || !std::isnan(v);
    QCOMPARE(column != nullptr, anyValue);
    for (std::size_t i = 0; i < values.size(); ++i) {
        QVERIFY(read.hasDay(static_cast<int>(i)));
        const double got = column ? (*column)[i] : kNaN;
        if (std::isnan(values[i]))
            QVERIFY2(std::isnan(got), qPrintable(QString::number(i)));
        else
            QVERIFY2(bitsOf(got) == bitsOf(values[i]),
                     qPrintable(QStringLiteral("value %1: %2 read as %3")
                                    .arg(i)
                                    .arg(values[i], 0, 'g', 17)
                                    .arg(got, 0, 'g', 17)));
    }
}

void TestSeriesBlock::daysAndColumnsReadBack() {
    Block block;
    for (int slot : {0, 5, 6, 700, kDaysPerBlock - 1})
        block.setDay(slot, true);
    block.column("GPP")[5] = 3.25;
    block.column("NEE")[kDaysPerBlock - 1] = -1.5;
    block.column("LE"); // created, but never given a value: not stored
    const Block read = Block::decode(block.encode(), "test.flcache");
    QCOMPARE(read.dayCount(), 5);
    QVERIFY(read.hasDay(700) && !read.hasDay(701));
    QCOMPARE((*read.find("GPP"))[5], 3.25);
    QVERIFY(std::isnan((*read.find("GPP"))[6]));
    QCOMPARE((*read.find("NEE"))[kDaysPerBlock - 1], -1.5);
    QVERIFY(!read.find("LE"));
    QCOMPARE(read.columns().size(), std::size_t{2});
}

void TestSeriesBlock::decimalValuesTakeLittleSpace() {
    // A year of a smooth flux with three decimals, as text files give it: far below the 8 bytes
    // per value of plain doubles.
    std::vector<double> values;
    for (int i = 0; i < 365; ++i)
        values.push_back(std::round(1000.0 * (5.0 + 4.0 * std::sin(i * 0.0172))) / 1000.0);
    const std::string stored = blockWith(values).encode();
    QVERIFY2(stored.size() < 365 * 3, qPrintable(QString::number(stored.size())));
}

void TestSeriesBlock::dropEmptyDaysKeepsDaysWithValues() {
    Block block = blockWith({1.0, kNaN, 3.0});
    block.setDay(3, true); // a day with no value at all
    block.dropEmptyDays(0, 2);
    QVERIFY(block.hasDay(0) && !block.hasDay(1) && block.hasDay(2));
    QVERIFY(block.hasDay(3)); // outside the range: kept
    block.dropEmptyDays(0, kDaysPerBlock - 1);
    QCOMPARE(block.dayCount(), 2);
}

void TestSeriesBlock::damagedBlocksAreReported_data() {
    QTest::addColumn<QByteArray>("stored");
    const std::string good = blockWith({1.5, 2.5, 3.5}).encode();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not zstd") << QByteArray("definitely not a block");
    QTest::newRow("truncated") << QByteArray(good.data(), static_cast<int>(good.size() / 2));
    QByteArray flipped(good.data(), static_cast<int>(good.size()));
    flipped[flipped.size() - 3] = static_cast<char>(flipped[flipped.size() - 3] ^ 0x5A);
    QTest::newRow("flipped byte (checksum)") << flipped;
}

void TestSeriesBlock::damagedBlocksAreReported() {
    QFETCH(QByteArray, stored);
    try {
        (void)Block::decode(
            std::string_view(stored.constData(), static_cast<std::size_t>(stored.size())),
            "damaged.flcache");
    } catch (const InputError& e) {
        QVERIFY2(std::string(e.what()).find("damaged.flcache") != std::string::npos, e.what());
        QVERIFY2(std::string(e.what()).find("the cache is damaged") != std::string::npos, e.what());
        return;
    }
    QFAIL("a damaged block was read without an error");
}

QTEST_APPLESS_MAIN(TestSeriesBlock)
#include "tst_series_block.moc"
