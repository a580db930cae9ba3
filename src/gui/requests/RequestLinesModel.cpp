#include "RequestLinesModel.h"

#include "CellText.h"
#include "LocalizedName.h"

#include <QLocale>

void RequestLinesModel::setRequest(const MealRequestRecord& request, bool editable)
{
    const auto sameLines = [&] {
        if (request.id != m_requestId || request.lines.size() != m_lines.size())
            return false;
        for (int i = 0; i < m_lines.size(); ++i)
            if (request.lines.at(i).id != m_lines.at(i).id)
                return false;
        return true;
    };
    if (sameLines()) {
        m_lines = request.lines;
        m_editable = editable;
        if (!m_lines.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_requestId = request.id;
    m_lines = request.lines;
    m_editable = editable;
    m_saving.clear();
    endResetModel();
}

void RequestLinesModel::clear()
{
    beginResetModel();
    m_requestId = 0;
    m_lines.clear();
    m_editable = false;
    m_saving.clear();
    endResetModel();
}

void RequestLinesModel::setSaving(qint64 lineId, bool saving)
{
    const int row = rowOf(lineId);
    if (row < 0)
        return;
    if (saving)
        m_saving.insert(lineId);
    else
        m_saving.remove(lineId);
    emitRowChanged(row);
}

int RequestLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int RequestLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLinesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MealLineRecord& line = m_lines.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == AcceptedColumn)
        return line.accepted ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() == ShiftHoursColumn)
        return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
    if (role == Qt::EditRole && index.column() == NotesColumn)
        return line.notes;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case EmployeeColumn:
        return QStringLiteral("%1 %2")
            .arg(line.employeeCode)
            .arg(LocalizedName::pick(line.employeeNameEn, line.employeeNameAr));
    case DepartmentColumn:
        return LocalizedName::pick(line.departmentNameEn, line.departmentNameAr);
    case AttendanceColumn:
        return CellText::dateTime(line.attendanceTime);
    case ShiftHoursColumn:
        return line.shiftHours ? QLocale().toString(*line.shiftHours) : QString();
    case NotesColumn:
        return line.notes;
    case AcceptedColumn:
        if (m_saving.contains(line.id))
            return tr("Saving…");
        return line.accepted ? tr("Accepted") : tr("Rejected");
    default:
        return {};
    }
}

QVariant RequestLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmployeeColumn:
        return tr("Employee");
    case DepartmentColumn:
        return tr("Department");
    case AttendanceColumn:
        return tr("Attendance");
    case ShiftHoursColumn:
        return tr("Shift hours");
    case NotesColumn:
        return tr("Notes");
    case AcceptedColumn:
        return tr("Accepted");
    default:
        return {};
    }
}

Qt::ItemFlags RequestLinesModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_editable || m_saving.contains(m_lines.at(index.row()).id))
        return f;
    if (index.column() == NotesColumn)
        f |= Qt::ItemIsEditable;
    else if (index.column() == AcceptedColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RequestLinesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const MealLineRecord& line = m_lines.at(index.row());
    if (index.column() == AcceptedColumn && role == Qt::CheckStateRole) {
        const bool accepted = static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked;
        if (accepted != line.accepted)
            Q_EMIT acceptedEdited(line.id, accepted);
        return true;
    }
    if (index.column() == NotesColumn && role == Qt::EditRole) {
        if (value.toString() != line.notes)
            Q_EMIT notesEdited(line.id, value.toString());
        return true;
    }
    return false;
}

int RequestLinesModel::rowOf(qint64 lineId) const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).id == lineId)
            return row;
    return -1;
}

void RequestLinesModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
