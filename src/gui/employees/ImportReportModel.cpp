#include "ImportReportModel.h"

#include "CsvWriter.h"

#include <QBrush>
#include <QColor>

using Outcome = EmployeeImportReport::Outcome;

void ImportReportModel::setReport(const EmployeeImportReport& report)
{
    beginResetModel();
    m_report = report;
    select();
    endResetModel();
}

void ImportReportModel::setRefusedOnly(bool refusedOnly)
{
    if (refusedOnly == m_refusedOnly)
        return;
    beginResetModel();
    m_refusedOnly = refusedOnly;
    select();
    endResetModel();
}

void ImportReportModel::select()
{
    m_shown.clear();
    for (int i = 0; i < m_report.size(); ++i) {
        if (!m_refusedOnly || m_report.outcome(i) == Outcome::Refused)
            m_shown << i;
    }
}

QString ImportReportModel::outcomeName(Outcome outcome, bool applied)
{
    // A refusal stops the whole import: the other rows say what they would have done.
    switch (outcome) {
    case Outcome::Created:
        return applied ? tr("Added") : tr("Would be added");
    case Outcome::Updated:
        return applied ? tr("Updated") : tr("Would be updated");
    case Outcome::Unchanged:
        return tr("Unchanged");
    case Outcome::Refused:
        return tr("Refused");
    }
    return {};
}

int ImportReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ImportReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ReasonColumn + 1;
}

QVariant ImportReportModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const EmployeeImportReport::Row row = m_report.row(m_shown.at(index.row()));
    if (role == Qt::ForegroundRole && row.outcome == Outcome::Refused)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(index.column() <= IdColumn
                                       ? Qt::AlignTrailing | Qt::AlignVCenter
                                       : Qt::AlignLeading | Qt::AlignVCenter);
    // The reason may be longer than its column.
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return row.reason;
    if (role != Qt::DisplayRole)
        return {};
    return cell(row, index.column(), m_report.applied);
}

QVariant ImportReportModel::cell(const EmployeeImportReport::Row& row, int column, bool applied)
{
    switch (column) {
    case RowColumn:
        return row.row;
    case LineColumn:
        return row.line;
    case IdColumn:
        return row.id ? QVariant(row.id) : QVariant();
    case OutcomeColumn:
        return outcomeName(row.outcome, applied);
    case FieldColumn:
        return row.field;
    case ReasonColumn:
        return row.reason;
    default:
        return {};
    }
}

QByteArray ImportReportModel::csvOf(const EmployeeImportReport& report)
{
    CsvWriter writer(CsvWriter::ByteOrderMark::With);
    QStringList fields;
    for (int column = 0; column <= ReasonColumn; ++column)
        fields << columnTitle(column);
    writer.writeRecord(fields);
    for (qsizetype i = 0; i < report.size(); ++i) {
        const EmployeeImportReport::Row row = report.row(i);
        fields.clear();
        for (int column = 0; column <= ReasonColumn; ++column)
            fields << cell(row, column, report.applied).toString();
        writer.writeRecord(fields);
    }
    return writer.data();
}

QVariant ImportReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

QString ImportReportModel::columnTitle(int column)
{
    switch (column) {
    case RowColumn:
        return tr("Row");
    case LineColumn:
        return tr("Line");
    case IdColumn:
        return tr("Employee ID");
    case OutcomeColumn:
        return tr("Result");
    case FieldColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}
