// The CSV reader on its own: splitting, quoting, line numbers, validation.
#include "common/input_error.h"
#include "import/csv_reader.h"

#include <QTest>
#include <cmath>

using namespace fluxlens;

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsRowsAndNumbers();
    void quotedFields();
    void skipsEmptyLinesAndCountsThem();
    void lastLineWithoutNewline();
    void rejects_data();
    void rejects();
};

void TestCsvReader::splitsRowsAndNumbers() {
    CsvReader reader("t.csv", "a,b,c\r\n1,-9999,x\r\n+2.5e1, NaN ,\r\n");
    QCOMPARE(reader.header(), (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(*reader.findColumn("b"), std::size_t(1));
    QCOMPARE(*reader.findColumnIgnoreCase("C"), std::size_t(2));
    QVERIFY(!reader.findColumn("B"));
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), std::int64_t(2));
    QCOMPARE(reader.number(0), 1.0);
    QVERIFY(std::isnan(reader.number(1)));
    QCOMPARE(reader.field(2), std::string_view("x"));
    QVERIFY(reader.next());
    QCOMPARE(reader.number(0), 25.0);
    QVERIFY(std::isnan(reader.number(1)));
    QVERIFY(std::isnan(reader.number(2)));
    QVERIFY(!reader.next());
    QCOMPARE(reader.fractionRead(), 1.0);
}

void TestCsvReader::quotedFields() {
    CsvReader reader("t.csv", "id,name,lat\n\"DE-Hai\",\"Hainich, \"\"the\"\" forest\",51.08\n"
                              "X,\"two\nlines\",1\nY,z,2\n");
    QVERIFY(reader.next());
    QCOMPARE(reader.field(1), std::string_view("Hainich, \"the\" forest"));
    QCOMPARE(reader.number(2), 51.08);
    QVERIFY(reader.next());
    QCOMPARE(reader.field(1), std::string_view("two\nlines"));
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), std::int64_t(5));
    QCOMPARE(reader.field(0), std::string_view("Y"));
}

void TestCsvReader::skipsEmptyLinesAndCountsThem() {
    CsvReader reader("t.csv", "\n\na,b\n1,2\n\n  \n3,4\n\n");
    QCOMPARE(reader.headerLine(), std::int64_t(3));
    QVERIFY(reader.next());
    QVERIFY(reader.next());
    QCOMPARE(reader.line(), std::int64_t(7));
    QCOMPARE(reader.number(1), 4.0);
    QVERIFY(!reader.next());
    QCOMPARE(reader.emptyLinesSkipped(), std::int64_t(5));
    QCOMPARE(reader.firstEmptyLine(), std::int64_t(1));
}

void TestCsvReader::lastLineWithoutNewline() {
    CsvReader reader("t.csv", "\xEF\xBB\xBF"
                              "a,b\n1,2");
    QCOMPARE(reader.header().front(), std::string("a"));
    QVERIFY(reader.next());
    QCOMPARE(reader.number(1), 2.0);
    QVERIFY(!reader.next());
}

void TestCsvReader::rejects_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << 0 << QStringLiteral("empty");
    QTest::newRow("only blank lines") << QByteArray("\n \n") << 0 << QStringLiteral("only empty");
    QTest::newRow("utf-16 bom") << QByteArray("\xFF\xFE"
                                              "a\0,\0b\0",
                                              8)
                                << 1 << QStringLiteral("UTF-16");
    QTest::newRow("utf-16 no bom")
        << QByteArray("a\0,\0b\0\n\0", 8) << 1 << QStringLiteral("UTF-16");
    QTest::newRow("binary") << QByteArray("a,b\n1,\x01\x02\x03") << 2
                            << QStringLiteral("not a text file");
    QTest::newRow("duplicate column")
        << QByteArray("a,b,a\n1,2,3\n") << 1 << QStringLiteral("appears twice");
    QTest::newRow("unnamed column")
        << QByteArray("a,,c\n1,2,3\n") << 1 << QStringLiteral("no name");
    QTest::newRow("semicolons") << QByteArray("a;b;c\n1;2;3\n") << 1
                                << QStringLiteral("wrong delimiter");
    QTest::newRow("short row") << QByteArray("a,b,c\n1,2,3\n1,2\n4,5,6\n") << 3
                               << QStringLiteral("2 fields");
    QTest::newRow("long row") << QByteArray("a,b\n1,2,3\n") << 2 << QStringLiteral("3 fields");
    QTest::newRow("truncated") << QByteArray("a,b,c\n1,2,3\n4,5") << 3
                               << QStringLiteral("truncated");
    QTest::newRow("open quote") << QByteArray("a,b\n1,\"2\n3,4\n") << 2
                                << QStringLiteral("never closed");
    QTest::newRow("non-numeric") << QByteArray("a,b\n1,2\n1,abc\n") << 3
                                 << QStringLiteral("'b': 'abc' is not a number");
}

void TestCsvReader::rejects() {
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, message);
    try {
        CsvReader reader("bad.csv", std::string_view(text.constData(), text.size()));
        while (reader.next())
            for (std::size_t c = 0; c < reader.fieldCount(); ++c)
                reader.number(c);
        QFAIL("no error");
    } catch (const InputError& e) {
        QCOMPARE(e.file(), std::string("bad.csv"));
        QCOMPARE(e.line(), std::int64_t(line));
        QVERIFY2(QString::fromStdString(e.message()).contains(message), e.what());
    }
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
