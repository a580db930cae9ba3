#include "TokenType.h"

QString tokenTypeName(TokenType type)
{
    return type == TokenType::Refresh ? QStringLiteral("refresh") : QStringLiteral("access");
}

std::optional<TokenType> tokenTypeFromName(QStringView name)
{
    if (name == u"access")
        return TokenType::Access;
    if (name == u"refresh")
        return TokenType::Refresh;
    return std::nullopt;
}
