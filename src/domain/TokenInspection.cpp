#include "TokenInspection.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <utility>

TokenInspection TokenInspection::refused(QString error)
{
    Q_ASSERT(!error.isEmpty());
    TokenInspection result;
    result.m_error = std::move(error);
    return result;
}

QDateTime TokenInspection::expiresAt() const
{
    if (!m_expiresAtMicros)
        return {};
    // Claims are never negative (JwtInspector refuses that), so this is a ceiling.
    return QDateTime::fromMSecsSinceEpoch((*m_expiresAtMicros + 999) / 1000, QTimeZone::utc());
}

QDateTime TokenInspection::issuedAt() const
{
    if (!m_issuedAtMicros)
        return {};
    return QDateTime::fromMSecsSinceEpoch(*m_issuedAtMicros / 1000, QTimeZone::utc());
}

TokenInspection::Signature TokenInspection::verifyHs256(const QByteArray& secret) const
{
    if (!isOk() || !m_isJwt || secret.isEmpty() || m_algorithm != u"HS256")
        return Signature::NotChecked;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(m_signingInput, secret, QCryptographicHash::Sha256);
    if (expected.size() != m_signature.size())
        return Signature::Invalid;
    // Constant time: no early exit on the first differing byte.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ m_signature[i]);
    return diff == 0 ? Signature::Valid : Signature::Invalid;
}
