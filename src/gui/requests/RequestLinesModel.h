#pragma once

#include "MealLineRecord.h"
#include "MealRequestRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

// The lines of the request in RequestDetailPane. Edits (the Accepted check box, the notes) are
// not applied here: they are announced for the pane to save, and the saved line comes back in
// the request set again.
class RequestLinesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        EmployeeColumn,
        DepartmentColumn,
        AttendanceColumn,
        ShiftHoursColumn,
        NotesColumn,
        AcceptedColumn,
        ColumnCount,
    };

    using QAbstractTableModel::QAbstractTableModel;

    // The request's lines; `editable`: whether they may be accepted, rejected and annotated.
    // The same lines again (a reload) are updated in place, keeping the view's selection.
    void setRequest(const MealRequestRecord& request, bool editable);
    void clear();
    // A line whose change is being saved cannot be edited again until it is done.
    void setSaving(qint64 lineId, bool saving);

    const MealLineRecord& line(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void acceptedEdited(qint64 lineId, bool accepted);
    void notesEdited(qint64 lineId, const QString& notes);

private:
    int rowOf(qint64 lineId) const;
    void emitRowChanged(int row);

    QList<MealLineRecord> m_lines;
    qint64 m_requestId = 0;
    bool m_editable = false;
    QSet<qint64> m_saving;
};
