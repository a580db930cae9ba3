#pragma once

#include "OriginImportReport.h"

#include <QDialog>

#include <memory>

class Session;

namespace Ui {
class OriginsImportDialog;
}

// Imports an ALLOWED_ORIGINS value, pasted or read from a file. As the value is typed each entry
// is checked (normalised form, duplicate, or why refused); after importing, the table shows the
// service's report, entry by entry. All or nothing unless refused entries are to be skipped, as
// `mealdesk-cli origins import --skip-invalid`. The dialog stays open to show the report.
class OriginsImportDialog : public QDialog {
    Q_OBJECT

public:
    explicit OriginsImportDialog(Session& session, QWidget* parent = nullptr);
    ~OriginsImportDialog() override;

public Q_SLOTS:
    // Starts the import of the value typed; does not close the dialog.
    void accept() override;
    // Puts the value in the file at `path` into the dialog, to be previewed.
    void loadFile(const QString& path);

Q_SIGNALS:
    void imported(const OriginImportReport& report);

private:
    struct Row {
        QString entry;
        QString result;
        QString detail; // the normalised origin, or why refused
        bool refused = false;
    };

    void preview();
    void chooseFile();
    void showReport(const OriginImportReport& report);
    void showRows(const QList<Row>& rows, const QString& summary);
    void setBusy(bool busy);
    void updateOk();

    std::unique_ptr<Ui::OriginsImportDialog> m_ui;
    Session& m_session;
    bool m_busy = false;
    // The value typed has been imported (the report shows it): importing it again adds nothing.
    bool m_reported = false;
};
