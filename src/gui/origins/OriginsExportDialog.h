#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class OriginsExportDialog;
}

// Shows the active origins as the backend's ALLOWED_ORIGINS value (a,b,c, sorted) to copy or
// save to a file.
class OriginsExportDialog : public QDialog {
    Q_OBJECT

public:
    explicit OriginsExportDialog(const QString& value, QWidget* parent = nullptr);
    ~OriginsExportDialog() override;

private:
    void chooseFile();
    void writeFile(const QString& path);

    std::unique_ptr<Ui::OriginsExportDialog> m_ui;
    QString m_value;
};
