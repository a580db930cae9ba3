#include "OriginsImportDialog.h"

#include "ui_OriginsImportDialog.h"

#include "FieldMessage.h"
#include "InputLimits.h"
#include "LeftToRight.h"
#include "OriginList.h"
#include "Session.h"
#include "WhenFinished.h"

#include <QColor>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>

OriginsImportDialog::OriginsImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OriginsImportDialog>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    m_ui->reportTable->setColumnCount(3);
    m_ui->reportTable->setHorizontalHeaderLabels(
        {tr("Entry"), tr("Result"), tr("Origin, or why refused")});
    m_ui->reportTable->horizontalHeader()->resizeSection(0, 240);
    m_ui->reportTable->horizontalHeader()->resizeSection(1, 120);
    FieldMessage::show(m_ui->formError, {});
    connect(m_ui->valueEdit, &QPlainTextEdit::textChanged, this, &OriginsImportDialog::preview);
    connect(m_ui->loadButton, &QPushButton::clicked, this, &OriginsImportDialog::chooseFile);
    preview();
    setBusy(false);
}

OriginsImportDialog::~OriginsImportDialog() = default;

void OriginsImportDialog::preview()
{
    m_reported = false;
    const QString value = m_ui->valueEdit->toPlainText();
    const QString tooLarge = OriginList::checkSize(value);
    FieldMessage::show(m_ui->formError, tooLarge);
    const OriginList list = OriginList::parse(tooLarge.isEmpty() ? value : QString());
    QList<Row> rows;
    int accepted = 0;
    int duplicates = 0;
    int refused = 0;
    for (const OriginList::Entry& e : list.entries()) {
        if (!e.check.isOk()) {
            ++refused;
            rows.append({e.text, tr("refused"), e.check.error(), true});
        } else if (e.duplicateOf >= 0) {
            ++duplicates;
            rows.append({e.text, tr("duplicate"),
                         tr("%1, as entry %2")
                             .arg(LeftToRight::isolated(e.check.origin()))
                             .arg(e.duplicateOf + 1)});
        } else {
            ++accepted;
            rows.append({e.text, tr("accepted"), e.check.origin()});
        }
    }
    QString summary;
    if (!rows.isEmpty()) {
        summary = tr("%1 accepted, %2 duplicate(s), %3 refused. Origins already in the list are "
                     "found when importing.")
                      .arg(accepted)
                      .arg(duplicates)
                      .arg(refused);
        if (refused > 0)
            summary += QLatin1Char(' ') +
                       tr("Unless the refused entries are skipped, nothing is imported.");
    }
    showRows(rows, summary);
    updateOk();
}

void OriginsImportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Load an ALLOWED_ORIGINS value"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Text and environment files (*.txt *.env)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, &OriginsImportDialog::loadFile);
    dialog->open();
}

void OriginsImportDialog::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        FieldMessage::show(m_ui->formError,
                           tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    if (file.size() > InputLimits::maxOriginsValueLength) {
        FieldMessage::show(m_ui->formError,
                           tr("%1 is larger than %2 KiB: that is not an ALLOWED_ORIGINS value.")
                               .arg(path)
                               .arg(InputLimits::maxOriginsValueLength / 1024));
        return;
    }
    m_ui->valueEdit->setPlainText(QString::fromUtf8(file.readAll()).trimmed());
}

void OriginsImportDialog::accept()
{
    if (!m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    FieldMessage::show(m_ui->formError, {});
    setBusy(true);
    whenFinished(
        this,
        m_session.jobs().track(tr("Importing allowed origins"),
                               m_session.services().origins().importValue(
                                   m_session.actor(), m_ui->valueEdit->toPlainText(),
                                   m_ui->skipInvalidCheck->isChecked())),
        [this](const OriginImportReport& report) {
            m_reported = report.applied;
            showReport(report);
            setBusy(false);
            Q_EMIT imported(report);
        },
        [this](const Failure& error) {
            setBusy(false);
            FieldMessage::show(m_ui->formError, error.message());
        });
}

void OriginsImportDialog::showReport(const OriginImportReport& report)
{
    using Outcome = OriginImportReport::Outcome;
    QList<Row> rows;
    for (const OriginImportReport::Entry& e : report.entries) {
        switch (e.outcome) {
        case Outcome::Added:
            rows.append({e.text, report.applied ? tr("added") : tr("not imported"), e.origin});
            break;
        case Outcome::AlreadyPresent:
            rows.append({e.text, tr("already present"), e.origin});
            break;
        case Outcome::Duplicate:
            rows.append({e.text, tr("duplicate"), e.origin});
            break;
        case Outcome::Refused:
            rows.append({e.text, tr("refused"), e.reason, true});
            break;
        }
    }
    const int refused = report.countOf(Outcome::Refused);
    const QString summary =
        report.applied
            ? tr("Imported: %1 added, %2 already present, %3 duplicate(s), %4 refused.")
                  .arg(report.countOf(Outcome::Added))
                  .arg(report.countOf(Outcome::AlreadyPresent))
                  .arg(report.countOf(Outcome::Duplicate))
                  .arg(refused)
            : tr("Nothing imported: %1 of %2 entries refused. Correct them, or tick \"Skip "
                 "refused entries\" to import the others.")
                  .arg(refused)
                  .arg(report.entries.size());
    showRows(rows, summary);
}

void OriginsImportDialog::showRows(const QList<Row>& rows, const QString& summary)
{
    QTableWidget* const table = m_ui->reportTable;
    table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row& row = rows.at(i);
        const QStringList texts = {row.entry, row.result, row.detail};
        for (int column = 0; column < texts.size(); ++column) {
            auto* item = new QTableWidgetItem(texts.at(column));
            item->setToolTip(texts.at(column));
            if (row.refused)
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            table->setItem(i, column, item);
        }
    }
    FieldMessage::show(m_ui->summaryLabel, summary);
}

void OriginsImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->valueEdit->setReadOnly(busy);
    m_ui->loadButton->setEnabled(!busy);
    m_ui->skipInvalidCheck->setEnabled(!busy);
    m_ui->progressLabel->setVisible(busy);
    updateOk();
}

void OriginsImportDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_reported && m_ui->reportTable->rowCount() > 0);
}
