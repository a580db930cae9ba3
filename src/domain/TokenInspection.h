#pragma once

#include "TokenType.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

// What JwtInspector read from pasted text: the jti and claims to revoke by, or why it refused.
class TokenInspection {
public:
    enum class Signature { NotChecked, Valid, Invalid };

    static TokenInspection refused(QString error);

    bool isOk() const { return m_error.isEmpty(); }
    // Why the text was refused, naming the segment or claim; empty when accepted.
    const QString& error() const { return m_error; }
    // False for a bare jti: then the administrator chooses the type and the expiry.
    bool isJwt() const { return m_isJwt; }
    const QString& jti() const { return m_jti; }
    // From the `type` or `token_type` claim; Access when absent (and for a bare jti).
    TokenType tokenType() const { return m_tokenType; }
    // The `sub` claim; empty when absent.
    const QString& subject() const { return m_subject; }
    // The header's `alg`; empty when absent.
    const QString& algorithm() const { return m_algorithm; }

    // `exp`/`iat` in microseconds since 1970 UTC: NumericDates may be fractional and the
    // databases keep microseconds, so nothing finer is lost here.
    std::optional<qint64> expiresAtMicros() const { return m_expiresAtMicros; }
    std::optional<qint64> issuedAtMicros() const { return m_issuedAtMicros; }
    // As UTC QDateTime (millisecond resolution); invalid when the claim is absent. The expiry is
    // rounded up, so a purge never removes the row of a token that still lives.
    QDateTime expiresAt() const;
    // Rounded down; for display.
    QDateTime issuedAt() const;

    // HMAC-SHA256 over the token's first two segments (their padding removed, as they were
    // signed), compared in constant time. NotChecked without a secret, for a bare jti and for
    // any alg but HS256: the signature is informative, revoking never requires it.
    // secret: the configured secret's bytes (UTF-8, as PyJWT encodes a str key).
    Signature verifyHs256(const QByteArray& secret) const;

private:
    friend class JwtInspector;
    TokenInspection() = default;

    QString m_error;
    bool m_isJwt = false;
    QString m_jti;
    TokenType m_tokenType = TokenType::Access;
    QString m_subject;
    QString m_algorithm;
    std::optional<qint64> m_expiresAtMicros;
    std::optional<qint64> m_issuedAtMicros;
    QByteArray m_signingInput;
    QByteArray m_signature;
};
