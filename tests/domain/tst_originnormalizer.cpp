#include "OriginNormalizer.h"

#include <QTest>

namespace {

QString repeated(char c, int n)
{
    return QString(n, QLatin1Char(c));
}

// "https://" + a host of 63.63.63.n characters: 8 + 192 + n characters in all.
QString longOrigin(int lastLabel)
{
    return QStringLiteral("https://") + repeated('a', 63) + u'.' + repeated('b', 63) + u'.' +
           repeated('c', 63) + u'.' + repeated('d', lastLabel);
}

} // namespace

class tst_OriginNormalizer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void normalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::addColumn<QString>("part");     // OriginCheck::partName of the refusal
        const auto ok = [](const char* name, const QString& input, const QString& expected) {
            QTest::newRow(name) << input << expected << QString();
        };
        const auto no = [](const char* name, const QString& input, const char* part) {
            QTest::newRow(name) << input << QString() << QString::fromLatin1(part);
        };
        const auto s = [](const char* utf8) { return QString::fromUtf8(utf8); };

        // Accepted as they are.
        ok("https", s("https://example.com"), s("https://example.com"));
        ok("http", s("http://example.com"), s("http://example.com"));
        ok("localhost with port", s("http://localhost:3000"), s("http://localhost:3000"));
        ok("ipv4 with port", s("http://127.0.0.1:8080"), s("http://127.0.0.1:8080"));
        ok("ipv4 zero", s("http://0.0.0.0"), s("http://0.0.0.0"));
        ok("ipv4 max", s("http://255.255.255.255"), s("http://255.255.255.255"));
        ok("underscore", s("https://sub_domain.example.com"), s("https://sub_domain.example.com"));
        ok("trailing dot kept", s("https://example.com."), s("https://example.com."));
        ok("single label", s("https://intranet"), s("https://intranet"));
        // Case.
        ok("the classic", s("HTTPS://Example.COM:443/"), s("https://example.com"));
        ok("upper", s("HTTP://EXAMPLE.COM"), s("http://example.com"));
        ok("mixed", s("HtTpS://ExAmPlE.cOm"), s("https://example.com"));
        ok("upper punycode", s("https://XN--FA-HIA.DE"), s("https://xn--fa-hia.de"));
        // Surrounding whitespace and one trailing slash.
        ok("spaces around", s("   https://example.com  "), s("https://example.com"));
        ok("tab and newline around", s("\thttps://example.com\r\n"), s("https://example.com"));
        ok("trailing slash", s("https://example.com/"), s("https://example.com"));
        ok("slash and spaces", s(" https://example.com/ "), s("https://example.com"));
        // Ports.
        ok("https default", s("https://example.com:443"), s("https://example.com"));
        ok("http default", s("http://example.com:80"), s("http://example.com"));
        ok("http default zeros", s("http://example.com:0080"), s("http://example.com"));
        ok("https default zeros", s("https://example.com:000443"), s("https://example.com"));
        ok("empty port", s("https://example.com:"), s("https://example.com"));
        ok("empty port and slash", s("https://example.com:/"), s("https://example.com"));
        ok("http port on https", s("https://example.com:80"), s("https://example.com:80"));
        ok("https port on http", s("http://example.com:443"), s("http://example.com:443"));
        ok("other port", s("https://example.com:8443"), s("https://example.com:8443"));
        ok("other port zeros", s("https://example.com:08443"), s("https://example.com:8443"));
        ok("port 1", s("https://example.com:1"), s("https://example.com:1"));
        ok("port 65535", s("https://example.com:65535"), s("https://example.com:65535"));
        // IDN (UTS #46 non-transitional).
        ok("eszett", s("https://faß.de"), s("https://xn--fa-hia.de"));
        ok("umlaut upper", s("https://BÜCHER.example"), s("https://xn--bcher-kva.example"));
        ok("arabic", s("https://مثال.إختبار"), s("https://xn--mgbh0fb.xn--kgbechtv"));
        ok("arabic with port", s("http://مثال.إختبار:8080/"),
           s("http://xn--mgbh0fb.xn--kgbechtv:8080"));
        ok("emoji", s("https://😀.example"), s("https://xn--e28h.example"));
        ok("fullwidth", s("https://ＥＸＡＭＰＬＥ.com"), s("https://example.com"));
        ok("ideographic full stop", s("https://example。com"), s("https://example.com"));
        ok("percent-encoded host", s("https://ex%61mple.com"), s("https://example.com"));
        // IPv6.
        ok("ipv6 long form", s("https://[2001:0db8:0:0:0:0:0:1]"), s("https://[2001:db8::1]"));
        ok("ipv6 upper with port", s("https://[2001:DB8::1]:8443"),
           s("https://[2001:db8::1]:8443"));
        ok("ipv6 default port", s("http://[::1]:80"), s("http://[::1]"));
        ok("ipv6 empty port", s("https://[::1]:/"), s("https://[::1]"));
        ok("ipv6 loopback", s("http://[::1]"), s("http://[::1]"));
        ok("ipv6 unspecified", s("https://[0:0:0:0:0:0:0:0]"), s("https://[::]"));
        ok("ipv6 longest run", s("https://[1:0:0:2:0:0:0:3]"), s("https://[1:0:0:2::3]"));
        ok("ipv6 first of equal runs", s("https://[1:0:0:2:0:0:3:4]"), s("https://[1::2:0:0:3:4]"));
        ok("ipv6 single zero kept", s("https://[1:0:2:3:4:5:6:7]"), s("https://[1:0:2:3:4:5:6:7]"));
        ok("ipv6 trailing run", s("https://[fe80:0:0:0:0:0:0:0]"), s("https://[fe80::]"));
        ok("ipv6 leading zeros", s("https://[0001:0002::000a]"), s("https://[1:2::a]"));
        ok("ipv6 mapped ipv4", s("https://[::ffff:192.168.1.1]"), s("https://[::ffff:c0a8:101]"));
        ok("ipv6 embedded ipv4", s("https://[::1.2.3.4]"), s("https://[::102:304]"));
        // Length: exactly 255 after normalising.
        ok("255 characters", longOrigin(55), longOrigin(55));
        ok("255 after dropping the port", longOrigin(55).toUpper() + QStringLiteral(":443/"),
           longOrigin(55));

        // Refused: emptiness, whitespace, characters, wildcards.
        no("empty", {}, "empty");
        no("blank", s(" \t "), "empty");
        no("inner space", s("https://exa mple.com"), "whitespace");
        no("inner tab", s("https://example.com\t:443"), "whitespace");
        no("two origins", s("https://a.example https://b.example"), "whitespace");
        no("inner nbsp", s("https://exa\u00a0mple.com"), "whitespace");
        no("control character", s("https://exa\u0001mple.com"), "character");
        no("bare star", s("*"), "wildcard");
        no("wildcard host", s("https://*.example.com"), "wildcard");
        no("wildcard port", s("https://example.com:*"), "wildcard");
        // Scheme.
        no("no scheme", s("example.com"), "scheme");
        no("host and port only", s("localhost:3000"), "scheme");
        no("ftp", s("ftp://example.com"), "scheme");
        no("ws", s("ws://example.com"), "scheme");
        no("file", s("file:///etc/passwd"), "scheme");
        no("one slash", s("https:/example.com"), "scheme");
        no("no slashes", s("https:example.com"), "scheme");
        no("backslashes", s("https:\\\\example.com"), "scheme");
        no("empty scheme", s("://example.com"), "scheme");
        no("null origin", s("null"), "scheme");
        // User info.
        no("empty user info", s("https://@example.com"), "user info");
        no("user and password", s("https://user:pass@example.com"), "user info");
        no("user with port", s("https://user@example.com:443"), "user info");
        // Host.
        no("nothing after scheme", s("https://"), "host");
        no("three slashes", s("https:///example.com"), "host");
        no("port without host", s("https://:443"), "host");
        no("empty label", s("https://a..example.com"), "host");
        no("leading dot", s("https://.example.com"), "host");
        no("leading hyphen", s("https://-example.com"), "host");
        no("forbidden character", s("https://ex!ample.com"), "host");
        no("label of 64", s("https://") + repeated('a', 64) + s(".com"), "host");
        no("bad punycode", s("https://xn--zz.example"), "host");
        no("punycode that does not round-trip", s("https://xn--http.example"), "host");
        no("percent without escape", s("https://255%0x7f.example"), "host");
        no("bad percent escape", s("https://ex%zzample.com"), "host");
        no("ipv4 octet 256", s("https://256.1.1.1"), "host");
        no("ipv4 five parts", s("https://1.2.3.4.5"), "host");
        no("ipv4 shorthand", s("https://1.2.3"), "host");
        no("ipv4 hex", s("http://0x7f.1"), "host");
        no("ipv4 octal", s("http://010.0.0.1"), "host");
        no("ipv4 one number", s("http://2130706433"), "host");
        no("ipv4 trailing dot", s("http://127.0.0.1."), "host");
        no("ipv4 bad octal", s("http://1.2.3.09"), "host");
        no("ends in a number", s("https://example.123"), "host");
        no("ipv6 unclosed", s("https://[2001:db8::1"), "host");
        no("ipv6 bad hex", s("https://[2001:db8::g]"), "host");
        no("ipv6 nine pieces", s("https://[1:2:3:4:5:6:7:8:9]"), "host");
        no("ipv6 seven pieces", s("https://[1:2:3:4:5:6:7]"), "host");
        no("ipv6 two compressions", s("https://[1::2::3]"), "host");
        no("ipv6 zone id", s("https://[fe80::1%25eth0]"), "host");
        no("ipv6 text after bracket", s("https://[::1]x"), "host");
        no("ipv6 bad embedded ipv4", s("https://[::ffff:1.2.3]"), "host");
        no("ipv6 empty", s("https://[]"), "host");
        no("ipv6 unbracketed", s("https://2001:db8::1"), "host");
        // Port.
        no("port 0", s("https://example.com:0"), "port");
        no("port 000", s("https://example.com:000"), "port");
        no("port 65536", s("https://example.com:65536"), "port");
        no("port huge", s("https://example.com:99999999999999999999"), "port");
        no("port letters", s("https://example.com:abc"), "port");
        no("port plus", s("https://example.com:+80"), "port");
        no("port minus", s("https://example.com:-1"), "port");
        no("port arabic digits", s("https://example.com:٨٠"), "port");
        no("two ports", s("https://example.com:80:80"), "port");
        no("ipv6 bad port", s("https://[::1]:x"), "port");
        // Path, query, fragment.
        no("path", s("https://example.com/app"), "path");
        no("two slashes", s("https://example.com//"), "path");
        no("file path", s("https://example.com/index.html"), "path");
        no("backslash", s("https://example.com\\"), "path");
        no("path after port", s("https://example.com:8443/api/"), "path");
        no("query", s("https://example.com?x=1"), "query");
        no("empty query", s("https://example.com/?"), "query");
        no("fragment", s("https://example.com#top"), "fragment");
        no("empty fragment", s("https://example.com/#"), "fragment");
        // Length.
        no("256 characters", longOrigin(56), "length");
        no("very long input", s("https://") + repeated('a', 100000) + s(".com"), "length");
    }
    void normalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, part);
        const OriginCheck check = OriginNormalizer::normalize(input);
        QVERIFY2(check.isOk() == part.isEmpty(), qPrintable(check.error()));
        QCOMPARE(check.origin(), expected);
        QCOMPARE(OriginCheck::partName(check.part()), part);
        QCOMPARE(check.error().isEmpty(), check.isOk());
        if (check.isOk()) {
            QVERIFY(check.origin().size() <= OriginNormalizer::maxLength);
            // What a browser sends is already normal.
            QCOMPARE(OriginNormalizer::normalize(check.origin()).origin(), check.origin());
        }
    }

    // Each refusal quotes the offending piece, so the user sees what to change.
    void errorNamesTheWrongPiece_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char* input, const char* mentions) {
            QTest::newRow(input) << QString::fromUtf8(input) << QString::fromUtf8(mentions);
        };
        row("ftp://example.com", "\"ftp\"");
        row("https://user:pw@example.com", "\"user:pw@\"");
        row("https://example.com/app/x", "\"/app/x\"");
        row("https://example.com/?a=1#b", "\"?a=1\"");
        row("https://example.com#frag", "\"#frag\"");
        row("https://example.com:70000", "70000");
        row("https://example.com:8o8o", "\"8o8o\"");
        row("https://256.1.1.1", "\"256.1.1.1\"");
        row("http://0x7f.1", "127.0.0.1");
        row("http://192.168.001.010", "192.168.1.8");
        row("https://[::g]", "\"[::g]\"");
        row("https://*.example.com", "credentials");
        row("https://exa mple.com", "position 12");
        row("example.com", "https://");
        row("https://:443", "no host");
        row("https://2001:db8::1", "brackets");
        row("https://www.xn--a.example", "\"xn--a\"");
    }
    void errorNamesTheWrongPiece()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const OriginCheck check = OriginNormalizer::normalize(input);
        QVERIFY(!check.isOk());
        QVERIFY2(check.error().contains(mentions), qPrintable(check.error()));
    }

    void isAllowed_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QStringList>("active");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("hint"); // a piece the hint must contain; empty: no hint
        const QStringList list{QStringLiteral("https://example.com"),
                               QStringLiteral("http://localhost:3000")};
        const auto row = [&](const char* name, const char* header, bool allowed, const char* hint,
                             const QStringList& active) {
            QTest::newRow(name) << QString::fromUtf8(header) << active << allowed
                                << QString::fromUtf8(hint);
        };
        row("exact", "https://example.com", true, "", list);
        row("exact with port", "http://localhost:3000", true, "", list);
        row("upper case", "HTTPS://EXAMPLE.COM", false,
            "browsers send https://example.com, which is allowed", list);
        row("trailing slash", "https://example.com/", false,
            "browsers send https://example.com, which is allowed", list);
        row("default port", "https://example.com:443", false, "which is allowed", list);
        row("surrounding space", " https://example.com", false, "which is allowed", list);
        row("other scheme", "http://example.com", false, "", list);
        row("other port", "http://localhost:3001", false, "", list);
        row("unknown", "https://other.example", false, "", list);
        row("unknown and not normal", "HTTPS://OTHER.EXAMPLE", false,
            "browsers send https://other.example, which is not allowed either", list);
        row("not an origin", "null", false, "not an origin a browser would send", list);
        row("path", "https://example.com/app", false, "path", list);
        row("empty list", "https://example.com", false, "", {});
        // The comparison is exact, whatever is stored.
        row("stored form compared as is", "HTTPS://EXAMPLE.COM", true, "",
            {QStringLiteral("HTTPS://EXAMPLE.COM")});
    }
    void isAllowed()
    {
        QFETCH(QString, header);
        QFETCH(QStringList, active);
        QFETCH(bool, allowed);
        QFETCH(QString, hint);
        const OriginNormalizer::Match match = OriginNormalizer::isAllowed(header, active);
        QCOMPARE(match.allowed, allowed);
        if (hint.isEmpty())
            QVERIFY2(match.hint.isEmpty(), qPrintable(match.hint));
        else
            QVERIFY2(match.hint.contains(hint), qPrintable(match.hint));
    }
};

QTEST_GUILESS_MAIN(tst_OriginNormalizer)
#include "tst_originnormalizer.moc"
