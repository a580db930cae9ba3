#pragma once

#include "AsyncTableModelBase.h"
#include "Await.h"
#include "Database.h"

#include <QDateTime>
#include <QTest>

// What the model tests share: waiting for rows as a view would, and test rows put straight
// into the database.
namespace ModelTesting {

// Asks for `row` as a view does until it has come (or cannot come); true once it is loaded.
inline bool loadRow(const QAbstractItemModel& model, int row)
{
    const QModelIndex index = model.index(row, 0);
    return QTest::qWaitFor(
               [&] { return !model.data(index, AsyncTableModelBase::LoadingRole).toBool(); },
               30000) &&
           model.data(index, AsyncTableModelBase::IdRole).isValid();
}

inline bool waitForState(const AsyncTableModelBase& model, AsyncTableModelBase::State state)
{
    return QTest::qWaitFor([&] { return model.state() == state; }, 30000);
}

inline QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

// `prefix` followed by i in five digits: sorts as i does.
inline QString tokenJti(const QString& prefix, int i)
{
    return prefix + QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
}

// Revoked tokens tokenJti(prefix, 0..count-1) inserted directly (as the backend does at
// logout), revoked a second apart, the last one newest; `expired` of them (the first ones)
// have expired.
inline bool insertTokens(Database& db, const QString& prefix, int count, int expired = 0)
{
    auto done = db.write([prefix, count, expired](Connection& c) {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        for (int i = 0; i < count; ++i) {
            const QDateTime expires = i < expired ? start : start.addDays(30);
            c.exec(QStringLiteral("INSERT INTO revoked_tokens (jti, token_type, revoked_at, "
                                  "expires_at) VALUES (?, ?, ?, ?)"),
                   {tokenJti(prefix, i), QStringLiteral("access"), c.toDb(start.addSecs(i)),
                    c.toDb(expires)});
        }
    });
    return QTest::qWaitFor([&] { return done.isFinished(); }, 60000) && !errorOf(done);
}

} // namespace ModelTesting
