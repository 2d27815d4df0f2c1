// Each catalogue loads, and covers every tr() string of widgets/ and app/gui/ as lupdate finds
// them now: a new string without a German and a Spanish translation fails this test.
#include "program_run.h"

#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {
QStringList listOf(const char* joined) {
    return QString::fromUtf8(joined).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

struct Message {
    QString context, source, comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one entry, or one per plural form
};

QString keyOf(const Message& m) {
    return m.context + QChar(0x1f) + m.source + QChar(0x1f) + m.comment;
}

// Every message of a .ts file, by context + source + comment.
QHash<QString, Message> readTs(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(path));
    QDomDocument doc;
    const auto parsed = doc.setContent(&file);
    if (!parsed)
        qFatal("%s is not XML", qPrintable(path));
    QHash<QString, Message> out;
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement e = context.firstChildElement(QStringLiteral("message")); !e.isNull();
             e = e.nextSiblingElement(QStringLiteral("message"))) {
            Message m;
            m.context = name;
            m.source = e.firstChildElement(QStringLiteral("source")).text();
            m.comment = e.firstChildElement(QStringLiteral("comment")).text();
            m.numerus = e.attribute(QStringLiteral("numerus")) == QLatin1String("yes");
            const QDomElement t = e.firstChildElement(QStringLiteral("translation"));
            const QString type = t.attribute(QStringLiteral("type"));
            m.unfinished = type == QLatin1String("unfinished") ||
                           type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            if (m.numerus) {
                for (QDomElement f = t.firstChildElement(QStringLiteral("numerusform"));
                     !f.isNull(); f = f.nextSiblingElement(QStringLiteral("numerusform")))
                    m.translations << f.text();
            } else {
                m.translations << t.text();
            }
            out.insert(keyOf(m), m);
        }
    }
    return out;
}

// The placeholders a text uses (%1..%99, %n, %L1), sorted, each once.
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0).remove(QLatin1Char('L')));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

QString languageOf(const QString& path) {
    return QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void catalogueLoads_data();
    void catalogueLoads();
    void coversEveryTrString_data();
    void coversEveryTrString();
    void everyTrCallHasItsRuntimeContext();
    void everyTranslationIsComplete_data();
    void everyTranslationIsComplete();
    void compiledCatalogueMatchesTheTs_data();
    void compiledCatalogueMatchesTheTs();

private:
    QTemporaryDir m_dir;
    QHash<QString, Message> m_current; // what lupdate finds in the sources now
    QString m_lupdateWarnings;
};

void TestTranslations::initTestCase() {
    QVERIFY(m_dir.isValid());
    QVERIFY2(!listOf(FLUXLENS_TS_FILES).isEmpty(), "no catalogues configured");
    // lupdate into a fresh catalogue, with the options the build uses for the real ones.
    const QString fresh = m_dir.filePath(QStringLiteral("current_xx.ts"));
    QStringList args{QStringLiteral("-recursive")};
    args << listOf(FLUXLENS_TRANSLATED_DIRS);
    args << QStringLiteral("-extensions") << QStringLiteral("cpp,h");
    args << listOf(FLUXLENS_LUPDATE_OPTIONS);
    args << QStringLiteral("-ts") << fresh;
    const fluxlens::testing::ProgramRun lupdate =
        fluxlens::testing::runProgram(QStringLiteral(FLUXLENS_LUPDATE), args);
    m_lupdateWarnings = lupdate.out + lupdate.err;
    QVERIFY2(lupdate.succeeded(), qPrintable(lupdate.describe()));
    m_current = readTs(fresh);
    QVERIFY2(m_current.size() > 100,
             qPrintable(QStringLiteral("lupdate found only %1 strings").arg(m_current.size())));
}

void TestTranslations::catalogueLoads_data() {
    QTest::addColumn<QString>("qm");
    for (const QString& qm : listOf(FLUXLENS_QM_FILES))
        QTest::newRow(qPrintable(languageOf(qm))) << qm;
}

void TestTranslations::catalogueLoads() {
    QFETCH(QString, qm);
    QTranslator fromFile;
    QVERIFY2(fromFile.load(qm), qPrintable(qm));
    QVERIFY(!fromFile.isEmpty());
    QCOMPARE(fromFile.language().section(QLatin1Char('_'), 0, 0), languageOf(qm));
    // The same catalogue is embedded in the widgets library.
    QTranslator embedded;
    QVERIFY(embedded.load(QStringLiteral(":/i18n/") + QFileInfo(qm).fileName()));
    // A menu title, as the main window asks for it.
    const QString file = fromFile.translate("fluxlens::MainWindow", "&File");
    QVERIFY(!file.isEmpty());
    QVERIFY(file != QLatin1String("&File"));
    QCOMPARE(embedded.translate("fluxlens::MainWindow", "&File"), file);
    // Plural forms: one and many differ.
    const QString one =
        fromFile.translate("fluxlens::WorldMapWidget", "%n site(s) selected", nullptr, 1);
    const QString many =
        fromFile.translate("fluxlens::WorldMapWidget", "%n site(s) selected", nullptr, 5);
    QVERIFY(!one.isEmpty());
    QVERIFY(one != many);
}

void TestTranslations::coversEveryTrString_data() {
    QTest::addColumn<QString>("ts");
    for (const QString& ts : listOf(FLUXLENS_TS_FILES))
        QTest::newRow(qPrintable(languageOf(ts))) << ts;
}

void TestTranslations::coversEveryTrString() {
    QFETCH(QString, ts);
    const QHash<QString, Message> catalogue = readTs(ts);
    QStringList missing, stale;
    for (const Message& m : m_current)
        if (!catalogue.contains(keyOf(m)))
            missing << m.context + QStringLiteral(": ") + m.source;
    for (const Message& m : catalogue)
        if (!m_current.contains(keyOf(m)))
            stale << m.context + QStringLiteral(": ") + m.source;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) not in %2 (run the fluxlens_widgets_lupdate "
                                       "target and translate them):\n%3")
                            .arg(missing.size())
                            .arg(ts, missing.join(QLatin1Char('\n')))));
    // Messages whose source is gone do no harm; the next lupdate run (-no-obsolete) drops them.
    if (!stale.isEmpty())
        qWarning("%d message(s) of %s no longer in the sources:\n%s", int(stale.size()),
                 qPrintable(ts), qPrintable(stale.join(QLatin1Char('\n'))));
}

void TestTranslations::everyTrCallHasItsRuntimeContext() {
    // A tr() that lupdate files under a namespace instead of a class is looked up at run time
    // under another context, so its translation would never show.
    QVERIFY2(!m_lupdateWarnings.contains(QLatin1String("lacks Q_OBJECT")),
             qPrintable(m_lupdateWarnings));
}

void TestTranslations::everyTranslationIsComplete_data() {
    coversEveryTrString_data();
}

void TestTranslations::everyTranslationIsComplete() {
    QFETCH(QString, ts);
    QStringList problems;
    for (const Message& m : readTs(ts)) {
        const QString where = m.context + QStringLiteral(": ") + m.source;
        if (m.unfinished)
            problems << QStringLiteral("unfinished: ") + where;
        if (m.numerus && m.translations.size() != 2) // German and Spanish: one, other
            problems << QStringLiteral("needs 2 plural forms: ") + where;
        QStringList want = placeholders(m.source);
        if (m.numerus)
            want.removeAll(QStringLiteral("%n")); // a singular form may spell out "one"
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + where;
            QStringList got = placeholders(t);
            if (m.numerus)
                got.removeAll(QStringLiteral("%n"));
            if (got != want)
                problems << QStringLiteral("placeholders %1 instead of %2: %3 -> %4")
                                .arg(got.join(QLatin1Char(',')), want.join(QLatin1Char(',')), where,
                                     t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::compiledCatalogueMatchesTheTs_data() {
    coversEveryTrString_data();
}

void TestTranslations::compiledCatalogueMatchesTheTs() {
    QFETCH(QString, ts);
    const QString lang = languageOf(ts);
    QString qm;
    for (const QString& candidate : listOf(FLUXLENS_QM_FILES))
        if (languageOf(candidate) == lang)
            qm = candidate;
    QVERIFY2(!qm.isEmpty(), qPrintable(QStringLiteral("no .qm built for ") + lang));
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QStringList differ;
    for (const Message& m : readTs(ts)) {
        const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(),
                         comment = m.comment.toUtf8();
        const QString got = translator.translate(
            context.constData(), source.constData(),
            m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 1 : -1);
        if (got != m.translations.value(0))
            differ << m.context + QStringLiteral(": ") + m.source;
    }
    QVERIFY2(differ.isEmpty(), qPrintable(QStringLiteral("%1 is older than %2:\n%3")
                                              .arg(qm, ts, differ.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
