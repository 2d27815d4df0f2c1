#pragma once

#include "cache/cache.h"

#include <QWidget>
#include <vector>

class QTableWidget;

namespace fluxlens {

// The import log dock: every file imported into the cache, newest first, with its importer,
// rows, time, SHA-256 and warnings (provenance of what the views show).
class ImportLogWidget : public QWidget {
    Q_OBJECT
public:
    explicit ImportLogWidget(QWidget* parent = nullptr);

    void setEntries(const std::vector<ImportLogEntry>& entries);
    int rowCount() const;

private:
    QTableWidget* m_table;
};

} // namespace fluxlens
