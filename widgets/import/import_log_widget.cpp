#include "import_log_widget.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fluxlens {

ImportLogWidget::ImportLogWidget(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(this)) {
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Imported (UTC)"), tr("File"), tr("Importer"),
                                        tr("Rows"), tr("Status"), tr("SHA-256")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table);
}

void ImportLogWidget::setEntries(const std::vector<ImportLogEntry>& entries) {
    m_table->setRowCount(static_cast<int>(entries.size()));
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const ImportLogEntry& e = entries[static_cast<std::size_t>(row)];
        const QString path = QString::fromStdString(e.filePath);
        QString status = e.superseded ? tr("replaced by a newer version") : tr("current");
        if (!e.warnings.empty())
            status += tr(", %n warning(s)", nullptr, static_cast<int>(e.warnings.size()));
        QString warnings;
        for (const auto& w : e.warnings)
            warnings += QString::fromStdString(w) + QLatin1Char('\n');
        const QStringList cells{
            QDateTime::fromSecsSinceEpoch(e.importedAtUnixSeconds).toUTC().toString(Qt::ISODate),
            QFileInfo(path).fileName(),
            QString::fromStdString(e.importer),
            QString::number(e.rows),
            status,
            QString::fromStdString(e.sha256)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setToolTip(col == 1 ? path : col == 4 ? warnings.trimmed() : cells[col]);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
}

int ImportLogWidget::rowCount() const {
    return m_table->rowCount();
}

} // namespace fluxlens
