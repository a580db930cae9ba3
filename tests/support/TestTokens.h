#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Tokens built the way the web backend builds them, for the tests that revoke, check or
// inspect them.
class TestTokens {
public:
    // The secret the tests' backend signs with.
    static QByteArray backendSecret() { return QByteArrayLiteral("backend-secret"); }
    // base64url without padding, as every JWT segment is.
    static QByteArray b64(const QByteArray& data);
    // {"alg":"HS256","typ":"JWT"}
    static QJsonObject hs256Header();
    // header.payload.signature, signed with HMAC-SHA256 under `key` whatever the header says.
    static QString jwt(const QJsonObject& payload, const QByteArray& key = backendSecret(),
                       const QJsonObject& header = hs256Header());
};
