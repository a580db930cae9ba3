#include "AccountService.h"

#include "AccountRules.h"
#include "KeysetQuery.h"
#include "PasswordHasher.h"
#include "SearchPattern.h"
#include "VersionedRow.h"

namespace {

const QStringList columns = {QStringLiteral("a.id"),
                             QStringLiteral("a.username"),
                             QStringLiteral("a.full_name"),
                             QStringLiteral("a.title"),
                             QStringLiteral("a.employee_id"),
                             QStringLiteral("a.role"),
                             QStringLiteral("a.is_super_admin"),
                             QStringLiteral("a.is_active"),
                             QStringLiteral("a.is_blocked"),
                             QStringLiteral("a.failed_logins"),
                             QStringLiteral("a.locked_until"),
                             QStringLiteral("a.tokens_valid_after"),
                             QStringLiteral("a.version"),
                             QStringLiteral("a.created_at"),
                             QStringLiteral("a.updated_at")};

AccountRecord readRow(const Statement& q)
{
    AccountRecord r;
    r.id = q.value(0).toLongLong();
    r.username = q.value(1).toString();
    r.fullName = q.value(2).toString();
    r.title = q.value(3).toString();
    r.employeeId = q.value(4).toLongLong();
    roleFromName(q.value(5).toString(), &r.role);
    r.superAdmin = q.value(6).toBool();
    r.active = q.value(7).toBool();
    r.blocked = q.value(8).toBool();
    r.failedLogins = q.value(9).toInt();
    r.lockedUntil = Connection::fromDb(q.value(10));
    r.tokensValidAfter = Connection::fromDb(q.value(11));
    r.version = q.value(12).toInt();
    r.createdAt = Connection::fromDb(q.value(13));
    r.updatedAt = Connection::fromDb(q.value(14));
    return r;
}

QList<qint64> departmentsOf(Connection& c, qint64 accountId)
{
    QList<qint64> ids;
    Statement q = c.exec(QStringLiteral("SELECT department_id FROM account_department WHERE "
                                        "account_id = ? ORDER BY department_id"),
                         {accountId});
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

AccountRecord load(Connection& c, qint64 id)
{
    Statement q = c.exec(QStringLiteral("SELECT %1 FROM account a WHERE a.id = ?")
                             .arg(columns.join(QStringLiteral(", "))),
                         {id});
    if (!q.next())
        throw Failure(Failure::Kind::NotFound,
                      AccountService::tr("Account %1 does not exist.").arg(id));
    AccountRecord r = readRow(q);
    r.departmentIds = departmentsOf(c, id);
    return r;
}

void refuse(const QString& why, const QString& field)
{
    if (!why.isEmpty())
        throw Failure(Failure::Kind::Validation, why, field);
}

void validate(Connection& c, const AccountInput& input, qint64 selfId)
{
    refuse(AccountRules::checkUsername(input.username), QStringLiteral("username"));
    refuse(AccountRules::checkFullName(input.fullName), QStringLiteral("full_name"));
    refuse(AccountRules::checkTitle(input.title), QStringLiteral("title"));
    if (c.exec(QStringLiteral("SELECT id FROM account WHERE %1 AND id <> ?")
                   .arg(c.foldedEquals(QStringLiteral("username"))),
               {input.username, selfId})
            .next())
        throw Failure(Failure::Kind::Constraint,
                      AccountService::tr("The username '%1' is taken.").arg(input.username),
                      QStringLiteral("username"));
    if (input.employeeId) {
        if (!c.exec(QStringLiteral("SELECT 1 FROM employee WHERE id = ?"), {input.employeeId})
                 .next())
            throw Failure(Failure::Kind::Validation,
                          AccountService::tr("Employee %1 does not exist.").arg(input.employeeId),
                          QStringLiteral("employee_id"));
    }
    for (const qint64 d : input.departmentIds) {
        if (!c.exec(QStringLiteral("SELECT 1 FROM department WHERE id = ?"), {d}).next())
            throw Failure(Failure::Kind::Validation,
                          AccountService::tr("Department %1 does not exist.").arg(d),
                          QStringLiteral("departments"));
    }
}

void writeDepartments(Connection& c, qint64 accountId, const QList<qint64>& departmentIds)
{
    c.exec(QStringLiteral("DELETE FROM account_department WHERE account_id = ?"), {accountId});
    for (const qint64 d : departmentIds)
        c.exec(QStringLiteral("INSERT INTO account_department (account_id, department_id) "
                              "VALUES (?, ?)"),
               {accountId, d});
}

QString hashOf(const QString& password)
{
    refuse(PasswordHasher::checkStrength(password), QStringLiteral("password"));
    // bcrypt hashes are ASCII: bound as text (a QByteArray would be sent as bytea).
    return QString::fromLatin1(PasswordHasher::hash(password));
}

// Sets `assignments` on the account read as `before` if it is still at `version` (Conflict
// otherwise), moving version and updated_at on.
void write(Connection& c, const AccountRecord& before, int version, const QString& assignments,
           const QVariantList& values)
{
    VersionedRow::update(c, QStringLiteral("account"), before.id, version, assignments, values,
                         c.toDb(QDateTime::currentDateTimeUtc()),
                         AccountService::tr("Account '%1' was changed by someone else; reload it.")
                             .arg(before.username));
}

// The account as written, audited against `before`.
AccountRecord audited(Connection& c, ChangeSet& changes, const AccountRecord& before,
                      const QString& action)
{
    AccountRecord after = load(c, before.id);
    changes.record(c, action, QStringLiteral("account"), before.id, before.toJson(),
                   after.toJson());
    return after;
}

// A change that names no version: the row is read locked (VersionedRow::lock), so the audit's
// old values are what the assignments replace.
AccountRecord changeAccount(Connection& c, ChangeSet& changes, qint64 id, const QString& action,
                            const QString& assignments, const QVariantList& values)
{
    VersionedRow::lock(c, QStringLiteral("account"), id);
    const AccountRecord before = load(c, id);
    write(c, before, before.version, assignments, values);
    return audited(c, changes, before, action);
}

void applyFilter(const Connection& c, KeysetQuery& query, const AccountFilter& filter)
{
    if (!filter.search.isEmpty()) {
        const SearchPattern search(
            c.dialect(), filter.search,
            {QStringLiteral("a.username"), QStringLiteral("coalesce(a.full_name, '')")});
        query.where(search.sql(), search.values());
    }
    if (filter.active)
        query.where(QStringLiteral("a.is_active = ?"), {*filter.active});
    if (filter.blocked)
        query.where(QStringLiteral("a.is_blocked = ?"), {*filter.blocked});
}

KeysetQuery listQuery(const Connection& c, const AccountFilter& filter)
{
    KeysetQuery query(columns, QStringLiteral("account a"),
                      {{QStringLiteral("username"), c.asciiFolded(QStringLiteral("a.username"))},
                       {QStringLiteral("full_name"), QStringLiteral("coalesce(a.full_name, '')")},
                       {QStringLiteral("created_at"), QStringLiteral("a.created_at")}},
                      QStringLiteral("username"));
    applyFilter(c, query, filter);
    return query;
}

} // namespace

QFuture<AccountRecord> AccountService::get(const Actor& actor, qint64 id)
{
    return query(actor, Operation::ManageAccounts,
                 [id](Connection& c, const Actor&) { return load(c, id); });
}

QFuture<AccountRecord> AccountService::findByUsername(const Actor& actor, const QString& username)
{
    return query(actor, Operation::ManageAccounts, [username](Connection& c, const Actor&) {
        Statement q = c.exec(QStringLiteral("SELECT id FROM account WHERE ") +
                                 c.foldedEquals(QStringLiteral("username")),
                             {username});
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        if (!id)
            throw Failure(Failure::Kind::NotFound, tr("There is no account '%1'.").arg(username),
                          QStringLiteral("username"));
        return load(c, id);
    });
}

QFuture<Page<AccountRecord>> AccountService::list(const Actor& actor, const AccountFilter& filter,
                                                  const PageRequest& page)
{
    return query(actor, Operation::ManageAccounts, [filter, page](Connection& c, const Actor&) {
        Page<AccountRecord> result = listQuery(c, filter).fetch<AccountRecord>(c, page, readRow);
        for (AccountRecord& r : result.rows)
            r.departmentIds = departmentsOf(c, r.id);
        return result;
    });
}

QFuture<qint64> AccountService::count(const Actor& actor, const AccountFilter& filter)
{
    return query(actor, Operation::ManageAccounts,
                 [filter](Connection& c, const Actor&) { return listQuery(c, filter).count(c); });
}

QFuture<AccountRecord> AccountService::create(const Actor& actor, const AccountInput& input)
{
    return change(actor, Operation::ManageAccounts, [input](Connection& c, ChangeSet& changes) {
        validate(c, input, 0);
        const QString hash = hashOf(input.password);
        const QVariant now = c.toDb(QDateTime::currentDateTimeUtc());
        // Every flag named: the web backend's account table may have no defaults.
        const qint64 id = c.insert(
            QStringLiteral("INSERT INTO account (username, password_hash, full_name, title, "
                           "employee_id, role, is_super_admin, is_active, is_blocked, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {input.username, hash, input.fullName, input.title,
             input.employeeId ? QVariant(input.employeeId) : QVariant(), roleName(input.role),
             input.superAdmin, true, false, now, now});
        writeDepartments(c, id, input.departmentIds);
        AccountRecord created = load(c, id);
        changes.record(c, QStringLiteral("account.create"), QStringLiteral("account"), id, {},
                       created.toJson());
        return created;
    });
}

QFuture<AccountRecord> AccountService::update(const Actor& actor, qint64 id, int expectedVersion,
                                              const AccountInput& input)
{
    return change(actor, Operation::ManageAccounts, [=](Connection& c, ChangeSet& changes) {
        validate(c, input, id);
        const AccountRecord before = load(c, id);
        if (id == changes.actor().accountId && before.superAdmin && !input.superAdmin)
            throw Failure(Failure::Kind::Validation,
                          tr("You cannot take away your own super admin rights."),
                          QStringLiteral("is_super_admin"));
        // The account row first: once it is written, this transaction holds it.
        write(c, before, expectedVersion,
              QStringLiteral("username = ?, full_name = ?, title = ?, employee_id = ?, role = ?, "
                             "is_super_admin = ?"),
              {input.username, input.fullName, input.title,
               input.employeeId ? QVariant(input.employeeId) : QVariant(), roleName(input.role),
               input.superAdmin});
        writeDepartments(c, id, input.departmentIds);
        return audited(c, changes, before, QStringLiteral("account.update"));
    });
}

QFuture<void> AccountService::setPassword(const Actor& actor, qint64 id, const QString& password)
{
    return change(actor, Operation::ManageAccounts, [=](Connection& c, ChangeSet& changes) {
        const QString hash = hashOf(password);
        changeAccount(c, changes, id, QStringLiteral("account.set_password"),
                      QStringLiteral("password_hash = ?, failed_logins = 0, locked_until = NULL, "
                                     "tokens_valid_after = %1")
                          .arg(c.serverNow()),
                      {hash});
    });
}

QFuture<AccountRecord> AccountService::setActive(const Actor& actor, qint64 id, bool active)
{
    return change(actor, Operation::ManageAccounts, [=](Connection& c, ChangeSet& changes) {
        if (active)
            return changeAccount(c, changes, id, QStringLiteral("account.activate"),
                                 QStringLiteral("is_active = ?"), {true});
        if (id == changes.actor().accountId)
            throw Failure(Failure::Kind::Validation, tr("You cannot deactivate yourself."),
                          QStringLiteral("is_active"));
        return changeAccount(
            c, changes, id, QStringLiteral("account.deactivate"),
            QStringLiteral("is_active = ?, tokens_valid_after = %1").arg(c.serverNow()), {false});
    });
}

QFuture<AccountRecord> AccountService::setBlocked(const Actor& actor, qint64 id, bool blocked)
{
    return change(actor, Operation::ManageAccounts, [=](Connection& c, ChangeSet& changes) {
        if (id == changes.actor().accountId)
            throw Failure(Failure::Kind::Validation, tr("You cannot block or unblock yourself."),
                          QStringLiteral("is_blocked"));
        if (blocked)
            return changeAccount(
                c, changes, id, QStringLiteral("account.block"),
                QStringLiteral("is_blocked = ?, tokens_valid_after = %1").arg(c.serverNow()),
                {true});
        return changeAccount(
            c, changes, id, QStringLiteral("account.unblock"),
            QStringLiteral("is_blocked = ?, failed_logins = 0, locked_until = NULL"), {false});
    });
}

QFuture<AccountRecord> AccountService::signOutEverywhere(const Actor& actor, qint64 id)
{
    return change(actor, Operation::ManageAccounts, [=](Connection& c, ChangeSet& changes) {
        return changeAccount(c, changes, id, QStringLiteral("account.sign_out_everywhere"),
                             QStringLiteral("tokens_valid_after = %1").arg(c.serverNow()), {});
    });
}

QFuture<AccountRecord> AccountService::unlock(const Actor& actor, qint64 id)
{
    return change(actor, Operation::ManageAccounts, [=](Connection& c, ChangeSet& changes) {
        return changeAccount(c, changes, id, QStringLiteral("account.unlock"),
                             QStringLiteral("failed_logins = 0, locked_until = NULL"), {});
    });
}
