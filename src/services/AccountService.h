#pragma once

#include "AccountFilter.h"
#include "AccountInput.h"
#include "AccountRecord.h"
#include "Page.h"
#include "PageRequest.h"
#include "ServiceBase.h"

#include <QCoreApplication>
#include <QFuture>

// Accounts, for super admins: create, edit, passwords, activation, blocking, sign-out.
class AccountService : public ServiceBase {
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    using ServiceBase::ServiceBase;

    QFuture<AccountRecord> get(const Actor& actor, qint64 id);
    // The account whose username matches under ASCII case folding; NotFound when none does.
    QFuture<AccountRecord> findByUsername(const Actor& actor, const QString& username);
    // Sort keys: username (default), full_name, created_at.
    QFuture<Page<AccountRecord>> list(const Actor& actor, const AccountFilter& filter,
                                      const PageRequest& page);
    QFuture<qint64> count(const Actor& actor, const AccountFilter& filter);

    QFuture<AccountRecord> create(const Actor& actor, const AccountInput& input);
    // Everything but the password; Conflict when the account changed since expectedVersion.
    QFuture<AccountRecord> update(const Actor& actor, qint64 id, int expectedVersion,
                                  const AccountInput& input);
    // A new password also signs the account out everywhere.
    QFuture<void> setPassword(const Actor& actor, qint64 id, const QString& password);
    // Deactivating also signs the account out everywhere.
    QFuture<AccountRecord> setActive(const Actor& actor, qint64 id, bool active);
    // Blocking also signs the account out everywhere; nobody blocks themself.
    QFuture<AccountRecord> setBlocked(const Actor& actor, qint64 id, bool blocked);
    // Tokens issued before now (the database server's clock) stop working (tokens_valid_after).
    QFuture<AccountRecord> signOutEverywhere(const Actor& actor, qint64 id);
    // Lifts a lock after failed sign-ins and clears the count.
    QFuture<AccountRecord> unlock(const Actor& actor, qint64 id);
};
