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

// Imports employees from a CSV file in two steps: the chosen file is read and previewed (off
// the GUI thread), then Import hands it to EmployeeService::importCsv and the dialog shows
// what happened to every row. The import is all or nothing: with a refused row, the report
// lists the refusals and nothing is stored.
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
    void showReport(const EmployeeImportReport& report);
    void showError(const QString& message);
    enum class Task { None, Reading, Importing };

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
