#include "RevokedTokenRecord.h"

QJsonObject RevokedTokenRecord::toJson() const
{
    const auto time = [](const QDateTime& t) {
        return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return {{QStringLiteral("jti"), jti},
            {QStringLiteral("token_type"), tokenTypeName(type)},
            {QStringLiteral("account_id"), accountId ? QJsonValue(accountId) : QJsonValue()},
            {QStringLiteral("expires_at"), time(expiresAt)},
            {QStringLiteral("reason"), reason}};
}
