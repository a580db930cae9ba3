#pragma once

#include "TokenType.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// A revoked_tokens row, with the names of the accounts it refers to.
struct RevokedTokenRecord {
    qint64 id = 0;
    QString jti;
    TokenType type = TokenType::Access;
    qint64 accountId = 0; // 0: no account matched
    QString accountName;
    QDateTime revokedAt;
    QDateTime expiresAt; // invalid: never expires, never purged
    QString reason;
    qint64 revokedById = 0; // 0: revoked by the backend itself (logout)
    QString revokedByName;

    QJsonObject toJson() const;
};
