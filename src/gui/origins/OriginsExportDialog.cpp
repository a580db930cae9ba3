#include "OriginsExportDialog.h"

#include "ui_OriginsExportDialog.h"

#include "FieldMessage.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QSaveFile>

OriginsExportDialog::OriginsExportDialog(const QString& value, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OriginsExportDialog>())
    , m_value(value)
{
    m_ui->setupUi(this);
    const int count = value.isEmpty() ? 0 : static_cast<int>(value.count(QLatin1Char(',')) + 1);
    m_ui->introLabel->setText(
        count == 0 ? tr("No origin is active: the ALLOWED_ORIGINS value is empty.")
                   : tr("The %n active origin(s) as the backend's ALLOWED_ORIGINS value:", nullptr,
                        count));
    m_ui->valueEdit->setPlainText(value);
    m_ui->valueEdit->selectAll();
    FieldMessage::show(m_ui->formError, {});
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_value);
        m_ui->copyButton->setText(tr("&Copied"));
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &OriginsExportDialog::chooseFile);
}

OriginsExportDialog::~OriginsExportDialog() = default;

void OriginsExportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Save the ALLOWED_ORIGINS value"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({tr("Text files (*.txt)"), tr("All files (*)")});
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("allowed-origins.txt"));
    connect(dialog, &QFileDialog::fileSelected, this, &OriginsExportDialog::writeFile);
    dialog->open();
}

void OriginsExportDialog::writeFile(const QString& path)
{
    // QSaveFile: an existing file is replaced only once the new one is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_value.toUtf8() + '\n') < 0 ||
        !file.commit()) {
        FieldMessage::show(m_ui->formError,
                           tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    FieldMessage::show(m_ui->formError, {});
    m_ui->saveButton->setText(tr("&Saved"));
}
