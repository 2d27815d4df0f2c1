#include "export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

namespace fluxlens {

ExportDialog::ExportDialog(const QString& figureName, const QString& suggestedPath, QWidget* parent)
    : QDialog(parent)
    , m_path(new QLineEdit(suggestedPath, this))
    , m_preset(new QComboBox(this))
    , m_width(new QDoubleSpinBox(this))
    , m_height(new QDoubleSpinBox(this))
    , m_dpi(new QSpinBox(this))
    , m_font(new QComboBox(this))
    , m_csv(new QCheckBox(tr("Also write the plotted data as CSV"), this)) {
    setWindowTitle(tr("Export %1").arg(figureName));
    auto* browse = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);

    m_preset->addItem(tr("Single column (89 mm)"), FigureSpec::kSingleColumn_mm);
    m_preset->addItem(tr("Double column (183 mm)"), FigureSpec::kDoubleColumn_mm);
    m_preset->addItem(tr("Custom"), 0.0);
    m_preset->setCurrentIndex(1);
    for (QDoubleSpinBox* box : {m_width, m_height}) {
        box->setRange(20, 500);
        box->setDecimals(1);
        box->setSuffix(tr(" mm"));
    }
    m_width->setValue(FigureSpec::kDoubleColumn_mm);
    m_height->setValue(110);
    m_dpi->setRange(72, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setToolTip(tr("Resolution of PNG files; SVG and PDF are vector and ignore it"));
    for (int pt : {6, 7, 8, 9, 10, 12})
        m_font->addItem(tr("%1 pt").arg(pt), pt);
    m_font->setCurrentIndex(1);
    m_csv->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    form->addRow(tr("Width:"), m_preset);
    form->addRow(QString(), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Font size:"), m_font);
    form->addRow(QString(), m_csv);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateDpiEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        FigureSpec::Format format;
        if (!FigureSpec::formatFromPath(path(), format)) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Choose a file ending in .png, .svg or .pdf."));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    applyPreset();
    updateDpiEnabled();
}

FigureSpec ExportDialog::spec() const {
    FigureSpec s;
    FigureSpec::formatFromPath(path(), s.format);
    s.width_mm = m_width->value();
    s.height_mm = m_height->value();
    s.dpi = m_dpi->value();
    s.fontSize_pt = m_font->currentData().toDouble();
    return s;
}

QString ExportDialog::path() const {
    return m_path->text().trimmed();
}

bool ExportDialog::writeCsv() const {
    return m_csv->isChecked();
}

QString ExportDialog::csvPathFor(const QString& figurePath) {
    const QFileInfo info(figurePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
}

void ExportDialog::choosePath() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, windowTitle(), path(),
        tr("PNG image (*.png);;SVG vector (*.svg);;PDF vector (*.pdf)"));
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::applyPreset() {
    const double width = m_preset->currentData().toDouble();
    m_width->setEnabled(width == 0.0);
    if (width > 0)
        m_width->setValue(width);
}

void ExportDialog::updateDpiEnabled() {
    FigureSpec::Format format = FigureSpec::Format::Png;
    FigureSpec::formatFromPath(path(), format);
    m_dpi->setEnabled(format == FigureSpec::Format::Png);
}

} // namespace fluxlens
