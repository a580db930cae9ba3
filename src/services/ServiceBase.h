#pragma once

#include "AccessPolicy.h"
#include "BulkResult.h"
#include "ChangeFeed.h"
#include "ChangeSet.h"
#include "Database.h"

#include <memory>
#include <type_traits>

// What every service shares: the role check against the account as it is in the database now,
// transactions with audit rows, and announcements after commit.
class ServiceBase {
public:
    ServiceBase(Database& db, ChangeFeed& feed);

protected:
    // The acting account re-read in this transaction: refused (Permission) when it is inactive,
    // blocked, or its role does not allow the operation.
    static Actor verifiedActor(Connection& connection, const Actor& actor, Operation operation);
    // The account as it is now (role, departments); Permission when inactive or blocked.
    static Actor loadActor(Connection& connection, qint64 accountId);

    // fn(Connection&, const Actor& verified) -> R, in autocommit mode.
    template <typename Fn> auto query(const Actor& actor, Operation operation, Fn fn)
    {
        return m_db.read([actor, operation, fn = std::move(fn)](Connection& c) mutable {
            return fn(c, verifiedActor(c, actor, operation));
        });
    }

    // fn(Connection&, ChangeSet&) -> R, in one transaction with its audit rows and NOTIFYs;
    // announced in this process once committed. The future is the task's own: canceling it
    // reaches the task (see Database::write).
    template <typename Fn> auto change(const Actor& actor, Operation operation, Fn fn)
    {
        auto changes = std::make_shared<ChangeSet>();
        ChangeFeed* feed = &m_feed;
        return m_db.write(
            [actor, operation, changes, feed, fn = std::move(fn)](Connection& c) mutable {
                // A retried transaction starts from a clean set.
                *changes = ChangeSet(verifiedActor(c, actor, operation));
                using R = std::invoke_result_t<Fn&, Connection&, ChangeSet&>;
                if constexpr (std::is_void_v<R>) {
                    fn(c, *changes);
                    changes->notify(c, *feed);
                } else {
                    R result = fn(c, *changes);
                    changes->notify(c, *feed);
                    return result;
                }
            },
            [changes, feed] { changes->announce(*feed); });
    }

    // fn(key) for each of `keys` inside the caller's transaction, each in a savepoint: an item
    // refused (a Failure that running again would not cure) is undone alone and listed with
    // why; the others are done. For bulk actions whose items are few enough to go one by one.
    template <typename Fn>
    static BulkResult eachItem(Connection& connection, const QStringList& keys, Fn fn)
    {
        BulkResult result;
        for (const QString& key : keys) {
            connection.execDirect(QStringLiteral("SAVEPOINT bulk_item"));
            try {
                if (result.done.contains(key) || result.isRefused(key))
                    throw Failure(Failure::Kind::Validation,
                                  BulkResult::tr("%1 is listed twice.").arg(key));
                fn(key);
                connection.execDirect(QStringLiteral("RELEASE SAVEPOINT bulk_item"));
                result.done.append(key);
            } catch (const Failure& refusal) {
                if (!isRefusal(refusal))
                    throw;
                connection.execDirect(QStringLiteral("ROLLBACK TO SAVEPOINT bulk_item"));
                connection.execDirect(QStringLiteral("RELEASE SAVEPOINT bulk_item"));
                result.refuse(key, refusal);
            }
        }
        return result;
    }
    // Ids as eachItem()'s keys.
    static QStringList keysOf(const QList<qint64>& ids);
    // The failures eachItem() lists rather than fails the whole with.
    static bool isRefusal(const Failure& failure);

    Database& m_db;
    ChangeFeed& m_feed;
};
