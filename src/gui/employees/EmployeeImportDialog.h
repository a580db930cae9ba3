#pragma once

#include "CsvPreviewModel.h"
#include "EmployeeImportReport.h"
#include "ImportReportModel.h"

#include <QByteArray>
#include <QDialog>
#include <QString>

#include <memory>

class Session;

namespace Ui {
class EmployeeImportDialog;
}

// Imports employees from a CSV file in two steps: the chosen file is read, previewed and checked
// (EmployeeService::checkCsv: every row the import would refuse is listed before anything is
// imported), then Import hands it to EmployeeService::importCsv and the dialog shows what
// happened to every row. The import is all or nothing: with a refused row, the report lists the
// refusals and nothing is stored. A report can be saved as CSV.
class EmployeeImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit EmployeeImportDialog(Session& session, QWidget* parent = nullptr);
    ~EmployeeImportDialog() override;

public Q_SLOTS:
    // Asks for a file (a non-blocking file dialog) and previews it.
    void chooseFile();
    // Reads and previews the file; a newer call overtakes one still reading.
    void loadFile(const QString& path);
    // Imports the previewed file; the dialog stays open to show the report.
    void accept() override;
    void reject() override;
    // Asks where (a non-blocking file dialog) and saves the report shown.
    void saveReport();
    void writeReport(const QString& path);

Q_SIGNALS:
    // The import was applied (no row refused).
    void imported(const EmployeeImportReport& report);

private:
    struct LoadedFile {
        QString path;
        QByteArray data;
        CsvPreview preview;
    };

    void showPreview(const LoadedFile& file);
    // The check's report: the refusals, or the file is ready to import.
    void showCheck(const CsvPreview& preview, const EmployeeImportReport& report);
    void showReport(const EmployeeImportReport& report);
    void showError(const QString& message);
    enum class Task { None, Reading, Checking, Importing };

    void setTask(Task task);
    void updateImportButton();

    std::unique_ptr<Ui::EmployeeImportDialog> m_ui;
    Session& m_session;
    CsvPreviewModel m_preview;
    ImportReportModel m_report;
    // The file as read, sent as it is (the service reads it again with the same reader).
    QByteArray m_data;
    bool m_importable = false;
    Task m_task = Task::None;
    // Drops a file read that a newer choice has overtaken.
    quint64 m_generation = 0;
};
