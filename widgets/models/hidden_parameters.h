#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace fluxlens {

// The demo world's hidden per-site parameters (demo_hidden_parameters.csv, written next to the
// demo's CSV files): the truth the task embeddings should rediscover, for colouring the FiLM
// lab's embedding map.
struct HiddenParameterTable {
    QString file;
    QStringList names;                     // numeric columns, e.g. "light_use_efficiency_gC_MJ"
    QHash<QString, QVector<double>> sites; // site id -> values in `names` order
};

// Throws std::runtime_error "file:line: problem" for an unreadable file, a missing site_id
// column, a row with the wrong number of fields or a value that is not a number.
HiddenParameterTable readHiddenParameters(const QString& path);

} // namespace fluxlens
