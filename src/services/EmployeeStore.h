#pragma once

#include "Dialect.h"
#include "EmployeeFilter.h"
#include "EmployeeInput.h"
#include "EmployeeRecord.h"
#include "SqlCondition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantList>

class Connection;
class Statement;

// The employee table's SQL, shared by EmployeeService and EmployeeImporter. Values are bound.
class EmployeeStore {
    Q_DECLARE_TR_FUNCTIONS(EmployeeStore)

public:
    enum Column {
        Id,
        Code,
        NameEn,
        NameAr,
        Title,
        DepartmentId,
        DepartmentNameEn,
        DepartmentNameAr,
        Active,
        Version,
        UpdatedAt,
        ColumnCount
    };

    // The columns readRow() reads, from from().
    static const QStringList& columns();
    static const QString& from();
    static EmployeeRecord readRow(const Statement& q);
    // NotFound when there is no such employee.
    static EmployeeRecord load(Connection& c, qint64 id);
    // The filter as WHERE conditions over `employee e`, in `dialect`.
    static QList<SqlCondition> conditions(Dialect dialect, const EmployeeFilter& filter);

    // The id of the employee holding this code, other than exceptId; 0 when there is none.
    static qint64 holderOfCode(Connection& c, qint64 code, qint64 exceptId);
    // Writes a normalised, validated input; `now` is Connection::toDb of the change's time.
    static void insert(Connection& c, const EmployeeInput& in, const QVariant& now);
    // insert() for many, in multi-row INSERTs.
    static void insertAll(Connection& c, const QList<EmployeeInput>& inputs, const QVariant& now);
    // Writes `in` over the employee if it is still at `version` (VersionedRow::update: Conflict
    // with `conflict` otherwise), moving the version on and updated_at to `now`.
    static void update(Connection& c, const EmployeeInput& in, int version, const QVariant& now,
                       const QString& conflict);
};
