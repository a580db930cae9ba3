#include "DepartmentService.h"

#include "DepartmentRules.h"
#include "DepartmentScope.h"
#include "VersionedRow.h"

#include <QJsonArray>

namespace {

const QString selectDepartments =
    QStringLiteral("SELECT id, name_en, name_ar, parent_id, version, updated_at FROM department");

DepartmentRecord readRow(const Statement& q)
{
    DepartmentRecord r;
    r.id = q.value(0).toLongLong();
    r.nameEn = q.value(1).toString();
    r.nameAr = q.value(2).toString();
    r.parentId = q.value(3).toLongLong();
    r.version = q.value(4).toInt();
    r.updatedAt = Connection::fromDb(q.value(5));
    return r;
}

// `forUpdate`: the row stays locked until commit on PostgreSQL.
DepartmentRecord load(Connection& c, qint64 id, bool forUpdate = false)
{
    QString sql = selectDepartments + QStringLiteral(" WHERE id = ?");
    if (forUpdate && c.isPostgres())
        sql += QStringLiteral(" FOR UPDATE");
    Statement q = c.exec(sql, {id});
    if (!q.next())
        throw Failure(Failure::Kind::NotFound,
                      DepartmentService::tr("Department %1 does not exist.").arg(id));
    return readRow(q);
}

QList<qint64> idsOf(Connection& c, const QString& sql, qint64 id)
{
    QList<qint64> ids;
    Statement q = c.exec(sql, {id});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QJsonArray jsonArray(const QList<qint64>& ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return array;
}

// Whether `ancestor` is `id` or above it in the tree. UNION (not UNION ALL) ends the walk even
// on a cycle that was written around MealDesk.
bool isAtOrAbove(Connection& c, qint64 ancestor, qint64 id)
{
    return c
        .exec(QStringLiteral("WITH RECURSIVE up(id, parent_id) AS ("
                             "SELECT id, parent_id FROM department WHERE id = ? "
                             "UNION SELECT d.id, d.parent_id FROM department d "
                             "JOIN up ON d.id = up.parent_id) "
                             "SELECT 1 FROM up WHERE id = ?"),
              {id, ancestor})
        .next();
}

DepartmentInput validated(Connection& c, const DepartmentInput& raw, qint64 selfId)
{
    DepartmentInput input{raw.nameEn.trimmed(), raw.nameAr.trimmed(), raw.parentId};
    const std::pair<QString, QString> checks[] = {
        {QStringLiteral("name_en"), DepartmentRules::checkNameEn(input.nameEn)},
        {QStringLiteral("name_ar"), DepartmentRules::checkNameAr(input.nameAr)},
    };
    for (const auto& [field, why] : checks) {
        if (!why.isEmpty())
            throw Failure(Failure::Kind::Validation, why, field);
    }
    if (!input.parentId)
        return input;
    if (input.parentId == selfId)
        throw Failure(Failure::Kind::Validation,
                      DepartmentService::tr("A department cannot be its own parent."),
                      QStringLiteral("parent_id"));
    Statement q =
        c.exec(QStringLiteral("SELECT name_en FROM department WHERE id = ?"), {input.parentId});
    const bool exists = q.next();
    const QString parentName = exists ? q.value(0).toString() : QString();
    if (!exists)
        throw Failure(
            Failure::Kind::Validation,
            DepartmentService::tr("The parent department %1 does not exist.").arg(input.parentId),
            QStringLiteral("parent_id"));
    if (selfId && isAtOrAbove(c, selfId, input.parentId))
        throw Failure(
            Failure::Kind::Validation,
            DepartmentService::tr(
                "'%1' is a sub-department of this department, so it cannot be its parent.")
                .arg(parentName),
            QStringLiteral("parent_id"));
    return input;
}

// Accounts limited to departments whose only department this is.
QStringList accountsLimitedTo(Connection& c, qint64 id)
{
    QStringList names;
    Statement q = c.exec(
        QStringLiteral("SELECT a.username FROM account a JOIN account_department ad ON "
                       "ad.account_id = a.id WHERE ad.department_id = ? AND NOT EXISTS (SELECT 1 "
                       "FROM account_department o WHERE o.account_id = a.id AND o.department_id "
                       "<> ?) ORDER BY a.username"),
        {id, id});
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// Permission unless the department is one of the actor's.
void requireInScope(const Actor& actor, const DepartmentRecord& d)
{
    DepartmentScope::require(
        actor, d.id,
        DepartmentService::tr("The department '%1' is not one of your departments.").arg(d.nameEn));
}

} // namespace

QFuture<DepartmentRecord> DepartmentService::get(const Actor& actor, qint64 id)
{
    return query(actor, Operation::ViewEmployees, [id](Connection& c, const Actor& verified) {
        DepartmentRecord d = load(c, id);
        requireInScope(verified, d);
        return d;
    });
}

QFuture<QList<DepartmentRecord>> DepartmentService::list(const Actor& actor)
{
    return query(actor, Operation::ViewEmployees, [](Connection& c, const Actor& verified) {
        QList<DepartmentRecord> all;
        QString sql = selectDepartments;
        QVariantList values;
        if (DepartmentScope::isLimited(verified)) {
            const SqlCondition mine = DepartmentScope::condition(verified, QStringLiteral("id"));
            sql += QStringLiteral(" WHERE ") + mine.sql;
            values = mine.values;
        }
        Statement q = c.exec(sql + QStringLiteral(" ORDER BY name_en, id"), values);
        while (q.next())
            all.append(readRow(q));
        return all;
    });
}

QFuture<DepartmentRecord> DepartmentService::create(const Actor& actor,
                                                    const DepartmentInput& input)
{
    return change(actor, Operation::ManageEmployees, [input](Connection& c, ChangeSet& changes) {
        // Its new department would be outside the account's own at once.
        if (DepartmentScope::isLimited(changes.actor()))
            throw Failure(Failure::Kind::Permission,
                          tr("Your account is limited to departments, so it cannot create one."));
        const DepartmentInput in = validated(c, input, 0);
        const qint64 id = c.insert(
            QStringLiteral("INSERT INTO department (name_en, name_ar, parent_id, updated_at) "
                           "VALUES (?, ?, ?, ?)"),
            {in.nameEn, in.nameAr, in.parentId ? QVariant(in.parentId) : QVariant(),
             c.toDb(QDateTime::currentDateTimeUtc())});
        DepartmentRecord created = load(c, id);
        changes.record(c, QStringLiteral("department.create"), QStringLiteral("department"), id, {},
                       created.toJson());
        return created;
    });
}

QFuture<DepartmentRecord> DepartmentService::update(const Actor& actor, qint64 id,
                                                    int expectedVersion,
                                                    const DepartmentInput& input)
{
    return change(actor, Operation::ManageEmployees, [=](Connection& c, ChangeSet& changes) {
        const DepartmentRecord before = load(c, id);
        requireInScope(changes.actor(), before);
        const DepartmentInput in = validated(c, input, id);
        // Moving it changes the tree above: only under another of the account's departments.
        if (in.parentId != before.parentId)
            DepartmentScope::require(
                changes.actor(), in.parentId,
                tr("The department '%1' can only be moved under one of your departments.")
                    .arg(before.nameEn));
        VersionedRow::update(
            c, QStringLiteral("department"), id, expectedVersion,
            QStringLiteral("name_en = ?, name_ar = ?, parent_id = ?"),
            {in.nameEn, in.nameAr, in.parentId ? QVariant(in.parentId) : QVariant()},
            c.toDb(QDateTime::currentDateTimeUtc()),
            tr("Department '%1' was changed by someone else; reload it.").arg(before.nameEn));
        DepartmentRecord after = load(c, id);
        changes.record(c, QStringLiteral("department.update"), QStringLiteral("department"), id,
                       before.toJson(), after.toJson());
        return after;
    });
}

QFuture<void> DepartmentService::remove(const Actor& actor, qint64 id)
{
    return change(actor, Operation::ManageEmployees, [id](Connection& c, ChangeSet& changes) {
        // Locked before the accounts are checked: another desktop limiting an account to it
        // (its new row holds a key lock on this one) either committed before, and the check
        // sees it, or waits and then fails on the missing department. Else the account could
        // end with no department at all, which shows it every department.
        const DepartmentRecord before = load(c, id, true);
        requireInScope(changes.actor(), before);
        const QStringList limited = accountsLimitedTo(c, id);
        if (!limited.isEmpty())
            throw Failure(Failure::Kind::Constraint,
                          tr("'%1' is the only department of the accounts %2; with none left they "
                             "would see every department. Change their departments first.")
                              .arg(before.nameEn, limited.join(QStringLiteral(", "))));
        const QList<qint64> children = idsOf(
            c, QStringLiteral("SELECT id FROM department WHERE parent_id = ? ORDER BY id"), id);
        // Its sub-departments move to the top of the tree: they must be the account's too.
        for (const qint64 child : children)
            requireInScope(changes.actor(), load(c, child));
        const QList<qint64> employees = idsOf(
            c, QStringLiteral("SELECT id FROM employee WHERE department_id = ? ORDER BY id"), id);
        // The schema would set these to NULL too; doing it here bumps their versions, so an
        // edit made from an older copy is a conflict rather than a silent overwrite.
        const QVariant now = c.toDb(QDateTime::currentDateTimeUtc());
        c.exec(QStringLiteral("UPDATE department SET parent_id = NULL, version = version + 1, "
                              "updated_at = ? WHERE parent_id = ?"),
               {now, id});
        c.exec(QStringLiteral("UPDATE employee SET department_id = NULL, version = version + 1, "
                              "updated_at = ? WHERE department_id = ?"),
               {now, id});
        c.exec(QStringLiteral("DELETE FROM department WHERE id = ?"), {id});
        QJsonObject old = before.toJson();
        old.insert(QStringLiteral("sub_departments"), jsonArray(children));
        old.insert(QStringLiteral("employees"), jsonArray(employees));
        changes.record(c, QStringLiteral("department.delete"), QStringLiteral("department"), id,
                       old, {});
        for (const qint64 child : children)
            changes.touch(QStringLiteral("department"), child);
        for (const qint64 employee : employees)
            changes.touch(QStringLiteral("employee"), employee);
    });
}
