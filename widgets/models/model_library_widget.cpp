#include "model_library_widget.h"

#include "jobs/background_job.h"
#include "model_operations.h"
#include "model_table_model.h"
#include "session/cache_session.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <stdexcept>

namespace fluxlens {

ModelLibraryWidget::ModelLibraryWidget(CacheSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ModelTableModel(this))
    , m_job(new BackgroundJob(tr("Model library"), this)) {
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->hide();
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a model to see its metadata."));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();

    auto* train = new QPushButton(tr("Train…"), this);
    train->setToolTip(tr("Open the train dialog."));
    m_load = new QPushButton(tr("Load folder…"), this);
    m_load->setToolTip(tr("Validate a model folder (model.json and weights) and register it."));
    m_predict = new QPushButton(tr("Predict"), this);
    m_predict->setToolTip(tr("Predict every site with drivers and store the predictions, so the "
                             "comparison views show them."));
    m_evaluate = new QPushButton(tr("Evaluate"), this);
    m_evaluate->setToolTip(tr("Score every model with predictions against the observations "
                              "(RMSE, R², bias, MAE per site and class) and store the metrics."));
    m_delete = new QPushButton(tr("Delete…"), this);
    m_delete->setToolTip(tr("Remove the model with its predictions and metrics from the cache."));
    m_film = new QPushButton(tr("FiLM lab"), this);
    m_film->setToolTip(tr("Explore this TAM-RL model's FiLM modulation."));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {train, m_load, m_predict, m_evaluate, m_delete, m_film})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_progress);
    buttons->addWidget(m_cancel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(train, &QPushButton::clicked, this, &ModelLibraryWidget::trainRequested);
    connect(m_load, &QPushButton::clicked, this, &ModelLibraryWidget::chooseFolder);
    connect(m_predict, &QPushButton::clicked, this, [this] { predictModel(selectedModel()); });
    connect(m_evaluate, &QPushButton::clicked, this, &ModelLibraryWidget::evaluateModels);
    connect(m_delete, &QPushButton::clicked, this, &ModelLibraryWidget::confirmDelete);
    connect(m_film, &QPushButton::clicked, this,
            [this] { Q_EMIT filmLabRequested(selectedModel()); });
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        updateDetails();
    });
    connect(m_job, &BackgroundJob::progressChanged, this,
            [this](double f) { m_progress->setValue(int(f * 1000)); });
    connect(m_job, &BackgroundJob::logLine, this, &ModelLibraryWidget::showInfo);
    connect(m_job, &BackgroundJob::failed, this, &ModelLibraryWidget::showError);
    connect(m_job, &BackgroundJob::cancelled, this, [this] { showInfo(tr("Cancelled")); });
    connect(m_job, &BackgroundJob::finished, this, [this] {
        m_progress->hide();
        m_cancel->hide();
        if (!m_job->warnings().isEmpty())
            showError(m_job->warnings().join(QLatin1Char('\n')));
        Q_EMIT modelsChanged();
    });
    connect(m_session, &CacheSession::changed, this, [this](CacheChanges changes) {
        if (changes & (CacheChange::Models | CacheChange::Predictions | CacheChange::Evaluations))
            refresh();
    });
    refresh();
}

ModelLibraryWidget::~ModelLibraryWidget() = default;

void ModelLibraryWidget::refresh() {
    if (!m_session->isOpen()) {
        m_model->setModels({});
        updateButtons();
        return;
    }
    m_refreshing = true;
    const int serial = ++m_refreshSerial;
    const auto show = [this, serial](std::vector<ModelSummary> models) {
        if (serial != m_refreshSerial)
            return; // a newer read is under way
        m_refreshing = false;
        const QString keep = selectedModel();
        m_model->setModels(std::move(models));
        m_table->resizeColumnsToContents();
        if (!keep.isEmpty())
            selectModel(keep);
        updateButtons();
        updateDetails();
        Q_EMIT refreshed();
    };
    m_session->read<std::vector<ModelSummary>>(this, &summarizeModels, show,
                                               [this, show](const QString& message) {
                                                   show({});
                                                   showError(message);
                                               });
}

QString ModelLibraryWidget::errorText() const {
    return m_banner->property("error").toString();
}

QString ModelLibraryWidget::selectedModel() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : m_model->data(rows.first(), ModelTableModel::NameRole).toString();
}

void ModelLibraryWidget::selectModel(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_table->selectRow(row);
}

bool ModelLibraryWidget::loadModelFolder(const QString& folder) {
    try {
        Cache cache = m_session->connector().openExisting();
        const ModelRecord record = registerModelFolder(cache, folder);
        const QString name = QString::fromStdString(record.name);
        connect(
            this, &ModelLibraryWidget::refreshed, this, [this, name] { selectModel(name); },
            Qt::SingleShotConnection);
        m_session->notifyChanged(CacheChange::Models, {name});
        showInfo(tr("Loaded \"%1\" from %2: use Predict to store its predictions.")
                     .arg(QString::fromStdString(record.name), folder));
        Q_EMIT modelsChanged();
        return true;
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
}

void ModelLibraryWidget::startJob(const QString& title,
                                  const std::function<QString(JobReporter&)>& work) {
    if (m_job->isRunning()) {
        showError(tr("Wait for the running job to finish (or cancel it)."));
        return;
    }
    showInfo(title);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_job->start(work);
    updateButtons();
}

void ModelLibraryWidget::predictModel(const QString& name) {
    if (name.isEmpty())
        return;
    if (m_job->isRunning()) {
        showError(tr("Wait for the running job to finish (or cancel it)."));
        return;
    }
    m_session->trackWriter(m_job, CacheChange::Predictions, {name});
    startJob(tr("Predicting every site with \"%1\"…").arg(name),
             [cache = m_session->connector(), name](JobReporter& r) {
                 return predictAllSites(cache, name, r);
             });
}

void ModelLibraryWidget::evaluateModels() {
    if (m_job->isRunning()) {
        showError(tr("Wait for the running job to finish (or cancel it)."));
        return;
    }
    m_session->trackWriter(m_job, CacheChange::Evaluations);
    startJob(
        tr("Evaluating every model with predictions…"),
        [cache = m_session->connector()](JobReporter& r) { return evaluateAllModels(cache, r); });
}

bool ModelLibraryWidget::removeModel(const QString& name, bool deleteFiles) {
    try {
        Cache cache = m_session->connector().openExisting();
        const QString error = deleteModel(cache, name, deleteFiles);
        m_session->notifyChanged(
            CacheChange::Models | CacheChange::Predictions | CacheChange::Evaluations, {name});
        Q_EMIT modelsChanged();
        if (!error.isEmpty()) {
            showError(error);
            return false;
        }
        showInfo(tr("Deleted \"%1\"").arg(name));
        return true;
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
}

void ModelLibraryWidget::chooseFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Load a model folder"));
    if (!folder.isEmpty())
        loadModelFolder(folder);
}

void ModelLibraryWidget::confirmDelete() {
    const QString name = selectedModel();
    if (name.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete model"),
                    tr("Remove \"%1\" with its predictions and metrics from the cache?").arg(name),
                    QMessageBox::Cancel, this);
    QPushButton* cacheOnly = box.addButton(tr("Remove from cache"), QMessageBox::AcceptRole);
    QPushButton* withFiles =
        box.addButton(tr("Remove and delete its files"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == cacheOnly)
        removeModel(name, false);
    else if (box.clickedButton() == withFiles)
        removeModel(name, true);
}

void ModelLibraryWidget::showError(const QString& message) {
    m_banner->setProperty("error", message);
    m_banner->setText(message);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: "
                                           "1px solid #f5c2c7; padding: 6px; }"));
    m_banner->show();
}

void ModelLibraryWidget::showInfo(const QString& message) {
    m_banner->setProperty("error", QString());
    m_banner->setText(message);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #e8f4fd; color: #0c3c60; border: "
                                           "1px solid #b6d9f2; padding: 6px; }"));
    m_banner->show();
}

void ModelLibraryWidget::updateButtons() {
    const ModelSummary* m = m_model->modelAt(m_model->rowOf(selectedModel()));
    const bool idle = !m_job->isRunning();
    const bool hasFolder = m && !m->record.folder.empty();
    m_load->setEnabled(idle);
    m_predict->setEnabled(idle && hasFolder);
    m_predict->setToolTip(hasFolder || !m ? tr("Predict every site with drivers and store the "
                                               "predictions.")
                                          : tr("This model has no folder to predict with."));
    m_delete->setEnabled(idle && m);
    m_evaluate->setEnabled(idle && m_model->rowCount() > 0);
    const bool tamrl = m && m->record.kind == "tamrl";
    m_film->setEnabled(tamrl && hasFolder);
    m_film->setToolTip(tamrl || !m ? tr("Explore this TAM-RL model's FiLM modulation.")
                                   : tr("Only TAM-RL models have FiLM layers."));
}

void ModelLibraryWidget::updateDetails() {
    const ModelSummary* m = m_model->modelAt(m_model->rowOf(selectedModel()));
    m_details->setPlainText(m ? QString::fromStdString(m->record.metadataJson) : QString());
}

} // namespace fluxlens
