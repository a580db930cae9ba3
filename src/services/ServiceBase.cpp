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
        throw Failure(Failure::Kind::Permission,
                      QCoreApplication::translate("ServiceBase", "Your role (%1) may not do this.")
                          .arg(verified.superAdmin ? QStringLiteral("super admin")
                                                   : roleName(verified.role)));
    return verified;
}

Actor ServiceBase::loadActor(Connection& c, qint64 accountId)
{
    const auto refuse = [](const QString& why) { return Failure(Failure::Kind::Permission, why); };
    // One statement, one row per department (one row with NULL when it has none): every service
    // call starts here, so a second query would be a second round trip on every call.
    Statement q = c.exec(QStringLiteral("SELECT a.username, a.role, a.is_super_admin, "
                                        "a.is_active, a.is_blocked, ad.department_id FROM account "
                                        "a LEFT JOIN account_department ad ON ad.account_id = "
                                        "a.id WHERE a.id = ?"),
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
    do {
        if (!q.value(5).isNull())
            verified.departmentIds.append(q.value(5).toLongLong());
    } while (q.next());
    if (!active)
        throw refuse(QCoreApplication::translate("ServiceBase", "Your account is inactive."));
    if (blocked)
        throw refuse(QCoreApplication::translate("ServiceBase", "Your account is blocked."));
    if (!roleFromName(role, &verified.role))
        throw refuse(QCoreApplication::translate("ServiceBase", "Your account has no valid role."));
    return verified;
}

bool ServiceBase::isRefusal(const Failure& failure)
{
    switch (failure.kind()) {
    case Failure::Kind::Validation:
    case Failure::Kind::NotFound:
    case Failure::Kind::Conflict:
    case Failure::Kind::Constraint:
    case Failure::Kind::Permission:
        return !failure.isTransient() && !failure.isConnectionLost();
    case Failure::Kind::Unavailable:
    case Failure::Kind::Internal:
        break;
    }
    return false;
}

QStringList ServiceBase::keysOf(const QList<qint64>& ids)
{
    QStringList keys;
    keys.reserve(ids.size());
    for (const qint64 id : ids)
        keys.append(QString::number(id));
    return keys;
}
