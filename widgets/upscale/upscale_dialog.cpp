#include "upscale_dialog.h"

#include "map/world_map_widget.h"
#include "session/cache_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>
#include <QVBoxLayout>

namespace fluxlens {
namespace {
// A line edit with a "…" button that asks for a file.
QWidget* withBrowse(QLineEdit* edit, QWidget* parent, std::function<QString()> ask) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* browse = new QToolButton(row);
    browse->setText(QStringLiteral("…"));
    layout->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, edit, [edit, ask = std::move(ask)] {
        if (const QString path = ask(); !path.isEmpty())
            edit->setText(path);
    });
    return row;
}
} // namespace

UpscaleDialog::UpscaleDialog(CacheSession* session, const WorldMapWidget* map, QWidget* parent)
    : QDialog(parent)
    , m_map(map)
    , m_bbox(new QLineEdit(QStringLiteral("5,45,15,55"), this))
    , m_resolution(new QDoubleSpinBox(this))
    , m_from(new QDateEdit(QDate(2019, 1, 1), this))
    , m_to(new QDateEdit(QDate(2020, 12, 31), this))
    , m_model(new QComboBox(this))
    , m_driverMap(new QLineEdit(this))
    , m_output(new QLineEdit(this))
    , m_tile(new QSpinBox(this))
    , m_device(new QComboBox(this))
    , m_threads(new QSpinBox(this))
    , m_monthly(new QCheckBox(tr("Also write monthly means"), this))
    , m_extent(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("upscaleDialog"));
    setWindowTitle(tr("Upscale a model to a map"));
    auto* form = new QFormLayout;
    auto* region = new QWidget(this);
    auto* regionLayout = new QHBoxLayout(region);
    regionLayout->setContentsMargins(0, 0, 0, 0);
    regionLayout->addWidget(m_bbox, 1);
    auto* visible = new QPushButton(tr("Visible map area"), region);
    visible->setEnabled(map != nullptr);
    regionLayout->addWidget(visible);
    m_bbox->setToolTip(tr("West, south, east, north in degrees, e.g. 5,45,15,55"));
    form->addRow(tr("Region (W,S,E,N):"), region);
    m_resolution->setRange(0.001, 10.0);
    m_resolution->setDecimals(4);
    m_resolution->setSingleStep(0.05);
    m_resolution->setValue(0.25);
    m_resolution->setSuffix(QStringLiteral(" °"));
    form->addRow(tr("Resolution:"), m_resolution);
    for (QDateEdit* date : {m_from, m_to}) {
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setCalendarPopup(true);
    }
    auto* period = new QWidget(this);
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_from);
    periodLayout->addWidget(new QLabel(tr("to"), period));
    periodLayout->addWidget(m_to);
    periodLayout->addStretch(1);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Driver map:"), withBrowse(m_driverMap, this, [this] {
                     return QFileDialog::getOpenFileName(this, tr("Driver map"), {},
                                                         tr("Driver maps (*.json);;All files (*)"));
                 }));
    form->addRow(tr("Output file:"), withBrowse(m_output, this, [this] {
                     return QFileDialog::getSaveFileName(this, tr("Upscaled map"), m_output->text(),
                                                         tr("NetCDF (*.nc)"));
                 }));
    m_tile->setRange(1, 1024);
    m_tile->setValue(32);
    m_tile->setSuffix(tr(" pixels"));
    m_tile->setToolTip(tr("Edge of a tile: memory grows with its square; finished tiles are kept "
                          "when the run is cancelled and a new run resumes from them"));
    form->addRow(tr("Tile size:"), m_tile);
    m_device->addItems({QStringLiteral("auto"), QStringLiteral("cpu"), QStringLiteral("cuda")});
    m_threads->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_threads->setValue(std::max(1, QThread::idealThreadCount() / 2));
    auto* compute = new QWidget(this);
    auto* computeLayout = new QHBoxLayout(compute);
    computeLayout->setContentsMargins(0, 0, 0, 0);
    computeLayout->addWidget(m_device);
    computeLayout->addWidget(new QLabel(tr("threads"), compute));
    computeLayout->addWidget(m_threads);
    computeLayout->addStretch(1);
    form->addRow(tr("Device:"), compute);
    form->addRow(QString(), m_monthly);
    m_problem->setObjectName(QStringLiteral("upscaleProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Upscale"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_extent);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(visible, &QPushButton::clicked, this, &UpscaleDialog::useVisibleArea);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_bbox, m_driverMap, m_output})
        connect(edit, &QLineEdit::textChanged, this, &UpscaleDialog::revalidate);
    connect(m_resolution, &QDoubleSpinBox::valueChanged, this, &UpscaleDialog::revalidate);
    connect(m_from, &QDateEdit::dateChanged, this, &UpscaleDialog::revalidate);
    connect(m_to, &QDateEdit::dateChanged, this, &UpscaleDialog::revalidate);
    connect(m_model, &QComboBox::currentIndexChanged, this, &UpscaleDialog::revalidate);
    readModels(session);
    revalidate();
}

void UpscaleDialog::readModels(CacheSession* session) {
    m_model->setPlaceholderText(tr("no model in the library"));
    if (!session || !session->isOpen())
        return;
    session->read<std::vector<ModelRecord>>(
        this, [](const Cache& cache) { return cache.models(); },
        [this](std::vector<ModelRecord> models) {
            for (const ModelRecord& m : models)
                if (!m.folder.empty())
                    m_model->addItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(m.name),
                                                                   QString::fromStdString(m.kind)),
                                     QString::fromStdString(m.folder));
            revalidate();
        },
        [this](const QString& message) {
            m_problem->setText(tr("Cannot read the model library: %1").arg(message));
        });
}

UpscaleForm UpscaleDialog::form() const {
    UpscaleForm f;
    f.bbox = m_bbox->text();
    f.resolution_deg = m_resolution->value();
    f.from = m_from->date();
    f.to = m_to->date();
    f.modelFolder = m_model->currentData().toString();
    f.driverMap = m_driverMap->text().trimmed();
    f.output = m_output->text().trimmed();
    f.tilePixels = m_tile->value();
    f.device = m_device->currentText();
    f.threads = m_threads->value();
    f.monthlyMeans = m_monthly->isChecked();
    return f;
}

bool UpscaleDialog::canStart() const {
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void UpscaleDialog::useVisibleArea() {
    const QString bbox = UpscaleFormChecks::visibleBbox(
        m_map->scene(), m_map->viewport(), QSizeF(m_map->size()), m_resolution->value());
    if (!bbox.isEmpty())
        m_bbox->setText(bbox);
}

void UpscaleDialog::revalidate() {
    const UpscaleFormCheck result = check();
    m_extent->setText(result.extent);
    m_problem->setText(result.problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(result.options.has_value());
}

} // namespace fluxlens
