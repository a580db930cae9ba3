#pragma once

#include "EmployeeImportReport.h"

#include <QAbstractTableModel>
#include <QList>

// What an employee import did, row by row (EmployeeImportReport), optionally only the refused
// rows: in a file of thousands, those are the ones to fix.
class ImportReportModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { RowColumn, LineColumn, IdColumn, OutcomeColumn, FieldColumn, ReasonColumn };

    using QAbstractTableModel::QAbstractTableModel;

    void setReport(const EmployeeImportReport& report);
    void setRefusedOnly(bool refusedOnly);

    static QString outcomeName(EmployeeImportReport::Outcome outcome, bool applied);
    // Every row of `report` (the refused ones and the others) as CSV, with the table's columns.
    static QByteArray csvOf(const EmployeeImportReport& report);
    const EmployeeImportReport& report() const { return m_report; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static QString columnTitle(int column);
    static QVariant cell(const EmployeeImportReport::Row& row, int column, bool applied);
    void select();

    EmployeeImportReport m_report;
    bool m_refusedOnly = false;
    QList<int> m_shown; // indexes of m_report's rows
};
