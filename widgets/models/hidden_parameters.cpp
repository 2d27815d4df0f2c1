#include "hidden_parameters.h"

#include <QFile>
#include <QObject>
#include <stdexcept>

namespace fluxlens {

namespace {
[[noreturn]] void fail(const QString& path, int line, const QString& problem) {
    throw std::runtime_error(
        QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(problem).toStdString());
}
} // namespace

HiddenParameterTable readHiddenParameters(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        fail(path, 0, QObject::tr("cannot open: %1").arg(file.errorString()));
    HiddenParameterTable table;
    table.file = path;
    const QStringList header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    const int idColumn = int(header.indexOf(QStringLiteral("site_id")));
    if (idColumn < 0)
        fail(path, 1, QObject::tr("no site_id column: not a demo hidden-parameter file"));
    QList<int> numeric;
    for (int i = 0; i < header.size(); ++i)
        if (i != idColumn && header[i] != QLatin1String("igbp") &&
            header[i] != QLatin1String("koppen")) {
            numeric << i;
            table.names << header[i];
        }
    int lineNumber = 1;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() != header.size())
            fail(path, lineNumber,
                 QObject::tr("%1 fields, the header has %2").arg(fields.size()).arg(header.size()));
        QVector<double> values;
        for (int i : numeric) {
            bool ok = false;
            values << fields[i].toDouble(&ok);
            if (!ok)
                fail(path, lineNumber,
                     QObject::tr("%1 is not a number: \"%2\"").arg(header[i], fields[i]));
        }
        table.sites.insert(fields[idColumn], values);
    }
    if (table.sites.isEmpty())
        fail(path, lineNumber, QObject::tr("no sites"));
    return table;
}

} // namespace fluxlens
