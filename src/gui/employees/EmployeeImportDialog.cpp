#include "EmployeeImportDialog.h"

#include "ui_EmployeeImportDialog.h"

#include "EmployeeImporter.h"
#include "EmployeeService.h"
#include "Failure.h"
#include "InputLimits.h"
#include "LeftToRight.h"
#include "Session.h"
#include "TableContextMenu.h"
#include "WhenFinished.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

EmployeeImportDialog::EmployeeImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EmployeeImportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Choose a CSV file (UTF-8) whose first line names the columns: %1. Only id is "
           "required; a column left out keeps each employee's current value. A row whose id "
           "exists updates that employee, any other row adds one. The import is all or "
           "nothing: if any row is refused, nothing is stored.")
            .arg(EmployeeImporter::columns().join(QStringLiteral(", "))));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->previewTable->setModel(&m_preview);
    m_ui->reportTable->setModel(&m_report);
    TableContextMenu::install(m_ui->previewTable);
    TableContextMenu::install(m_ui->reportTable);
    m_ui->reportTable->horizontalHeader()->setSectionResizeMode(ImportReportModel::OutcomeColumn,
                                                                QHeaderView::ResizeToContents);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &EmployeeImportDialog::chooseFile);
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &EmployeeImportDialog::saveReport);
    connect(m_ui->refusedOnlyCheck, &QCheckBox::toggled, &m_report,
            &ImportReportModel::setRefusedOnly);
    m_ui->errorLabel->hide();
    m_ui->summaryLabel->hide();
    m_ui->reportSavedLabel->hide();
    setTask(Task::None);
    m_ui->chooseButton->setFocus();
}

EmployeeImportDialog::~EmployeeImportDialog() = default;

void EmployeeImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Import employees from"), QDir::homePath(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->open(this, SLOT(loadFile(QString)));
}

void EmployeeImportDialog::loadFile(const QString& path)
{
    const quint64 generation = ++m_generation;
    m_data.clear();
    m_importable = false;
    m_ui->fileLabel->setText(LeftToRight::isolated(QDir::toNativeSeparators(path)));
    m_ui->errorLabel->hide();
    m_ui->reportSavedLabel->hide();
    m_ui->summaryLabel->hide();
    m_preview.setPreview({});
    m_ui->pages->setCurrentWidget(m_ui->previewPage);
    setTask(Task::Reading);
    // A large file takes a moment to read and parse: not on the GUI thread.
    QFuture<LoadedFile> reading = QtConcurrent::run(QThreadPool::globalInstance(), [path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Failure(
                Failure::Kind::Validation,
                tr("%1 cannot be read: %2")
                    .arg(LeftToRight::isolated(QDir::toNativeSeparators(path)), file.errorString()),
                QStringLiteral("file"));
        // One byte over the limit is enough for the reader to refuse the file by its size.
        LoadedFile loaded{path, file.read(InputLimits::maxCsvBytes + 1), {}};
        loaded.preview = CsvPreview::read(loaded.data);
        return loaded;
    });
    whenFinished(
        this, reading,
        [this, generation](const LoadedFile& file) {
            if (generation == m_generation)
                showPreview(file);
        },
        [this, generation](const Failure& error) {
            if (generation != m_generation)
                return;
            setTask(Task::None);
            showError(error.message());
        });
}

void EmployeeImportDialog::showPreview(const LoadedFile& file)
{
    setTask(Task::None);
    m_preview.setPreview(file.preview);
    m_ui->previewTable->resizeColumnsToContents();
    const CsvPreview& preview = file.preview;
    if (!preview.error.isEmpty()) {
        showError(preview.error);
        return;
    }
    if (preview.header.isEmpty()) {
        showError(tr("The file is empty; its first line must name the columns."));
        return;
    }
    if (preview.recordCount == 0) {
        showError(tr("The file has no rows under its header."));
        return;
    }
    m_data = file.data;
    setTask(Task::Checking);
    const quint64 generation = m_generation;
    EmployeeService& service = m_session.services().employees();
    whenFinished(
        this, service.checkCsv(m_session.actor(), m_data),
        [this, generation, preview](const EmployeeImportReport& report) {
            if (generation == m_generation)
                showCheck(preview, report);
        },
        [this, generation](const Failure& error) {
            if (generation != m_generation)
                return;
            setTask(Task::None);
            m_data.clear();
            showError(error.message());
        });
}

void EmployeeImportDialog::showCheck(const CsvPreview& preview, const EmployeeImportReport& report)
{
    using Outcome = EmployeeImportReport::Outcome;
    setTask(Task::None);
    if (report.countOf(Outcome::Refused) > 0) {
        showReport(report);
        return;
    }
    const QLocale locale;
    QString summary =
        tr("Rows to import: %1 (%2 new, %3 changed, %4 unchanged). Check them, then choose Import.")
            .arg(locale.toString(preview.recordCount),
                 locale.toString(report.countOf(Outcome::Created)),
                 locale.toString(report.countOf(Outcome::Updated)),
                 locale.toString(report.countOf(Outcome::Unchanged)));
    if (preview.recordCount > preview.rows.size())
        summary +=
            QLatin1Char(' ') + tr("The first %1 are shown.")
                                   .arg(locale.toString(static_cast<int>(preview.rows.size())));
    m_ui->summaryLabel->setText(summary);
    m_ui->summaryLabel->show();
    m_importable = true;
    updateImportButton();
}

void EmployeeImportDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
}

void EmployeeImportDialog::accept()
{
    if (m_task != Task::None || !m_importable)
        return;
    m_ui->errorLabel->hide();
    setTask(Task::Importing);
    EmployeeService& service = m_session.services().employees();
    whenFinished(
        this,
        m_session.jobs().track(tr("Importing employees"),
                               service.importCsv(m_session.actor(), m_data)),
        [this](const EmployeeImportReport& report) {
            setTask(Task::None);
            showReport(report);
            if (report.applied)
                Q_EMIT imported(report);
        },
        [this](const Failure& error) {
            setTask(Task::None);
            showError(tr("Nothing was imported: %1").arg(error.message()));
        });
}

void EmployeeImportDialog::showReport(const EmployeeImportReport& report)
{
    using Outcome = EmployeeImportReport::Outcome;
    const int refused = report.countOf(Outcome::Refused);
    if (report.applied) {
        m_ui->summaryLabel->setText(tr("Imported: %1 added, %2 updated, %3 unchanged.")
                                        .arg(report.countOf(Outcome::Created))
                                        .arg(report.countOf(Outcome::Updated))
                                        .arg(report.countOf(Outcome::Unchanged)));
    } else {
        m_ui->summaryLabel->setText({});
        const QLocale locale;
        showError(tr("Nothing can be imported, because the import refuses rows: %1 of %2 (shown "
                     "below). Correct the file and choose it again.")
                      .arg(locale.toString(refused),
                           locale.toString(static_cast<int>(report.size()))));
    }
    m_ui->summaryLabel->setVisible(report.applied);
    m_ui->refusedOnlyCheck->setChecked(!report.applied);
    m_report.setReport(report);
    m_ui->reportSavedLabel->hide();
    m_ui->reportTable->resizeColumnsToContents();
    m_ui->pages->setCurrentWidget(m_ui->reportPage);
    // The file may change before the next try: it is read again first.
    m_importable = false;
    m_data.clear();
    updateImportButton();
}

void EmployeeImportDialog::saveReport()
{
    auto* dialog = new QFileDialog(this, tr("Save the import report as"), QDir::homePath(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(tr("employee-import-report.csv"));
    dialog->open(this, SLOT(writeReport(QString)));
}

void EmployeeImportDialog::writeReport(const QString& path)
{
    QFuture<void> written =
        QtConcurrent::run(QThreadPool::globalInstance(), [path, report = m_report.report()] {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(ImportReportModel::csvOf(report)) < 0 || !file.flush())
                throw Failure(Failure::Kind::Validation,
                              tr("%1 could not be written: %2")
                                  .arg(LeftToRight::isolated(QDir::toNativeSeparators(path)),
                                       file.errorString()),
                              QStringLiteral("file"));
        });
    whenFinished(
        this, written,
        [this, path] {
            m_ui->reportSavedLabel->setText(
                tr("Report saved as %1.")
                    .arg(LeftToRight::isolated(QDir::toNativeSeparators(path))));
            m_ui->reportSavedLabel->show();
        },
        [this](const Failure& error) { showError(error.message()); });
}

void EmployeeImportDialog::reject()
{
    if (m_task != Task::Importing)
        QDialog::reject();
}

void EmployeeImportDialog::setTask(Task task)
{
    m_task = task;
    const bool importing = task == Task::Importing;
    m_ui->progressLabel->setText(importing                ? tr("Importing…")
                                 : task == Task::Reading  ? tr("Reading the file…")
                                 : task == Task::Checking ? tr("Checking every row…")
                                                          : QString());
    m_ui->progressLabel->setVisible(task != Task::None);
    // An import on its way cannot be called back: the dialog stays to show how it ended.
    m_ui->chooseButton->setEnabled(!importing);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setEnabled(!importing);
    updateImportButton();
}

void EmployeeImportDialog::updateImportButton()
{
    QPushButton* import = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    import->setEnabled(m_task == Task::None && m_importable);
    if (import->isEnabled())
        import->setDefault(true);
}
