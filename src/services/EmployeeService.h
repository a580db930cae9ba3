#pragma once

#include "EmployeeFilter.h"
#include "EmployeeImportReport.h"
#include "EmployeeInput.h"
#include "EmployeeRecord.h"
#include "EmployeeRemoval.h"
#include "Page.h"
#include "PageRequest.h"
#include "ServiceBase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QList>

#include <functional>

// Employees. Everyone signed in may read them and Captains and super admins change them, within
// the account's departments when it is limited to some (DOMAIN.md): an employee outside them,
// or with none, is not listed, and reading or changing it is refused (Permission).
class EmployeeService : public ServiceBase {
    Q_DECLARE_TR_FUNCTIONS(EmployeeService)

public:
    using ServiceBase::ServiceBase;

    QFuture<EmployeeRecord> get(const Actor& actor, qint64 id);
    // Sort keys: id (default), code, name_en, name_ar (an absent or empty name comes last in
    // either direction).
    QFuture<Page<EmployeeRecord>> list(const Actor& actor, const EmployeeFilter& filter,
                                       const PageRequest& page);
    QFuture<qint64> count(const Actor& actor, const EmployeeFilter& filter);
    // The active employees of these departments (their own, not their sub-departments') who
    // are not among exceptIds: the lines whole departments add to a new meal request beside
    // the employees listed on their own (MealRequestService::create). Within the actor's
    // departments when it is limited to some.
    QFuture<qint64> countActiveIn(const Actor& actor, const QList<qint64>& departmentIds,
                                  const QList<qint64>& exceptIds);
    // The id after the highest one in use (1 when there is none): free, offered for a new
    // employee. Needs ManageEmployees.
    QFuture<qint64> nextFreeId(const Actor& actor);
    // Every employee the filter selects, by id, read chunk after chunk on one worker (the role
    // checked once): sink gets each chunk of up to chunkRows (1 to 10000) on that worker, in
    // order. Resolves to the number of rows. For reading a whole table without a hop through
    // the caller per page (exports, scripts); a screen pages with list().
    QFuture<qint64> scan(const Actor& actor, const EmployeeFilter& filter, int chunkRows,
                         std::function<void(QList<EmployeeRecord>&&)> sink);

    // Texts are trimmed. Validation names the field (id, code, name_en, name_ar, title,
    // department_id); Constraint when the id or the code is taken.
    QFuture<EmployeeRecord> create(const Actor& actor, const EmployeeInput& input);
    // input.id is ignored (the id is fixed); Conflict when it changed since expectedVersion.
    QFuture<EmployeeRecord> update(const Actor& actor, qint64 id, int expectedVersion,
                                   const EmployeeInput& input);
    // Nothing changes (no new version, no audit row) when it already is so.
    QFuture<EmployeeRecord> setActive(const Actor& actor, qint64 id, bool active);
    // setActive(false) of several in one transaction: those refused are listed with why.
    QFuture<BulkResult> deactivateAll(const Actor& actor, const QList<qint64>& ids);
    // Deletes the employee, or deactivates it when a meal request line names it.
    QFuture<EmployeeRemoval> remove(const Actor& actor, qint64 id);

    // Creates or updates employees from CSV, all or nothing (the format: EmployeeImporter.h).
    // Validation when the file cannot be read; refused rows are in the report, and then
    // nothing changed.
    QFuture<EmployeeImportReport> importCsv(const Actor& actor, const QByteArray& csv);
    // What importCsv() would report for `csv` now, every refusal included, without writing
    // (report.applied is false).
    QFuture<EmployeeImportReport> checkCsv(const Actor& actor, const QByteArray& csv);
    // The employees the filter selects, by id, in the import format (UTF-8 with a byte order
    // mark, CRLF): importing the result again changes nothing.
    QFuture<QByteArray> exportCsv(const Actor& actor, const EmployeeFilter& filter);
};
