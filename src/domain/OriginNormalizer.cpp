#include "OriginNormalizer.h"

#include <QList>
#include <QStringView>
#include <QUrl>

#include <algorithm>
#include <array>
#include <optional>

namespace {

using Part = OriginCheck::Part;
using Ipv6 = std::array<quint16, 8>;

// Anything beyond this cannot normalise to 255 characters; refusing early bounds the work.
constexpr qsizetype maxInputLength = 2048;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int hexValue(QChar c)
{
    if (isAsciiDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

bool isSchemeChar(QChar c, bool first)
{
    const bool alpha = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return alpha || (!first && (isAsciiDigit(c) || c == u'+' || c == u'-' || c == u'.'));
}

// The WHATWG URL standard's IPv6 parser (brackets already removed).
std::optional<Ipv6> parseIpv6(QStringView s)
{
    Ipv6 address{};
    int pieceIndex = 0;
    int compress = -1;
    qsizetype p = 0;
    const qsizetype n = s.size();
    const auto is = [&](qsizetype i, char16_t c) { return i < n && s[i] == c; };

    if (is(0, u':')) {
        if (!is(1, u':'))
            return std::nullopt;
        p = 2;
        compress = ++pieceIndex;
    }
    while (p < n) {
        if (pieceIndex == 8)
            return std::nullopt;
        if (s[p] == u':') {
            if (compress >= 0)
                return std::nullopt;
            ++p;
            compress = ++pieceIndex;
            continue;
        }
        int value = 0;
        int length = 0;
        while (length < 4 && p < n && hexValue(s[p]) >= 0) {
            value = value * 16 + hexValue(s[p]);
            ++p;
            ++length;
        }
        if (is(p, u'.')) {
            // An embedded IPv4 address fills the last two pieces.
            if (length == 0 || pieceIndex > 6)
                return std::nullopt;
            p -= length;
            int numbersSeen = 0;
            while (p < n) {
                if (numbersSeen > 0) {
                    if (s[p] != u'.' || numbersSeen == 4)
                        return std::nullopt;
                    ++p;
                }
                if (p >= n || !isAsciiDigit(s[p]))
                    return std::nullopt;
                int piece = -1;
                while (p < n && isAsciiDigit(s[p])) {
                    const int digit = s[p].unicode() - u'0';
                    if (piece == 0)
                        return std::nullopt; // a leading zero
                    piece = piece < 0 ? digit : piece * 10 + digit;
                    if (piece > 255)
                        return std::nullopt;
                    ++p;
                }
                address[pieceIndex] = static_cast<quint16>(address[pieceIndex] * 0x100 + piece);
                ++numbersSeen;
                if (numbersSeen == 2 || numbersSeen == 4)
                    ++pieceIndex;
            }
            if (numbersSeen != 4)
                return std::nullopt;
            break;
        }
        if (is(p, u':')) {
            ++p;
            if (p >= n)
                return std::nullopt;
        } else if (p < n) {
            return std::nullopt;
        }
        address[pieceIndex++] = static_cast<quint16>(value);
    }
    if (compress >= 0) {
        int swaps = pieceIndex - compress;
        pieceIndex = 7;
        while (pieceIndex != 0 && swaps > 0) {
            std::swap(address[pieceIndex], address[compress + swaps - 1]);
            --pieceIndex;
            --swaps;
        }
    } else if (pieceIndex != 8) {
        return std::nullopt;
    }
    return address;
}

// The WHATWG IPv6 serializer: lower-case hex, the first longest run of 2+ zero pieces as "::".
QString serializeIpv6(const Ipv6& address)
{
    int compress = -1;
    int runLength = 1;
    for (int i = 0; i < 8;) {
        int end = i;
        while (end < 8 && address[end] == 0)
            ++end;
        if (end - i > runLength) {
            compress = i;
            runLength = end - i;
        }
        i = std::max(end, i + 1);
    }
    QString out;
    for (int i = 0; i < 8; ++i) {
        if (i == compress) {
            out += i == 0 ? QStringLiteral("::") : QStringLiteral(":");
            i += runLength - 1;
            continue;
        }
        out += QString::number(address[i], 16);
        if (i != 7)
            out += u':';
    }
    return out;
}

// The WHATWG IPv4 number parser: decimal, 0x hex or 0-prefixed octal. Saturates, as anything
// that large is out of range anyway.
std::optional<quint64> parseIpv4Number(QStringView s)
{
    if (s.isEmpty())
        return std::nullopt;
    int radix = 10;
    if (s.size() >= 2 && s[0] == u'0' && (s[1] == u'x' || s[1] == u'X')) {
        radix = 16;
        s = s.sliced(2);
    } else if (s.size() >= 2 && s[0] == u'0') {
        radix = 8;
        s = s.sliced(1);
    }
    constexpr quint64 saturation = quint64(1) << 40;
    quint64 value = 0;
    for (const QChar c : s) {
        const int digit = hexValue(c);
        if (digit < 0 || digit >= radix)
            return std::nullopt;
        value =
            std::min(value * static_cast<quint64>(radix) + static_cast<quint64>(digit), saturation);
    }
    return value;
}

QList<QStringView> ipv4Parts(QStringView host)
{
    QList<QStringView> parts = host.split(u'.');
    if (parts.size() > 1 && parts.last().isEmpty())
        parts.removeLast();
    return parts;
}

// WHATWG "ends in a number": such a host is parsed as IPv4 by browsers, never as a domain.
bool endsInNumber(QStringView host)
{
    const QStringView last = ipv4Parts(host).last();
    if (last.isEmpty())
        return false;
    return std::all_of(last.begin(), last.end(), isAsciiDigit) || parseIpv4Number(last);
}

// The WHATWG IPv4 parser (1.2.3 and 0x7f.1 included).
std::optional<quint32> parseIpv4(QStringView host)
{
    const QList<QStringView> parts = ipv4Parts(host);
    if (parts.size() > 4)
        return std::nullopt;
    QList<quint64> numbers;
    for (const QStringView part : parts) {
        const auto number = parseIpv4Number(part);
        if (!number)
            return std::nullopt;
        numbers << *number;
    }
    const qsizetype count = numbers.size();
    quint64 address = numbers.last();
    if (address >= quint64(1) << (8 * (5 - count)))
        return std::nullopt;
    for (qsizetype i = 0; i < count - 1; ++i) {
        if (numbers[i] > 255)
            return std::nullopt;
        address += numbers[i] << (8 * (3 - i));
    }
    return static_cast<quint32>(address);
}

QString serializeIpv4(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(address >> 24)
        .arg((address >> 16) & 0xff)
        .arg((address >> 8) & 0xff)
        .arg(address & 0xff);
}

// Browsers percent-decode the host (as UTF-8) before IDN processing; a % that does not start
// an escape is left and then refused, so it is refused here.
std::optional<QString> percentDecoded(QStringView host)
{
    if (!host.contains(u'%'))
        return host.toString();
    QByteArray bytes;
    const QByteArray utf8 = host.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] != '%') {
            bytes += utf8[i];
            continue;
        }
        if (i + 2 >= utf8.size() || hexValue(QLatin1Char(utf8[i + 1])) < 0 ||
            hexValue(QLatin1Char(utf8[i + 2])) < 0)
            return std::nullopt;
        bytes += static_cast<char>(hexValue(QLatin1Char(utf8[i + 1])) * 16 +
                                   hexValue(QLatin1Char(utf8[i + 2])));
        i += 2;
    }
    return QString::fromUtf8(bytes);
}

// The steps below reuse OriginCheck: an accepted step carries its normalised piece.
OriginCheck normalizeHost(QStringView host)
{
    if (host.isEmpty())
        return OriginCheck::refused(Part::Host, OriginNormalizer::tr("The origin has no host."));
    if (host.startsWith(u'[')) {
        const auto address = parseIpv6(host.sliced(1, host.size() - 2));
        if (!address)
            return OriginCheck::refused(
                Part::Host,
                OriginNormalizer::tr("The host \"%1\" is not a valid IPv6 address.").arg(host));
        return OriginCheck::accepted(u'[' + serializeIpv6(*address) + u']');
    }
    const auto domain = percentDecoded(host);
    if (!domain)
        return OriginCheck::refused(
            Part::Host,
            OriginNormalizer::tr("The host \"%1\" contains a percent sign that is not followed "
                                 "by two hexadecimal digits.")
                .arg(host));
    const QString ace = QString::fromLatin1(QUrl::toAce(*domain));
    if (ace.isEmpty()) {
        return OriginCheck::refused(
            Part::Host,
            OriginNormalizer::tr(
                "The host \"%1\" is not a valid domain name: labels are letters, digits and "
                "hyphens, 1 to 63 characters, separated by single dots, not starting or ending "
                "with a hyphen.")
                .arg(host));
    }
    // toAce passes "xn--" labels through unchecked; browsers refuse those that do not decode
    // to a label that encodes back to the same text.
    for (const QStringView label : QStringView(ace).split(u'.')) {
        if (!label.startsWith(u"xn--"))
            continue;
        const QString decoded = QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist);
        if (decoded.isEmpty() || decoded == label || QUrl::toAce(decoded) != label.toLatin1())
            return OriginCheck::refused(
                Part::Host,
                OriginNormalizer::tr("The host label \"%1\" is not valid punycode.").arg(label));
    }
    if (!endsInNumber(ace))
        return OriginCheck::accepted(ace);
    const auto address = parseIpv4(ace);
    if (!address)
        return OriginCheck::refused(
            Part::Host,
            OriginNormalizer::tr("The host \"%1\" is not a valid IPv4 address.").arg(host));
    const QString canonical = serializeIpv4(*address);
    if (canonical != ace)
        return OriginCheck::refused(
            Part::Host,
            OriginNormalizer::tr("Browsers read the host \"%1\" as the IPv4 address %2: enter %2.")
                .arg(host, canonical));
    return OriginCheck::accepted(canonical);
}

// Accepted with "" for no port (empty, or the scheme's default), else the port in decimal.
OriginCheck normalizePort(QStringView port, int defaultPort)
{
    if (port.isEmpty())
        return OriginCheck::accepted({});
    if (!std::all_of(port.begin(), port.end(), isAsciiDigit))
        return OriginCheck::refused(
            Part::Port, OriginNormalizer::tr("The port \"%1\" is not a number.").arg(port));
    // Leading zeros are allowed (":0080" is port 80); more than five digits is out of range.
    qsizetype firstSignificant = 0;
    while (firstSignificant < port.size() && port[firstSignificant] == u'0')
        ++firstSignificant;
    const QStringView digits = port.sliced(firstSignificant);
    const int value = digits.size() > 5 ? 65536 : digits.toInt();
    if (value < 1 || value > 65535)
        return OriginCheck::refused(
            Part::Port,
            OriginNormalizer::tr("The port %1 is out of range: a port is 1 to 65535.").arg(port));
    return OriginCheck::accepted(value == defaultPort ? QString() : QString::number(value));
}

} // namespace

OriginCheck OriginNormalizer::normalize(const QString& input)
{
    const QStringView text = QStringView(input).trimmed();
    if (text.isEmpty())
        return OriginCheck::refused(Part::Empty, tr("The origin is empty."));
    if (text.size() > maxInputLength)
        return OriginCheck::refused(Part::Length,
                                    tr("The origin is %1 characters long; at most %2 are allowed.")
                                        .arg(text.size())
                                        .arg(maxLength));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace())
            return OriginCheck::refused(
                Part::Whitespace,
                tr("The origin contains whitespace at position %1; an origin has none.")
                    .arg(i + 1));
        if (c.category() == QChar::Other_Control)
            return OriginCheck::refused(
                Part::Character,
                tr("The origin contains a control character (U+%1) at position %2.")
                    .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                    .arg(i + 1));
        if (c == u'*')
            return OriginCheck::refused(
                Part::Wildcard, tr("Wildcards (*) are not allowed: the backend sends credentials, "
                                   "so every origin must be listed exactly."));
    }

    qsizetype schemeEnd = 0;
    while (schemeEnd < text.size() && isSchemeChar(text[schemeEnd], schemeEnd == 0))
        ++schemeEnd;
    if (schemeEnd == 0 || !text.sliced(schemeEnd).startsWith(u"://"))
        return OriginCheck::refused(
            Part::Scheme,
            tr("The origin must start with http:// or https:// (like https://example.com)."));
    const QString scheme = text.first(schemeEnd).toString().toLower();
    if (scheme != u"http" && scheme != u"https")
        return OriginCheck::refused(Part::Scheme,
                                    tr("The scheme \"%1\" is not allowed: only http and https are.")
                                        .arg(text.first(schemeEnd)));

    // The authority ends where a path, query or fragment starts (a backslash counts as a slash
    // to browsers).
    const QStringView afterScheme = text.sliced(schemeEnd + 3);
    qsizetype authorityEnd = 0;
    while (authorityEnd < afterScheme.size() &&
           !QStringView(u"/?#\\").contains(afterScheme[authorityEnd]))
        ++authorityEnd;
    const QStringView authority = afterScheme.first(authorityEnd);
    const QStringView rest = afterScheme.sliced(authorityEnd);

    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        return OriginCheck::refused(
            Part::UserInfo, tr("The origin contains user info (\"%1\"); an origin has none.")
                                .arg(authority.first(at + 1)));

    QStringView host = authority;
    QStringView port;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return OriginCheck::refused(
                Part::Host, tr("The IPv6 address \"%1\" has no closing bracket.").arg(authority));
        host = authority.first(close + 1);
        const QStringView afterHost = authority.sliced(close + 1);
        if (!afterHost.isEmpty() && afterHost[0] != u':')
            return OriginCheck::refused(
                Part::Host,
                tr("Unexpected \"%1\" after the IPv6 address %2.").arg(afterHost, host));
        port = afterHost.isEmpty() ? afterHost : afterHost.sliced(1);
    } else if (authority.count(u':') > 1 && parseIpv6(authority)) {
        return OriginCheck::refused(
            Part::Host,
            tr("An IPv6 address must be written in brackets, like https://[2001:db8::1]:8443."));
    } else if (const qsizetype colon = authority.indexOf(u':'); colon >= 0) {
        host = authority.first(colon);
        port = authority.sliced(colon + 1);
    }

    OriginCheck normalHost = normalizeHost(host);
    if (!normalHost.isOk())
        return normalHost;
    OriginCheck normalPort = normalizePort(port, scheme == u"https" ? 443 : 80);
    if (!normalPort.isOk())
        return normalPort;

    qsizetype pathEnd = 0;
    while (pathEnd < rest.size() && rest[pathEnd] != u'?' && rest[pathEnd] != u'#')
        ++pathEnd;
    const QStringView path = rest.first(pathEnd);
    if (!path.isEmpty() && path != u"/")
        return OriginCheck::refused(
            Part::Path,
            tr("The origin has a path (\"%1\"); only a single trailing slash is allowed.")
                .arg(path));
    if (pathEnd < rest.size() && rest[pathEnd] == u'?') {
        const qsizetype hash = rest.indexOf(u'#', pathEnd);
        return OriginCheck::refused(
            Part::Query, tr("The origin has a query (\"%1\"); an origin has none.")
                             .arg(rest.sliced(pathEnd, (hash < 0 ? rest.size() : hash) - pathEnd)));
    }
    if (pathEnd < rest.size())
        return OriginCheck::refused(Part::Fragment,
                                    tr("The origin has a fragment (\"%1\"); an origin has none.")
                                        .arg(rest.sliced(pathEnd)));

    QString origin = scheme + QStringLiteral("://") + normalHost.origin();
    if (!normalPort.origin().isEmpty())
        origin += u':' + normalPort.origin();
    if (origin.size() > maxLength)
        return OriginCheck::refused(
            Part::Length, tr("The normalised origin is %1 characters long; at most %2 are allowed.")
                              .arg(origin.size())
                              .arg(maxLength));
    return OriginCheck::accepted(origin);
}

OriginNormalizer::Match OriginNormalizer::isAllowed(const QString& originHeader,
                                                    const QStringList& activeOrigins)
{
    if (activeOrigins.contains(originHeader))
        return {true, {}};
    const OriginCheck check = normalize(originHeader);
    if (!check.isOk())
        return {false, tr("\"%1\" is not an origin a browser would send: %2")
                           .arg(originHeader, check.error())};
    if (check.origin() == originHeader)
        return {false, {}};
    if (activeOrigins.contains(check.origin()))
        return {false, tr("\"%1\" is not what a browser sends; browsers send %2, which is allowed.")
                           .arg(originHeader, check.origin())};
    return {false,
            tr("\"%1\" is not what a browser sends; browsers send %2, which is not allowed either.")
                .arg(originHeader, check.origin())};
}
