#include "CsvPreviewModel.h"

#include <QBrush>
#include <QColor>

void CsvPreviewModel::setPreview(const CsvPreview& preview)
{
    beginResetModel();
    m_header = preview.header;
    m_rows = preview.rows;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_header.size()) + 1;
}

QVariant CsvPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CsvRecord& record = m_rows.at(index.row());
    const bool misfit = record.fields.size() != m_header.size();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == 0)
            return record.line;
        return index.column() - 1 < record.fields.size() ? record.fields.at(index.column() - 1)
                                                         : QString();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(index.column() == 0 ? Qt::AlignTrailing | Qt::AlignVCenter
                                                       : Qt::AlignLeading | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (misfit)
            return tr("Line %1 has %2 fields; the header has %3.")
                .arg(record.line)
                .arg(record.fields.size())
                .arg(m_header.size());
        return {};
    case Qt::ForegroundRole:
        if (misfit)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Line");
    return section - 1 < m_header.size() ? m_header.at(section - 1) : QVariant();
}
