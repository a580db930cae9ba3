#include "JwtInspector.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>

#include <cmath>
#include <optional>

namespace {

// 9999-12-31 23:59:59 UTC: the last second both databases' timestamp forms can hold.
constexpr double maxNumericDate = 253402300799.0;

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return JwtInspector::tr("null");
    case QJsonValue::Bool:
        return JwtInspector::tr("a boolean");
    case QJsonValue::Double:
        return JwtInspector::tr("a number");
    case QJsonValue::String:
        return JwtInspector::tr("a string");
    case QJsonValue::Array:
        return JwtInspector::tr("an array");
    case QJsonValue::Object:
        return JwtInspector::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JwtInspector::tr("nothing");
}

bool isBase64UrlChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'_';
}

QString showChar(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return u'"' + QString(c) + u'"';
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

// A segment without its padding; the padding is tolerated, but the segments were signed
// without it.
QStringView unpadded(QStringView segment)
{
    while (segment.endsWith(u'='))
        segment.chop(1);
    return segment;
}

// Decodes one base64url segment; on failure sets error, naming the segment.
std::optional<QByteArray> decodeSegment(QStringView segment, const QString& name, QString* error)
{
    const QStringView data = unpadded(segment);
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (!isBase64UrlChar(data[i])) {
            *error = JwtInspector::tr("The %1 is not base64url: unexpected %2 at position %3.")
                         .arg(name, showChar(data[i]), QString::number(i + 1));
            return std::nullopt;
        }
    }
    const auto decoded = QByteArray::fromBase64Encoding(
        data.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (segment.size() - data.size() > 2 || data.size() % 4 == 1 || !decoded) {
        *error = JwtInspector::tr("The %1 is not valid base64url: its length (%2) is impossible.")
                     .arg(name)
                     .arg(segment.size());
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<QJsonObject> parseObject(const QByteArray& json, const QString& name, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = JwtInspector::tr("The %1 is not JSON: %2 at byte %3.")
                     .arg(name, parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = JwtInspector::tr("The %1 is a JSON array, not an object.").arg(name);
        return std::nullopt;
    }
    return document.object();
}

// A NumericDate claim (seconds since 1970, maybe fractional) in microseconds; on failure sets
// error.
std::optional<qint64> numericDate(const QJsonValue& value, QLatin1String claim, QString* error)
{
    if (!value.isDouble()) {
        *error = JwtInspector::tr("The %1 claim must be a number of seconds, not %2.")
                     .arg(claim, describe(value));
        return std::nullopt;
    }
    const double seconds = value.toDouble();
    if (!(seconds >= 0 && seconds <= maxNumericDate)) {
        *error = JwtInspector::tr("The %1 claim (%2) is out of range: seconds since 1970, up to "
                                  "the end of the year 9999.")
                     .arg(claim)
                     .arg(seconds, 0, 'f', 0);
        return std::nullopt;
    }
    return std::llround(seconds * 1e6);
}

// The type from `type` and/or `token_type`; on failure sets error.
std::optional<TokenType> claimedType(const QJsonObject& payload, QString* error)
{
    std::optional<TokenType> found;
    for (const QLatin1String claim : {QLatin1String("type"), QLatin1String("token_type")}) {
        const QJsonValue value = payload.value(claim);
        if (value.isUndefined())
            continue;
        if (!value.isString()) {
            *error = JwtInspector::tr("The %1 claim must be a string (access or refresh), not %2.")
                         .arg(claim, describe(value));
            return std::nullopt;
        }
        const auto type = tokenTypeFromName(value.toString());
        if (!type) {
            *error = JwtInspector::tr("The %1 claim is \"%2\": only access and refresh tokens "
                                      "are revoked.")
                         .arg(claim, value.toString());
            return std::nullopt;
        }
        if (found && *found != *type) {
            *error = JwtInspector::tr("The type and token_type claims disagree.");
            return std::nullopt;
        }
        found = type;
    }
    return found.value_or(TokenType::Access);
}

// The subject: a string, or an integer (older backends put numeric user ids there; refusing
// those would make such tokens impossible to revoke by pasting). Absent or null is empty.
std::optional<QString> subject(const QJsonValue& value, QString* error)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (value.isString())
        return value.toString();
    constexpr double maxExactInteger = 9007199254740992.0; // 2^53
    const double number = value.toDouble();
    if (value.isDouble() && std::trunc(number) == number && std::abs(number) <= maxExactInteger)
        return QString::number(static_cast<qint64>(number));
    *error = JwtInspector::tr("The sub claim must be a string, not %1.").arg(describe(value));
    return std::nullopt;
}

} // namespace

TokenInspection JwtInspector::inspect(const QString& text)
{
    QStringView body = QStringView(text).trimmed();
    if (body.size() > maxTextLength)
        return TokenInspection::refused(
            tr("The text is %1 characters long; a token has at most %2 (16 KiB).")
                .arg(body.size())
                .arg(maxTextLength));
    if (body.startsWith(u"bearer", Qt::CaseInsensitive)) {
        const QStringView rest = body.sliced(6);
        if (rest.isEmpty())
            return TokenInspection::refused(tr("There is no token after \"Bearer\"."));
        if (rest.front().isSpace())
            body = rest.trimmed();
    }
    if (body.isEmpty())
        return TokenInspection::refused(tr("Nothing to inspect: paste a token or a jti."));
    if (body.contains(u'.'))
        return inspectJwt(body);
    return inspectJti(body.toString());
}

TokenInspection JwtInspector::inspectJti(const QString& text)
{
    const QStringView jti = QStringView(text).trimmed();
    if (const QString error = checkJti(jti); !error.isEmpty())
        return TokenInspection::refused(error);
    TokenInspection result;
    result.m_jti = jti.toString();
    return result;
}

TokenInspection JwtInspector::inspectJwt(QStringView token)
{
    const QList<QStringView> segments = token.split(u'.');
    if (segments.size() != 3)
        return TokenInspection::refused(
            tr("A JWT has three segments separated by dots (header.payload.signature); this text "
               "has %1. To revoke a jti that contains dots, enter it as a jti.")
                .arg(segments.size()));
    const QString names[] = {tr("header"), tr("payload"), tr("signature")};
    if (unpadded(segments[0]).isEmpty() || unpadded(segments[1]).isEmpty())
        return TokenInspection::refused(
            tr("The %1 segment is empty.").arg(names[unpadded(segments[0]).isEmpty() ? 0 : 1]));

    QString error;
    QList<QByteArray> decoded;
    for (int i = 0; i < 3; ++i) {
        const auto bytes = decodeSegment(segments[i], names[i], &error);
        if (!bytes)
            return TokenInspection::refused(error);
        decoded << *bytes;
    }
    const auto header = parseObject(decoded[0], names[0], &error);
    if (!header)
        return TokenInspection::refused(error);
    const auto payload = parseObject(decoded[1], names[1], &error);
    if (!payload)
        return TokenInspection::refused(error);

    const QJsonValue jti = payload->value(QLatin1String("jti"));
    if (jti.isUndefined())
        return TokenInspection::refused(
            tr("The payload has no jti claim: there is nothing to revoke the token by."));
    if (!jti.isString())
        return TokenInspection::refused(
            tr("The jti claim must be a JSON string, not %1.").arg(describe(jti)));
    if (const QString jtiError = checkJti(jti.toString()); !jtiError.isEmpty())
        return TokenInspection::refused(jtiError);

    TokenInspection result;
    result.m_isJwt = true;
    result.m_jti = jti.toString();
    result.m_algorithm = header->value(QLatin1String("alg")).toString();

    const auto type = claimedType(*payload, &error);
    if (!type)
        return TokenInspection::refused(error);
    result.m_tokenType = *type;

    const QLatin1String dateClaims[] = {QLatin1String("exp"), QLatin1String("iat")};
    std::optional<qint64>* dateTargets[] = {&result.m_expiresAtMicros, &result.m_issuedAtMicros};
    for (int i = 0; i < 2; ++i) {
        const QJsonValue value = payload->value(dateClaims[i]);
        if (value.isUndefined())
            continue;
        *dateTargets[i] = numericDate(value, dateClaims[i], &error);
        if (!*dateTargets[i])
            return TokenInspection::refused(error);
    }

    const auto sub = subject(payload->value(QLatin1String("sub")), &error);
    if (!sub)
        return TokenInspection::refused(error);
    result.m_subject = *sub;

    result.m_signingInput =
        unpadded(segments[0]).toLatin1() + '.' + unpadded(segments[1]).toLatin1();
    result.m_signature = decoded[2];
    return result;
}

QString JwtInspector::checkJti(QStringView jti)
{
    if (jti.isEmpty())
        return tr("The jti is empty.");
    if (!jti.isValidUtf16())
        return tr("The jti is not valid Unicode (it contains a lone surrogate).");
    qsizetype count = 0;
    for (qsizetype i = 0; i < jti.size(); ++i) {
        char32_t c = jti[i].unicode();
        if (QChar::isHighSurrogate(c)) {
            ++i; // valid UTF-16: a low surrogate follows
            c = QChar::surrogateToUcs4(jti[i - 1], jti[i]);
        }
        ++count;
        if (QChar::isSpace(c))
            return tr("The jti contains whitespace at position %1.").arg(count);
        if (QChar::category(c) == QChar::Other_Control)
            return tr("The jti contains a control character (U+%1) at position %2.")
                .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                .arg(count);
    }
    if (count > maxJtiLength)
        return tr("The jti is %1 characters long; at most %2 are allowed.")
            .arg(count)
            .arg(maxJtiLength);
    return {};
}
