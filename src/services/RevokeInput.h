#pragma once

#include "TokenType.h"

#include <QDateTime>
#include <QString>

// What an administrator gives to revoke a token: pasted text (a JWT or a jti), or an explicit
// jti taken as it is. Type and expiry are used for a bare jti only: a JWT carries its own.
struct RevokeInput {
    QString text;
    bool explicitJti = false;
    TokenType type = TokenType::Access;
    QDateTime expiresAt;
    QString reason;
};
