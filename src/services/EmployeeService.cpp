#include "EmployeeService.h"

#include "CsvExport.h"
#include "DepartmentScope.h"
#include "EmployeeImporter.h"
#include "EmployeeRules.h"
#include "EmployeeStore.h"
#include "IdRows.h"
#include "KeysetQuery.h"
#include "VersionedRow.h"

#include <algorithm>

namespace {

const QString entity = QStringLiteral("employee");

// The filter's conditions, and the actor's departments when it is limited to some.
QList<SqlCondition> conditions(const Connection& c, const Actor& actor,
                               const EmployeeFilter& filter)
{
    QList<SqlCondition> list = EmployeeStore::conditions(c.dialect(), filter);
    if (DepartmentScope::isLimited(actor))
        list.append(DepartmentScope::condition(actor, QStringLiteral("e.department_id")));
    return list;
}

KeysetQuery listQuery(const Connection& c, const Actor& actor, const EmployeeFilter& filter)
{
    KeysetQuery query(EmployeeStore::columns(), EmployeeStore::from(),
                      {{QStringLiteral("id"), QStringLiteral("e.id")},
                       {QStringLiteral("code"), QStringLiteral("e.code")},
                       {QStringLiteral("name_en"), QStringLiteral("coalesce(e.name_en, '')")},
                       {QStringLiteral("name_ar"), QStringLiteral("coalesce(e.name_ar, '')")}},
                      QStringLiteral("id"));
    query.sortEmptyLast(QStringLiteral("name_en"));
    query.sortEmptyLast(QStringLiteral("name_ar"));
    for (const SqlCondition& condition : conditions(c, actor, filter))
        query.where(condition.sql, condition.values);
    return query;
}

// The input normalised and checked against the rules and the table; selfId 0 for a new one.
EmployeeInput validated(Connection& c, const EmployeeInput& raw, qint64 selfId)
{
    EmployeeInput in = raw.normalized();
    if (selfId)
        in.id = selfId;
    const EmployeeRules::Problem problem =
        EmployeeRules::check(in.id, in.code, in.nameEn, in.nameAr, in.title);
    if (!problem.isNull())
        throw Failure(Failure::Kind::Validation, problem.message, problem.field);
    if (!selfId) {
        if (c.exec(QStringLiteral("SELECT 1 FROM employee WHERE id = ?"), {in.id}).next())
            throw Failure(
                Failure::Kind::Constraint,
                EmployeeService::tr("An employee with the id %1 already exists.").arg(in.id),
                QStringLiteral("id"));
    }
    if (const qint64 holder = EmployeeStore::holderOfCode(c, in.code, in.id))
        throw Failure(Failure::Kind::Constraint,
                      EmployeeService::tr("The code %1 already belongs to employee %2.")
                          .arg(in.code)
                          .arg(holder),
                      QStringLiteral("code"));
    if (in.departmentId) {
        if (!c.exec(QStringLiteral("SELECT 1 FROM department WHERE id = ?"), {in.departmentId})
                 .next())
            throw Failure(Failure::Kind::Validation,
                          EmployeeService::tr("Department %1 does not exist.").arg(in.departmentId),
                          QStringLiteral("department_id"));
    }
    return in;
}

// Permission unless the employee is in one of the actor's departments.
void requireInScope(const Actor& actor, const EmployeeRecord& e)
{
    DepartmentScope::require(
        actor, e.departmentId,
        EmployeeService::tr("Employee %1 (code %2) is not in one of your departments.")
            .arg(e.id)
            .arg(e.code));
}

// Permission unless an employee may be placed in the department (0: none).
void requireDepartmentInScope(const Actor& actor, qint64 departmentId)
{
    if (const QString refusal = DepartmentScope::placementRefusal(actor, departmentId);
        !refusal.isEmpty())
        throw Failure(Failure::Kind::Permission, refusal);
}

// EmployeeStore::load() for a change that names no version, in the actor's departments: the
// row stays locked until commit.
EmployeeRecord loadForChange(Connection& c, const Actor& actor, qint64 id)
{
    VersionedRow::lock(c, QStringLiteral("employee"), id);
    EmployeeRecord e = EmployeeStore::load(c, id);
    requireInScope(actor, e);
    return e;
}

// Writes `after` over the row `before` if it is still at `version` (Conflict otherwise), audits
// both, and hands back the stored row.
EmployeeRecord updateEmployee(Connection& c, ChangeSet& changes, const EmployeeRecord& before,
                              int version, const EmployeeInput& after, const QString& action)
{
    EmployeeStore::update(c, after, version, c.toDb(QDateTime::currentDateTimeUtc()),
                          EmployeeService::tr("Employee %1 (code %2) was changed by someone else; "
                                              "reload it.")
                              .arg(before.id)
                              .arg(before.code));
    EmployeeRecord stored = EmployeeStore::load(c, before.id);
    changes.record(c, action, entity, before.id, before.toJson(), stored.toJson());
    return stored;
}

bool isOnAnyLine(Connection& c, qint64 id)
{
    return c
        .exec(QStringLiteral("SELECT 1 FROM meal_request_line WHERE employee_id = ? LIMIT 1"), {id})
        .next();
}

EmployeeRecord setEmployeeActive(Connection& c, ChangeSet& changes, qint64 id, bool active)
{
    const EmployeeRecord before = loadForChange(c, changes.actor(), id);
    if (before.active == active)
        return before;
    EmployeeInput after = before.input();
    after.active = active;
    return updateEmployee(c, changes, before, before.version, after,
                          active ? QStringLiteral("employee.activate")
                                 : QStringLiteral("employee.deactivate"));
}

} // namespace

QFuture<EmployeeRecord> EmployeeService::get(const Actor& actor, qint64 id)
{
    return query(actor, Operation::ViewEmployees, [id](Connection& c, const Actor& verified) {
        EmployeeRecord e = EmployeeStore::load(c, id);
        requireInScope(verified, e);
        return e;
    });
}

QFuture<Page<EmployeeRecord>>
EmployeeService::list(const Actor& actor, const EmployeeFilter& filter, const PageRequest& page)
{
    return query(actor, Operation::ViewEmployees,
                 [filter, page](Connection& c, const Actor& verified) {
                     return listQuery(c, verified, filter)
                         .fetch<EmployeeRecord>(c, page, EmployeeStore::readRow);
                 });
}

QFuture<qint64> EmployeeService::count(const Actor& actor, const EmployeeFilter& filter)
{
    return query(actor, Operation::ViewEmployees, [filter](Connection& c, const Actor& verified) {
        return listQuery(c, verified, filter).count(c);
    });
}

QFuture<qint64> EmployeeService::countActiveIn(const Actor& actor,
                                               const QList<qint64>& departmentIds,
                                               const QList<qint64>& exceptIds)
{
    // Each department once: the join below counts a department's employees as often as it is
    // named.
    QList<qint64> departments = departmentIds;
    std::sort(departments.begin(), departments.end());
    departments.erase(std::unique(departments.begin(), departments.end()), departments.end());
    return query(
        actor, Operation::ViewEmployees,
        [departments, exceptIds](Connection& c, const Actor& verified) {
            // From the departments to their employees (CROSS JOIN keeps that order on SQLite,
            // through employee_department_idx): never a walk over every active employee.
            QString sql = QStringLiteral("SELECT count(*) FROM %1 CROSS JOIN employee e WHERE "
                                         "e.department_id = k.id AND e.is_active = ? AND e.id NOT "
                                         "IN (SELECT n.id FROM %2)")
                              .arg(IdRows::from(c, QStringLiteral("k")),
                                   IdRows::from(c, QStringLiteral("n")));
            QVariantList values = {IdRows::value(departments), true, IdRows::value(exceptIds)};
            if (DepartmentScope::isLimited(verified)) {
                const SqlCondition scope =
                    DepartmentScope::condition(verified, QStringLiteral("e.department_id"));
                sql += QStringLiteral(" AND ") + scope.sql;
                values += scope.values;
            }
            Statement q = c.exec(sql, values);
            return q.next() ? q.value(0).toLongLong() : qint64(0);
        });
}

QFuture<qint64> EmployeeService::nextFreeId(const Actor& actor)
{
    // max() over the primary key reads one index entry, whatever the table's size.
    return query(actor, Operation::ManageEmployees, [](Connection& c, const Actor&) {
        Statement q = c.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM employee"));
        return q.next() ? q.value(0).toLongLong() : qint64(1);
    });
}

QFuture<EmployeeRecord> EmployeeService::create(const Actor& actor, const EmployeeInput& input)
{
    return change(actor, Operation::ManageEmployees, [input](Connection& c, ChangeSet& changes) {
        const EmployeeInput in = validated(c, input, 0);
        requireDepartmentInScope(changes.actor(), in.departmentId);
        EmployeeStore::insert(c, in, c.toDb(QDateTime::currentDateTimeUtc()));
        EmployeeRecord created = EmployeeStore::load(c, in.id);
        changes.record(c, QStringLiteral("employee.create"), entity, in.id, {}, created.toJson());
        return created;
    });
}

QFuture<EmployeeRecord> EmployeeService::update(const Actor& actor, qint64 id, int expectedVersion,
                                                const EmployeeInput& input)
{
    return change(actor, Operation::ManageEmployees, [=](Connection& c, ChangeSet& changes) {
        const EmployeeRecord before = EmployeeStore::load(c, id);
        requireInScope(changes.actor(), before);
        const EmployeeInput in = validated(c, input, id);
        requireDepartmentInScope(changes.actor(), in.departmentId);
        return updateEmployee(c, changes, before, expectedVersion, in,
                              QStringLiteral("employee.update"));
    });
}

QFuture<EmployeeRecord> EmployeeService::setActive(const Actor& actor, qint64 id, bool active)
{
    return change(actor, Operation::ManageEmployees, [=](Connection& c, ChangeSet& changes) {
        return setEmployeeActive(c, changes, id, active);
    });
}

QFuture<BulkResult> EmployeeService::deactivateAll(const Actor& actor, const QList<qint64>& ids)
{
    return change(actor, Operation::ManageEmployees, [ids](Connection& c, ChangeSet& changes) {
        return eachItem(c, keysOf(ids), [&](const QString& key) {
            setEmployeeActive(c, changes, key.toLongLong(), false);
        });
    });
}

QFuture<EmployeeRemoval> EmployeeService::remove(const Actor& actor, qint64 id)
{
    return change(actor, Operation::ManageEmployees, [id](Connection& c, ChangeSet& changes) {
        const EmployeeRecord before = loadForChange(c, changes.actor(), id);
        // Meal request lines keep referring to the employee: it stays, inactive.
        if (isOnAnyLine(c, id)) {
            if (before.active) {
                EmployeeInput after = before.input();
                after.active = false;
                updateEmployee(c, changes, before, before.version, after,
                               QStringLiteral("employee.deactivate"));
            }
            return EmployeeRemoval::Deactivated;
        }
        c.exec(QStringLiteral("DELETE FROM employee WHERE id = ?"), {id});
        changes.record(c, QStringLiteral("employee.delete"), entity, id, before.toJson(), {});
        return EmployeeRemoval::Deleted;
    });
}

QFuture<EmployeeImportReport> EmployeeService::importCsv(const Actor& actor, const QByteArray& csv)
{
    return change(actor, Operation::ManageEmployees, [csv](Connection& c, ChangeSet& changes) {
        return EmployeeImporter(c, changes).run(csv);
    });
}

QFuture<EmployeeImportReport> EmployeeService::checkCsv(const Actor& actor, const QByteArray& csv)
{
    return change(actor, Operation::ManageEmployees, [csv](Connection& c, ChangeSet& changes) {
        return EmployeeImporter(c, changes, EmployeeImporter::Mode::Check).run(csv);
    });
}

QFuture<qint64> EmployeeService::scan(const Actor& actor, const EmployeeFilter& filter,
                                      int chunkRows,
                                      std::function<void(QList<EmployeeRecord>&&)> sink)
{
    PageRequest byId;
    byId.limit = qBound(1, chunkRows, 10000);
    // The request moves past each chunk handed over: a read run again on a new connection goes
    // on after the last one.
    return query(actor, Operation::ViewEmployees,
                 [filter, sink = std::move(sink), request = byId,
                  handed = qint64(0)](Connection& c, const Actor& verified) mutable {
                     handed +=
                         listQuery(c, verified, filter)
                             .scan<EmployeeRecord>(c, request, 0, EmployeeStore::readRow, sink);
                     return handed;
                 });
}

QFuture<QByteArray> EmployeeService::exportCsv(const Actor& actor, const EmployeeFilter& filter)
{
    return query(actor, Operation::ViewEmployees, [filter](Connection& c, const Actor& verified) {
        return CsvExport::write<EmployeeRecord>(
            c, listQuery(c, verified, filter), {}, EmployeeImporter::columns(),
            EmployeeStore::readRow, [](const EmployeeRecord& e) {
                return QStringList{QString::number(e.id),
                                   QString::number(e.code),
                                   e.nameEn,
                                   e.nameAr,
                                   e.title,
                                   e.departmentId ? QString::number(e.departmentId) : QString(),
                                   e.departmentNameEn,
                                   e.departmentNameAr,
                                   EmployeeImporter::formatActive(e.active)};
            });
    });
}
