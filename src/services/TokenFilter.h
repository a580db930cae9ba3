#pragma once

#include "TokenType.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct TokenFilter {
    QString search;       // part of the jti
    qint64 accountId = 0; // 0: any account
    std::optional<TokenType> type;
    std::optional<bool> expired; // true: expired only; false: still alive (or no expiry)
    QDateTime revokedFrom;       // inclusive; invalid: open
    QDateTime revokedTo;         // exclusive; invalid: open
};
