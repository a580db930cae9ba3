#include "AuthService.h"

#include "PasswordHasher.h"

namespace {

// Verified when the username is unknown, so that a wrong name takes as long as a wrong password.
const QByteArray& dummyHash()
{
    static const QByteArray hash = PasswordHasher::hash(QStringLiteral("no such account"));
    return hash;
}

} // namespace

QFuture<Actor> AuthService::signIn(const QString& username, const QString& password)
{
    // A failed attempt is committed (it counts towards the lock), then reported as an error.
    struct Outcome {
        Actor actor;
        QString refusal;
    };
    return m_db
        .write([username, password](Connection& c) -> Outcome {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QSqlQuery& q = c.exec(QStringLiteral("SELECT id, password_hash, failed_logins, "
                                                 "locked_until FROM account "
                                                 "WHERE lower(username) = lower(?)"),
                                  {username});
            if (!q.next()) {
                q.finish();
                PasswordHasher::verify(password, dummyHash());
                return {{}, tr("Wrong username or password.")};
            }
            const qint64 id = q.value(0).toLongLong();
            const QByteArray hash = q.value(1).toByteArray();
            const int failed = q.value(2).toInt();
            const QDateTime lockedUntil = Connection::fromDb(q.value(3));
            q.finish();

            if (lockedUntil.isValid() && lockedUntil > now)
                return {{},
                        tr("This account is locked after %1 failed sign-ins, until %2 UTC.")
                            .arg(maxFailedLogins)
                            .arg(lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")))};
            if (!PasswordHasher::verify(password, hash)) {
                const bool lock = failed + 1 >= maxFailedLogins;
                c.exec(QStringLiteral("UPDATE account SET failed_logins = ?, locked_until = ? "
                                      "WHERE id = ?"),
                       {lock ? 0 : failed + 1,
                        lock ? c.toDb(now.addSecs(lockMinutes * 60)) : QVariant(), id})
                    .finish();
                return {{}, tr("Wrong username or password.")};
            }
            // Inactive and blocked accounts are refused here (Permission), after the password.
            Actor actor = loadActor(c, id);
            if (failed > 0 || lockedUntil.isValid())
                c.exec(QStringLiteral("UPDATE account SET failed_logins = 0, locked_until = NULL "
                                      "WHERE id = ?"),
                       {id})
                    .finish();
            return {actor, {}};
        })
        .then([](const Outcome& outcome) {
            if (!outcome.refusal.isEmpty())
                throw Failure(Failure::Kind::Permission, outcome.refusal);
            return outcome.actor;
        });
}
