#pragma once

#include "figure_spec.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QLineEdit;
class QCheckBox;

namespace fluxlens {

// Fills a FigureSpec: file (format from its extension), size preset (single or double column,
// custom), height, DPI, font size, and whether to write the underlying data as CSV beside it.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QString& figureName, const QString& suggestedPath,
                 QWidget* parent = nullptr);

    FigureSpec spec() const;
    QString path() const;
    bool writeCsv() const;
    static QString csvPathFor(const QString& figurePath); // figure.png -> figure.csv

private:
    void choosePath();
    void applyPreset();
    void updateDpiEnabled();

    QLineEdit* m_path;
    QComboBox* m_preset;
    QDoubleSpinBox* m_width;
    QDoubleSpinBox* m_height;
    QSpinBox* m_dpi;
    QComboBox* m_font;
    QCheckBox* m_csv;
};

} // namespace fluxlens
