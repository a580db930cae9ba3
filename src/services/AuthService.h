#pragma once

#include "ServiceBase.h"

#include <QCoreApplication>
#include <QFuture>

// Sign-in with username and password (bcrypt), with lockout after repeated failures.
class AuthService : public ServiceBase {
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int maxFailedLogins = 5;
    static constexpr int lockMinutes = 15;

    using ServiceBase::ServiceBase;

    // The signed-in account, or Permission with the reason: one message for a wrong password, an
    // unknown name and a locked account; blocked and inactive said as such once the password is
    // right. Every attempt is audited. Verifying the hash takes about 0.2 s, on a worker thread
    // and outside the transaction that records the attempt.
    QFuture<Actor> signIn(const QString& username, const QString& password);
};
