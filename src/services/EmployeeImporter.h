#pragma once

#include "EmployeeImportReport.h"
#include "EmployeeInput.h"
#include "EmployeeRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class ChangeSet;
class Connection;

// Imports employees from a CSV file inside the caller's transaction.
//
// The file: UTF-8 (a byte order mark is allowed), a header row naming the columns, one
// employee per row. Columns: id (required), code, name_en, name_ar, title, department_id,
// is_active, in any order and any letter case; an unknown column is refused, a missing one keeps
// each employee's current value. department_name_en and department_name_ar, which export writes
// beside department_id for people reading the file, are accepted and skipped. A row whose id exists
// updates that employee, otherwise it creates one. Cells: texts are trimmed and an empty one means
// none; an empty department_id means no department; is_active is 1/0, true/false or yes/no; an
// empty code or is_active keeps the current value (a new employee needs a code and is active by
// default).
//
// All or nothing: every row is checked first (the rules of EmployeeService::create and update,
// codes unique across the file and the table, the account's departments when it is limited to
// some) and when any row is refused nothing is written.
class EmployeeImporter {
    Q_DECLARE_TR_FUNCTIONS(EmployeeImporter)

public:
    // The columns, in the order export writes them.
    static const QStringList& columns();
    // is_active as the file writes it.
    static QString formatActive(bool active);

    EmployeeImporter(Connection& connection, ChangeSet& changes);

    // Throws Failure Validation when the file cannot be read (not CSV, a bad header).
    EmployeeImportReport run(const QByteArray& csv);

private:
    // One row that passed the checks so far; what the file says, column by column.
    struct Plan {
        qsizetype reportIndex = 0;
        qint64 id = 0;
        std::optional<qint64> code;
        std::optional<QString> nameEn;
        std::optional<QString> nameAr;
        std::optional<QString> title;
        std::optional<qint64> departmentId;
        std::optional<bool> active;
        // Filled by merge(): the row as it will be stored, and as it is now.
        EmployeeInput result;
        std::optional<EmployeeRecord> existing;
    };

    void readHeader(const QStringList& fields);
    // Reads one record's cells; false (and the row refused) when one cannot be read.
    bool parse(const QStringList& fields, Plan* plan);
    void loadExisting();
    void merge(Plan& plan);
    void checkCodes();
    void apply();
    void refuse(qsizetype reportIndex, const QString& field, const QString& reason);

    Connection& m_c;
    ChangeSet& m_changes;
    QHash<QString, int> m_header; // column -> index in a record
    EmployeeImportReport m_report;
    QList<Plan> m_plans;
    QHash<qint64, int> m_rowOfId; // report row number of each id read so far
    QHash<qint64, EmployeeRecord> m_existing;
    QSet<qint64> m_departments;
};
