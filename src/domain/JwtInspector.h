#pragma once

#include "TokenInspection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// Reads what an administrator pastes to revoke a token: a whole JWT (optionally after
// "Bearer ") or a bare jti. Nothing here trusts the token: the signature is never required,
// it only has to be well-formed enough to name its jti. Refusals say which segment or claim
// is wrong, so a mangled token is never stored as a jti.
class JwtInspector {
    Q_DECLARE_TR_FUNCTIONS(JwtInspector)

public:
    // Longer text is refused before any decoding: real tokens are a few hundred bytes.
    static constexpr qsizetype maxTextLength = qsizetype{16} * 1024;
    // revoked_tokens.jti is varchar(64); counted in Unicode characters, as PostgreSQL does.
    static constexpr qsizetype maxJtiLength = 64;

    // Trims, drops a leading "Bearer " (any case); text with a dot is a JWT of exactly three
    // base64url segments (padding tolerated) with JSON object header and payload, text without
    // one is a bare jti. A JWT needs a string jti; exp/iat must be numbers when present.
    static TokenInspection inspect(const QString& text);
    // The explicit jti field: the trimmed text is the jti as it is, dots included.
    static TokenInspection inspectJti(const QString& text);

private:
    static TokenInspection inspectJwt(QStringView token);
    // Empty when acceptable: 1 to 64 characters, no whitespace or control characters.
    static QString checkJti(QStringView jti);
};
