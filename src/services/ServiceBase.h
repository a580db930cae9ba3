#pragma once

#include "AccessPolicy.h"
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

    Database& m_db;
    ChangeFeed& m_feed;
};
