#pragma once

#include "OriginCheck.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Turns typed origins into the exact string a browser sends in its Origin header (WHATWG URL
// rules), because the backend compares that header with allowed_origins byte for byte.
//
// Accepted: `scheme://host[:port]` with scheme http or https and at most one trailing slash.
// Normalised: scheme and host to lower case; IDN hosts to punycode by UTS #46 non-transitional
// processing (QUrl::toAce); percent-escapes in the host decoded; IPv6 to the compressed form in
// brackets; the default port (80/443, also written :0080) and an empty port dropped; surrounding
// whitespace trimmed. A trailing dot in a host is kept: browsers keep it too.
// Host names must pass QUrl::toAce (UTS #46 with the STD3 rules), which is stricter than
// browsers: ex!ample.com, -a.com and a..b are refused though a browser would send them; no real
// DNS name looks like that. "xn--" labels that are not valid punycode are refused, as browsers do.
// Refused, naming the part: other schemes, inner whitespace, control characters, `*` anywhere
// (the backend sends credentials, so wildcards would be unsafe), user info (even empty), a path,
// query or fragment, an empty or invalid host, port 0 or beyond 65535, more than 255 characters.
// IPv4: a host that ends in a number is an IPv4 address to a browser. Invalid ones (256.1.1.1,
// 1.2.3.4.5) are refused, and so are the shorthand forms browsers silently rewrite (1.2.3,
// 0x7f.1, 010.0.0.1 which is octal, 2130706433): the message names the address the browser
// would use, so nobody stores 192.168.1.8 believing they typed 192.168.001.010.
class OriginNormalizer {
    Q_DECLARE_TR_FUNCTIONS(OriginNormalizer)

public:
    // allowed_origins.origin is varchar(255).
    static constexpr qsizetype maxLength = 255;

    // Whether an Origin header passes the backend's exact comparison, with a hint when it
    // would pass after normalising (a hand-typed header rather than what a browser sends).
    struct Match {
        bool allowed = false;
        QString hint;
    };

    static OriginCheck normalize(const QString& input);
    // activeOrigins: the stored, active origins; the header is compared exactly, as the backend
    // does.
    static Match isAllowed(const QString& originHeader, const QStringList& activeOrigins);
};
