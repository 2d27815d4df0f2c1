// fluxlens-cli compact: sizes before and after, a smaller file after deletions, and the errors.
#include "program_run.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using fluxlens::testing::ProgramRun;
using fluxlens::testing::runCli;

class TestCliCompact : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compactsAndPrintsSizes();
    void missingCacheFails();
    void notACacheFails();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestCliCompact::compactsAndPrintsSizes() {
    QVERIFY(m_dir.isValid());
    // A small demo world imported into a cache gives a cache with real tables and indexes.
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    const QString cache = m_dir.filePath(QStringLiteral("c.sqlite"));
    ProgramRun r =
        runCli({QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--sites"),
                QStringLiteral("3"), QStringLiteral("--years"), QStringLiteral("2001-2002")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = runCli({QStringLiteral("import"), QStringLiteral("--cache"), cache, demo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const qint64 onDisk =
        QFileInfo(cache).size() + QFileInfo(cache + QStringLiteral("-wal")).size();

    r = runCli({QStringLiteral("compact"), QStringLiteral("--cache"), cache});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpression re(
        QStringLiteral("bytes before: (\\d+)\\nbytes after: (\\d+)\\nchange: (-?[0-9.]+) %"));
    const auto m = re.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    QCOMPARE(m.captured(1).toLongLong(), onDisk);
    const qint64 after = m.captured(2).toLongLong();
    QCOMPARE(after, QFileInfo(cache).size() + QFileInfo(cache + QStringLiteral("-wal")).size());
    QVERIFY2(after <= onDisk, qPrintable(r.out));
    QVERIFY(after > 0);
    // Still a working cache.
    r = runCli({QStringLiteral("sites"), QStringLiteral("--cache"), cache});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliCompact::missingCacheFails() {
    const QString path = m_dir.filePath(QStringLiteral("absent.sqlite"));
    const ProgramRun r = runCli({QStringLiteral("compact"), QStringLiteral("--cache"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("absent.sqlite")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path));
}

void TestCliCompact::notACacheFails() {
    const QString path = m_dir.filePath(QStringLiteral("text.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a cache\n");
    f.close();
    const ProgramRun r = runCli({QStringLiteral("compact"), QStringLiteral("--cache"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("text.sqlite")), qPrintable(r.err));
    QCOMPARE(QFileInfo(path).size(), qint64(12)); // left untouched
}

void TestCliCompact::usageErrors() {
    QCOMPARE(runCli({QStringLiteral("compact")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("compact"), QStringLiteral("--cache"), QStringLiteral("x"),
                     QStringLiteral("--frobnicate"), QStringLiteral("1")})
                 .exitCode,
             2);
    const ProgramRun help = runCli({QStringLiteral("help"), QStringLiteral("compact")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("Usage: fluxlens-cli compact --cache FILE")));
}

QTEST_APPLESS_MAIN(TestCliCompact)
#include "tst_cli_compact.moc"
