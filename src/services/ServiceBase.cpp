#include "ServiceBase.h"

#include <QCoreApplication>

ServiceBase::ServiceBase(Database& db, ChangeFeed& feed)
    : m_db(db)
    , m_feed(feed)
{
}

Actor ServiceBase::verifiedActor(Connection& c, const Actor& actor, Operation operation)
{
    Actor verified = loadActor(c, actor.accountId);
    if (!AccessPolicy::allows(verified, operation))
        throw DbError(DbError::Kind::Permission,
                      QCoreApplication::translate("ServiceBase", "Your role (%1) may not do this.")
                          .arg(verified.superAdmin ? QStringLiteral("super admin")
                                                   : roleName(verified.role)));
    return verified;
}

Actor ServiceBase::loadActor(Connection& c, qint64 accountId)
{
    const auto refuse = [](const QString& why) { return DbError(DbError::Kind::Permission, why); };
    QSqlQuery& q = c.exec(QStringLiteral("SELECT username, role, is_super_admin, is_active, "
                                         "is_blocked FROM account WHERE id = ?"),
                          {accountId});
    if (!q.next())
        throw refuse(QCoreApplication::translate("ServiceBase", "Your account no longer exists."));
    Actor verified;
    verified.accountId = accountId;
    verified.username = q.value(0).toString();
    const QString role = q.value(1).toString();
    verified.superAdmin = q.value(2).toBool();
    const bool active = q.value(3).toBool();
    const bool blocked = q.value(4).toBool();
    q.finish();
    if (!active)
        throw refuse(QCoreApplication::translate("ServiceBase", "Your account is inactive."));
    if (blocked)
        throw refuse(QCoreApplication::translate("ServiceBase", "Your account is blocked."));
    if (!roleFromName(role, &verified.role))
        throw refuse(QCoreApplication::translate("ServiceBase", "Your account has no valid role."));
    QSqlQuery& d =
        c.exec(QStringLiteral("SELECT department_id FROM account_department WHERE account_id = ?"),
               {accountId});
    while (d.next())
        verified.departmentIds.append(d.value(0).toLongLong());
    d.finish();
    return verified;
}
