#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// The two kinds of token the backend issues; revoked_tokens.token_type holds their names.
enum class TokenType { Access, Refresh };

// "access" or "refresh": the stored and claimed form.
QString tokenTypeName(TokenType type);
// Exact (lower-case) names only, as the backend writes them; anything else is nullopt.
std::optional<TokenType> tokenTypeFromName(QStringView name);
