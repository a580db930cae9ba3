#include "AuthService.h"

#include "PasswordHasher.h"

#include <QJsonObject>

namespace {

// Verified when the username is unknown, so that a wrong name takes as long as a wrong password.
const QByteArray& dummyHash()
{
    static const QByteArray hash = PasswordHasher::hash(QStringLiteral("no such account"));
    return hash;
}

// What the password check found, before the write that records it.
struct Attempt {
    qint64 accountId = 0;
    bool passwordMatches = false;
};

struct Outcome {
    Actor actor;
    QString refusal;
};

// Clears the failure count unless the account is locked now (by the server's clock); false when
// it is locked. One statement, so a lock set by a concurrent failure is never cleared by mistake.
bool clearFailures(Connection& c, qint64 id)
{
    const QString now = c.serverNow();
    return c
        .exec(QStringLiteral("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = "
                             "? AND (locked_until IS NULL OR locked_until <= %1) RETURNING id")
                  .arg(now),
              {id})
        .next();
}

// Counts one failure in one statement (concurrent failures all count) and locks the account
// when the count reaches the limit. A lock that has run out starts the count again; a running
// lock is kept as it is. Returns the details for the audit row.
QJsonObject countFailure(Connection& c, qint64 id)
{
    const QString now = c.serverNow();
    const QString lockOver =
        QStringLiteral("(locked_until IS NOT NULL AND locked_until <= %1)").arg(now);
    const QString lockRunning =
        QStringLiteral("(locked_until IS NOT NULL AND locked_until > %1)").arg(now);
    const QString count =
        QStringLiteral("(CASE WHEN %1 THEN 1 ELSE coalesce(failed_logins, 0) + 1 END)")
            .arg(lockOver);
    Statement q = c.exec(
        QStringLiteral("UPDATE account SET failed_logins = %1, locked_until = CASE WHEN %2 THEN "
                       "locked_until WHEN %1 >= ? THEN %3 ELSE NULL END WHERE id = ? "
                       "RETURNING failed_logins, locked_until")
            .arg(count, lockRunning, c.serverNowPlus()),
        {AuthService::maxFailedLogins, AuthService::lockMinutes * 60, id});
    QJsonObject details;
    if (q.next()) {
        details.insert(QStringLiteral("failed_logins"), q.value(0).toInt());
        const QDateTime lockedUntil = Connection::fromDb(q.value(1));
        if (lockedUntil.isValid())
            details.insert(QStringLiteral("locked_until"), lockedUntil.toString(Qt::ISODateWithMs));
    }
    return details;
}

} // namespace

QFuture<Actor> AuthService::signIn(const QString& username, const QString& password)
{
    ChangeFeed* feed = &m_feed;
    Database* db = &m_db;
    return m_db
        .read([username, password](Connection& c) {
            Attempt attempt;
            QByteArray hash = dummyHash();
            {
                Statement q =
                    c.exec(QStringLiteral("SELECT id, password_hash FROM account WHERE ") +
                               c.foldedEquals(QStringLiteral("username")),
                           {username});
                if (q.next()) {
                    attempt.accountId = q.value(0).toLongLong();
                    hash = q.value(1).toByteArray();
                }
            }
            // bcrypt (about 0.2 s) here, outside any transaction: it holds no write lock. Every
            // attempt verifies one hash, so an unknown name costs what a wrong password costs.
            attempt.passwordMatches = PasswordHasher::verify(password, hash) && attempt.accountId;
            return attempt;
        })
        .then([db, feed, username](const Attempt& attempt) {
            auto changes = std::make_shared<ChangeSet>();
            return db
                ->write([attempt, username, changes, feed](Connection& c) {
                    Actor tried;
                    tried.accountId = attempt.accountId;
                    *changes = ChangeSet(tried);
                    QJsonObject details{{QStringLiteral("username"), username}};
                    Outcome outcome;
                    // Unknown name, wrong password and locked account read alike: the message
                    // must not tell which names exist or which password was right.
                    if (attempt.passwordMatches && clearFailures(c, attempt.accountId)) {
                        try {
                            outcome.actor = loadActor(c, attempt.accountId);
                        } catch (const Failure& refused) {
                            // Inactive or blocked: said plainly, the password was right.
                            outcome.refusal = refused.message();
                        }
                    } else {
                        outcome.refusal =
                            tr("Wrong username or password, or the account is locked for %1 "
                               "minutes after %2 failed sign-ins.")
                                .arg(lockMinutes)
                                .arg(maxFailedLogins);
                        if (attempt.accountId) {
                            const QJsonObject counted = countFailure(c, attempt.accountId);
                            for (auto it = counted.begin(); it != counted.end(); ++it)
                                details.insert(it.key(), it.value());
                        }
                    }
                    if (!outcome.refusal.isEmpty())
                        details.insert(QStringLiteral("reason"), outcome.refusal);
                    changes->recordEvent(c,
                                         outcome.refusal.isEmpty()
                                             ? QStringLiteral("account.sign_in")
                                             : QStringLiteral("account.sign_in_failed"),
                                         QStringLiteral("account"), attempt.accountId, details);
                    changes->notify(c, *feed);
                    return outcome;
                })
                .then([changes, feed](const Outcome& outcome) {
                    changes->announce(*feed);
                    if (!outcome.refusal.isEmpty())
                        throw Failure(Failure::Kind::Permission, outcome.refusal);
                    return outcome.actor;
                });
        })
        .unwrap();
}
