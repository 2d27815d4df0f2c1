#include "common/dates.h"
#include "common/day_number_text.h"

#include <QTest>

using namespace fluxlens;

class TestDates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesCompactAndIso();
    void rejectsInvalid();
    void calendarParts();
    void isoDayNumbers();
};

void TestDates::parsesCompactAndIso() {
    auto d = parseCompactDate("20150131");
    QVERIFY(d);
    QCOMPARE(formatIsoDate(*d), std::string("2015-01-31"));
    QCOMPARE(parseCompactDate("201501311230"), d);
    QCOMPARE(parseIsoDate("2015-01-31"), d);
    QCOMPARE(toDayNumber(*parseIsoDate("1970-01-02")), 1);
    QCOMPARE(fromDayNumber(toDayNumber(*d)), *d);
}

void TestDates::rejectsInvalid() {
    QVERIFY(!parseCompactDate("20150231"));
    QVERIFY(!parseCompactDate("2015013"));
    QVERIFY(!parseCompactDate("2015O131"));
    QVERIFY(!parseCompactDate("-9999"));
    QVERIFY(!parseIsoDate("2015/01/31"));
    QVERIFY(!parseIsoDate("2015-13-01"));
}

void TestDates::calendarParts() {
    QCOMPARE(dayOfYear(*parseIsoDate("2016-12-31")), 366);
    QCOMPARE(dayOfYear(*parseIsoDate("2015-03-01")), 60);
    QCOMPARE(yearOf(*parseIsoDate("2015-03-01")), 2015);
    QCOMPARE(monthOf(*parseIsoDate("2015-03-01")), 3);
    QVERIFY(isLeapYear(2000));
    QVERIFY(!isLeapYear(1900));
}

void TestDates::isoDayNumbers() {
    QCOMPARE(formatIsoDayNumber(0), std::string("1970-01-01"));
    QCOMPARE(formatIsoDayNumber(-1), std::string("1969-12-31"));
    QCOMPARE(parseIsoDayNumber("2000-03-01"), std::optional<int>(11017));
    QCOMPARE(parseIsoDayNumber(formatIsoDayNumber(20000)), std::optional<int>(20000));
    QVERIFY(!parseIsoDayNumber("2003-02-30"));
    QVERIFY(!parseIsoDayNumber("not a date"));
}

QTEST_APPLESS_MAIN(TestDates)
#include "tst_dates.moc"
