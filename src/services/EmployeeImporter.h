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
// All or nothing: every row is checked (the rules of EmployeeService::create and update, codes
// unique across the file and the table, the account's departments when it is limited to some)
// and when any row is refused nothing is written.
//
// Memory follows a chunk of rows, not the file: the rows are read, checked and written
// chunkRows at a time, and what the file's later rows need of the earlier ones (their ids and
// codes, the codes taken from employees not yet read) is kept in small tables. A refusal after
// the first chunk was written rolls back to a savepoint taken before it.
class EmployeeImporter {
    Q_DECLARE_TR_FUNCTIONS(EmployeeImporter)

public:
    // The columns, in the order export writes them.
    static const QStringList& columns();
    // is_active as the file writes it.
    static QString formatActive(bool active);

    enum class Mode {
        Import,
        Check, // every row checked, nothing written: the report says what an import would do
    };

    EmployeeImporter(Connection& connection, ChangeSet& changes, Mode mode = Mode::Import);

    // Throws Failure Validation when the file cannot be read (not CSV, a bad header).
    EmployeeImportReport run(const QByteArray& csv);

    static constexpr int chunkRows = 2000;

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

    // A code the file gives to a row that an employee not read so far holds in the table: it
    // must be that employee's old code, given up on a later row.
    struct TakenCode {
        qint64 holderId = 0;
        qsizetype reportIndex = 0;
    };

    void readHeader(const QStringList& fields);
    // Reads one record's cells; false (and the row refused) when one cannot be read.
    bool parse(const QStringList& fields, Plan* plan);
    // Checks the rows of `chunk` and, while nothing is refused, writes them; `last` when no row
    // follows.
    void importChunk(QList<Plan>& chunk, bool last);
    // On PostgreSQL, whether each statement from here on is planned for its values.
    void planEachTime(bool each);
    QHash<qint64, EmployeeRecord> loadExisting(const QList<Plan>& chunk);
    void merge(Plan& plan, const QHash<qint64, EmployeeRecord>& existing);
    void checkCodes(const QList<Plan>& chunk);
    // Refuses the rows whose code is held by an employee the file does not name.
    void checkTakenCodes();
    void write(const QList<Plan>& chunk);
    // Moves employee `id`'s code (`code`) out of the way: an unused negative code.
    void park(qint64 id, qint64 code);
    bool refused(const Plan& plan) const;

    Connection& m_c;
    ChangeSet& m_changes;
    Mode m_mode;
    QHash<QString, int> m_header; // column -> index in a record
    EmployeeImportReport m_report;
    QHash<qint64, int> m_rowOfId;     // report row number of each id read so far
    QHash<qint64, qsizetype> m_codes; // code -> the report row that gives it
    QHash<qint64, TakenCode> m_taken;
    QHash<qint64, qint64> m_parked; // employee id -> its code before it was parked
    std::optional<qint64> m_lowestCode;
    bool m_savepoint = false;
    QSet<qint64> m_departments;
};
