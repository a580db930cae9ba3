#include "TestTokens.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

QByteArray TestTokens::b64(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject TestTokens::hs256Header()
{
    return {{QStringLiteral("alg"), QStringLiteral("HS256")},
            {QStringLiteral("typ"), QStringLiteral("JWT")}};
}

QString TestTokens::jwt(const QJsonObject& payload, const QByteArray& key,
                        const QJsonObject& header)
{
    const auto segment = [](const QJsonObject& object) {
        return b64(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    const QByteArray input = segment(header) + '.' + segment(payload);
    return QString::fromLatin1(
        input + '.' +
        b64(QMessageAuthenticationCode::hash(input, key, QCryptographicHash::Sha256)));
}
