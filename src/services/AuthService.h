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

    // The signed-in account, or Permission with the reason (wrong credentials, locked, blocked,
    // inactive). Verifying the hash takes about 0.2 s, on a worker thread.
    QFuture<Actor> signIn(const QString& username, const QString& password);
};
