#include "JwtInspector.h"
#include "TestTokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {

const QByteArray secret = "s3cret";

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// header.payload.signature from raw JSON texts and signature bytes.
QString raw(const QByteArray& header, const QByteArray& payload, const QByteArray& signature)
{
    return QString::fromLatin1(TestTokens::b64(header) + '.' + TestTokens::b64(payload) + '.' +
                               TestTokens::b64(signature));
}

// A token signed with HMAC-SHA256 under key, whatever its header says.
QString signedToken(const QJsonObject& header, const QJsonObject& payload,
                    const QByteArray& key = secret)
{
    return TestTokens::jwt(payload, key, header);
}

QJsonObject payload()
{
    return {{QStringLiteral("jti"), QStringLiteral("abc123")},
            {QStringLiteral("sub"), QStringLiteral("alice")},
            {QStringLiteral("iat"), 1699990000},
            {QStringLiteral("exp"), 1700000000},
            {QStringLiteral("type"), QStringLiteral("access")}};
}

QJsonObject payloadWith(const char* claim, const QJsonValue& value)
{
    QJsonObject p = payload();
    if (value.isUndefined())
        p.remove(QLatin1String(claim));
    else
        p.insert(QLatin1String(claim), value);
    return p;
}

QString tokenWith(const char* claim, const QJsonValue& value)
{
    return signedToken(TestTokens::hs256Header(), payloadWith(claim, value));
}

// The same token with every segment re-encoded with its "=" padding.
QString padded(const QString& token)
{
    QStringList segments = token.split(u'.');
    for (QString& segment : segments)
        segment = QString::fromLatin1(
            QByteArray::fromBase64(segment.toLatin1(), QByteArray::Base64UrlEncoding)
                .toBase64(QByteArray::Base64UrlEncoding));
    return segments.join(u'.');
}

QString repeated(const QString& text, int n)
{
    return text.repeated(n);
}

} // namespace

class tst_JwtInspector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void inspect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("jti");  // empty: refused
        QTest::addColumn<QString>("type"); // tokenTypeName
        QTest::addColumn<QString>("sub");
        QTest::addColumn<bool>("isJwt");
        QTest::addColumn<QString>("error"); // a piece the refusal must contain
        const auto ok = [](const char* name, const QString& text, const QString& jti,
                           const char* type, const char* sub, bool isJwt) {
            QTest::newRow(name) << text << jti << QString::fromLatin1(type)
                                << QString::fromUtf8(sub) << isJwt << QString();
        };
        const auto no = [](const char* name, const QString& text, const char* error) {
            QTest::newRow(name) << text << QString() << QString() << QString() << false
                                << QString::fromUtf8(error);
        };
        const QString abc = QStringLiteral("abc123");
        const QString token = signedToken(TestTokens::hs256Header(), payload());
        const QString emoji = QString::fromUtf8("😀");
        const QString x64 = repeated(QStringLiteral("x"), 64);
        const QString x65 = repeated(QStringLiteral("x"), 65);

        // Whole tokens.
        ok("hs256", token, abc, "access", "alice", true);
        ok("bearer", QStringLiteral("Bearer ") + token, abc, "access", "alice", true);
        ok("bearer lower case, two spaces", QStringLiteral("bearer  ") + token, abc, "access",
           "alice", true);
        ok("bearer upper case, tab", QStringLiteral("BEARER\t") + token, abc, "access", "alice",
           true);
        ok("surrounding whitespace", QStringLiteral("\n  ") + token + QStringLiteral("  \r\n"), abc,
           "access", "alice", true);
        ok("padded segments", padded(token), abc, "access", "alice", true);
        ok("alg none, empty signature", raw(R"({"alg":"none"})", json(payload()), {}), abc,
           "access", "alice", true);
        ok("rs256", raw(R"({"alg":"RS256","typ":"JWT"})", json(payload()), QByteArray(256, 'S')),
           abc, "access", "alice", true);
        ok("other secret", signedToken(TestTokens::hs256Header(), payload(), "another"), abc,
           "access", "alice", true);
        ok("type refresh", tokenWith("type", QStringLiteral("refresh")), abc, "refresh", "alice",
           true);
        ok("token_type refresh",
           signedToken(TestTokens::hs256Header(),
                       [] {
                           QJsonObject p = payloadWith("type", QJsonValue::Undefined);
                           p.insert(QStringLiteral("token_type"), QStringLiteral("refresh"));
                           return p;
                       }()),
           abc, "refresh", "alice", true);
        ok("type and token_type agree",
           signedToken(TestTokens::hs256Header(),
                       [] {
                           QJsonObject p = payloadWith("type", QStringLiteral("refresh"));
                           p.insert(QStringLiteral("token_type"), QStringLiteral("refresh"));
                           return p;
                       }()),
           abc, "refresh", "alice", true);
        ok("no type means access", tokenWith("type", QJsonValue::Undefined), abc, "access", "alice",
           true);
        ok("numeric sub", tokenWith("sub", 42), abc, "access", "42", true);
        ok("no sub", tokenWith("sub", QJsonValue::Undefined), abc, "access", "", true);
        ok("null sub", tokenWith("sub", QJsonValue::Null), abc, "access", "", true);
        ok("arabic sub", tokenWith("sub", QStringLiteral("مدير")), abc, "access", "مدير", true);
        ok("no exp", tokenWith("exp", QJsonValue::Undefined), abc, "access", "alice", true);
        ok("jti of 64", tokenWith("jti", x64), x64, "access", "alice", true);
        ok("jti of 64 emoji", tokenWith("jti", repeated(emoji, 64)), repeated(emoji, 64), "access",
           "alice", true);
        ok("jti with dots", tokenWith("jti", QStringLiteral("a.b.c")), QStringLiteral("a.b.c"),
           "access", "alice", true);
        // Bare jti.
        ok("bare jti", QStringLiteral("abc-123"), QStringLiteral("abc-123"), "access", "", false);
        ok("bare uuid", QStringLiteral(" 3f2c1a9e-7b1d-4c55-9f00-0d6c1e2b7a10\n"),
           QStringLiteral("3f2c1a9e-7b1d-4c55-9f00-0d6c1e2b7a10"), "access", "", false);
        ok("bearer bare jti", QStringLiteral("Bearer abc"), QStringLiteral("abc"), "access", "",
           false);
        ok("bearer glued to jti", QStringLiteral("bearerabc"), QStringLiteral("bearerabc"),
           "access", "", false);
        ok("bare jti of 64", x64, x64, "access", "", false);

        // Refused: the text as a whole.
        no("empty", {}, "Nothing to inspect");
        no("blank", QStringLiteral(" \t\n"), "Nothing to inspect");
        no("only bearer", QStringLiteral("Bearer"), "no token after \"Bearer\"");
        no("bearer and spaces", QStringLiteral("Bearer   "), "no token after \"Bearer\"");
        no("huge token", repeated(QStringLiteral("abcd."), 4000), "16 KiB");
        no("huge bare jti", repeated(QStringLiteral("x"), 20000), "16 KiB");
        // Segments.
        no("two segments", QStringLiteral("aaaa.bbbb"), "this text has 2");
        no("four segments", token + QStringLiteral(".xyz"), "this text has 4");
        no("jti with a dot pasted", QStringLiteral("abc.def"), "enter it as a jti");
        no("empty header", QStringLiteral(".") + token.section(u'.', 1), "header segment is empty");
        no("empty payload", token.section(u'.', 0, 0) + QStringLiteral("..sig"),
           "payload segment is empty");
        no("standard base64 plus", QStringLiteral("ab+d.") + token.section(u'.', 1),
           "header is not base64url: unexpected \"+\" at position 3");
        no("bad payload character",
           token.section(u'.', 0, 0) + QStringLiteral(".p@yload.") + token.section(u'.', 2),
           "payload is not base64url: unexpected \"@\"");
        no("space inside",
           token.section(u'.', 0, 1) + QStringLiteral(" x.") + token.section(u'.', 2),
           "payload is not base64url: unexpected U+0020");
        no("impossible length", QStringLiteral("abcde.") + token.section(u'.', 1),
           "header is not valid base64url");
        no("too much padding",
           token.section(u'.', 0, 0) + QStringLiteral("===.") + token.section(u'.', 1),
           "header is not valid base64url");
        no("bad signature", token.section(u'.', 0, 1) + QStringLiteral(".%%"),
           "signature is not base64url");
        no("header not json", raw("hello", json(payload()), "sig"), "header is not JSON");
        no("payload not json", raw(json(TestTokens::hs256Header()), "{jti: abc}", "sig"),
           "payload is not JSON");
        no("payload array", raw(json(TestTokens::hs256Header()), R"(["jti","abc"])", "sig"),
           "payload is a JSON array");
        no("header array", raw("[]", json(payload()), "sig"), "header is a JSON array");
        // jti.
        no("jti missing", tokenWith("jti", QJsonValue::Undefined), "no jti claim");
        no("jti empty", tokenWith("jti", QString()), "jti is empty");
        no("jti of 65", tokenWith("jti", x65), "65 characters long");
        no("jti of 65 emoji", tokenWith("jti", repeated(emoji, 65)), "65 characters long");
        no("jti with space", tokenWith("jti", QStringLiteral("abc 123")),
           "whitespace at position 4");
        no("jti with tab", tokenWith("jti", QStringLiteral("abc\t")), "whitespace");
        no("jti with nbsp", tokenWith("jti", QStringLiteral("abc\u00a0def")), "whitespace");
        no("jti with control", tokenWith("jti", QStringLiteral("ab\u0007")),
           "control character (U+0007) at position 3");
        no("jti with delete", tokenWith("jti", QStringLiteral("ab\u007f")), "control character");
        no("jti a number", tokenWith("jti", 12), "JSON string, not a number");
        no("jti null", tokenWith("jti", QJsonValue::Null), "JSON string, not null");
        no("jti lone surrogate",
           raw(json(TestTokens::hs256Header()), R"({"jti":"a\ud800"})", "sig"),
           "not valid Unicode");
        // Dates.
        no("exp a string", tokenWith("exp", QStringLiteral("1700000000")),
           "exp claim must be a number of seconds, not a string");
        no("iat a string", tokenWith("iat", QStringLiteral("now")),
           "iat claim must be a number of seconds, not a string");
        no("exp null", tokenWith("exp", QJsonValue::Null), "exp claim must be a number");
        no("exp boolean", tokenWith("exp", true), "not a boolean");
        no("exp negative", tokenWith("exp", -1), "exp claim (-1) is out of range");
        no("exp after 9999", tokenWith("exp", 253402300800.0), "out of range");
        // Type.
        no("type id", tokenWith("type", QStringLiteral("id")), "type claim is \"id\"");
        no("type capitalised", tokenWith("type", QStringLiteral("Access")), "\"Access\"");
        no("token_type id",
           signedToken(TestTokens::hs256Header(),
                       [] {
                           QJsonObject p = payloadWith("type", QJsonValue::Undefined);
                           p.insert(QStringLiteral("token_type"), QStringLiteral("id"));
                           return p;
                       }()),
           "token_type claim is \"id\"");
        no("type a number", tokenWith("type", 1), "type claim must be a string");
        no("types disagree",
           signedToken(TestTokens::hs256Header(),
                       [] {
                           QJsonObject p = payload();
                           p.insert(QStringLiteral("token_type"), QStringLiteral("refresh"));
                           return p;
                       }()),
           "disagree");
        // Subject.
        no("sub an object", tokenWith("sub", QJsonObject()), "sub claim must be a string");
        no("sub fractional", tokenWith("sub", 1.5), "sub claim must be a string");
        // Bare jti.
        no("bare jti with space", QStringLiteral("abc def"), "whitespace at position 4");
        no("bare jti of 65", x65, "65 characters long");
        no("bare jti with control", QStringLiteral("abc\u0001"), "control character");
    }
    void inspect()
    {
        QFETCH(QString, text);
        QFETCH(QString, jti);
        QFETCH(QString, type);
        QFETCH(QString, sub);
        QFETCH(bool, isJwt);
        QFETCH(QString, error);
        const TokenInspection result = JwtInspector::inspect(text);
        if (jti.isEmpty()) {
            QVERIFY(!result.isOk());
            QVERIFY2(result.error().contains(error), qPrintable(result.error()));
            QVERIFY(result.jti().isEmpty());
            QCOMPARE(result.verifyHs256(secret), TokenInspection::Signature::NotChecked);
            return;
        }
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.jti(), jti);
        QCOMPARE(tokenTypeName(result.tokenType()), type);
        QCOMPARE(result.subject(), sub);
        QCOMPARE(result.isJwt(), isJwt);
        if (!isJwt) {
            QVERIFY(!result.expiresAtMicros());
            QVERIFY(result.algorithm().isEmpty());
            QCOMPARE(result.verifyHs256(secret), TokenInspection::Signature::NotChecked);
        }
    }

    void paddedTokenReallyHasPadding()
    {
        // Guards the "padded segments" rows: the payload and signature need "=" padding.
        const QStringList segments =
            padded(signedToken(TestTokens::hs256Header(), payload())).split(u'.');
        QVERIFY(segments[1].endsWith(u'='));
        QVERIFY(segments[2].endsWith(u'='));
    }

    void dates_data()
    {
        QTest::addColumn<QJsonValue>("exp");
        QTest::addColumn<QJsonValue>("iat");
        QTest::addColumn<qint64>("expMicros"); // -1: absent
        QTest::addColumn<qint64>("iatMicros");
        QTest::addColumn<QDateTime>("expiresAt");
        QTest::addColumn<QDateTime>("issuedAt");
        const auto utc = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        };
        QTest::newRow("integers") << QJsonValue(1700000000) << QJsonValue(1699990000)
                                  << qint64(1700000000000000) << qint64(1699990000000000)
                                  << QDateTime(QDate(2023, 11, 14), QTime(22, 13, 20),
                                               QTimeZone::utc())
                                  << utc(1699990000000);
        QTest::newRow("microseconds: expiry rounds up, issue down")
            << QJsonValue(1700000000.123456) << QJsonValue(1699990000.999999)
            << qint64(1700000000123456) << qint64(1699990000999999) << utc(1700000000124)
            << utc(1699990000999);
        QTest::newRow("whole milliseconds stay")
            << QJsonValue(1700000000.5) << QJsonValue(0.25) << qint64(1700000000500000)
            << qint64(250000) << utc(1700000000500) << utc(250);
        QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined)
                                << QJsonValue(QJsonValue::Undefined) << qint64(-1) << qint64(-1)
                                << QDateTime() << QDateTime();
        QTest::newRow("limits") << QJsonValue(253402300799.0) << QJsonValue(0)
                                << qint64(253402300799000000) << qint64(0)
                                << QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59),
                                             QTimeZone::utc())
                                << utc(0);
    }
    void dates()
    {
        QFETCH(QJsonValue, exp);
        QFETCH(QJsonValue, iat);
        QFETCH(qint64, expMicros);
        QFETCH(qint64, iatMicros);
        QFETCH(QDateTime, expiresAt);
        QFETCH(QDateTime, issuedAt);
        QJsonObject p = payloadWith("exp", exp);
        p = [&] {
            QJsonObject q = p;
            if (iat.isUndefined())
                q.remove(QStringLiteral("iat"));
            else
                q.insert(QStringLiteral("iat"), iat);
            return q;
        }();
        const TokenInspection result =
            JwtInspector::inspect(signedToken(TestTokens::hs256Header(), p));
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.expiresAtMicros().value_or(-1), expMicros);
        QCOMPARE(result.issuedAtMicros().value_or(-1), iatMicros);
        QCOMPARE(result.expiresAt(), expiresAt);
        QCOMPARE(result.issuedAt(), issuedAt);
        if (expiresAt.isValid())
            QCOMPARE(result.expiresAt().timeZone(), QTimeZone::utc());
    }

    void signature_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("alg");
        QTest::addColumn<TokenInspection::Signature>("expected");
        using S = TokenInspection::Signature;
        const QString token = signedToken(TestTokens::hs256Header(), payload());
        const QString hs = QStringLiteral("HS256");
        QTest::newRow("valid") << token << secret << hs << S::Valid;
        QTest::newRow("valid, bearer and padding")
            << QStringLiteral("Bearer ") + padded(token) << secret << hs << S::Valid;
        QTest::newRow("wrong secret") << token << QByteArray("s3creT") << hs << S::Invalid;
        QTest::newRow("signed with another secret")
            << signedToken(TestTokens::hs256Header(), payload(), "other") << secret << hs
            << S::Invalid;
        QTest::newRow("no secret") << token << QByteArray() << hs << S::NotChecked;
        QTest::newRow("tampered payload")
            << token.section(u'.', 0, 0) + u'.' +
                   QString::fromLatin1(
                       TestTokens::b64(json(payloadWith("sub", QStringLiteral("root"))))) +
                   u'.' + token.section(u'.', 2)
            << secret << hs << S::Invalid;
        QTest::newRow("truncated signature") << token.chopped(4) << secret << hs << S::Invalid;
        QTest::newRow("empty signature")
            << token.section(u'.', 0, 1) + u'.' << secret << hs << S::Invalid;
        QTest::newRow("alg none") << raw(R"({"alg":"none"})", json(payload()), {}) << secret
                                  << QStringLiteral("none") << S::NotChecked;
        // Even when an HMAC under the secret is attached: only HS256 is checked.
        QTest::newRow("rs256") << signedToken({{QStringLiteral("alg"), QStringLiteral("RS256")}},
                                              payload())
                               << secret << QStringLiteral("RS256") << S::NotChecked;
        QTest::newRow("alg in lower case")
            << signedToken({{QStringLiteral("alg"), QStringLiteral("hs256")}}, payload()) << secret
            << QStringLiteral("hs256") << S::NotChecked;
        QTest::newRow("no alg") << signedToken({{QStringLiteral("typ"), QStringLiteral("JWT")}},
                                               payload())
                                << secret << QString() << S::NotChecked;
        QTest::newRow("bare jti") << QStringLiteral("abc123") << secret << QString()
                                  << S::NotChecked;
    }
    void signature()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, key);
        QFETCH(QString, alg);
        QFETCH(TokenInspection::Signature, expected);
        const TokenInspection result = JwtInspector::inspect(text);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.algorithm(), alg);
        QCOMPARE(result.verifyHs256(key), expected);
    }

    void inspectJti_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("jti"); // empty: refused
        QTest::addColumn<QString>("error");
        const QString token = signedToken(TestTokens::hs256Header(), payload());
        QTest::newRow("dots") << QStringLiteral("a.b.c") << QStringLiteral("a.b.c") << QString();
        QTest::newRow("trimmed") << QStringLiteral("  id.with.dots\n")
                                 << QStringLiteral("id.with.dots") << QString();
        QTest::newRow("plain") << QStringLiteral("abc123") << QStringLiteral("abc123") << QString();
        QTest::newRow("64") << QString(64, u'.') << QString(64, u'.') << QString();
        QTest::newRow("65") << QString(65, u'.') << QString() << QStringLiteral("65 characters");
        QTest::newRow("a whole token is too long")
            << token << QString() << QStringLiteral("at most 64");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("jti is empty");
        QTest::newRow("inner space")
            << QStringLiteral("a .b") << QString() << QStringLiteral("whitespace at position 2");
        QTest::newRow("bearer is not removed")
            << QStringLiteral("Bearer abc") << QString() << QStringLiteral("whitespace");
        QTest::newRow("control") << QStringLiteral("a.\u001b") << QString()
                                 << QStringLiteral("control character");
    }
    void inspectJti()
    {
        QFETCH(QString, text);
        QFETCH(QString, jti);
        QFETCH(QString, error);
        const TokenInspection result = JwtInspector::inspectJti(text);
        QCOMPARE(result.jti(), jti);
        QCOMPARE(result.isOk(), !jti.isEmpty());
        QVERIFY2(result.error().contains(error), qPrintable(result.error()));
        QVERIFY(!result.isJwt());
        QCOMPARE(result.tokenType(), TokenType::Access);
        QCOMPARE(result.verifyHs256(secret), TokenInspection::Signature::NotChecked);
    }

    void tokenTypeNames()
    {
        for (const TokenType type : {TokenType::Access, TokenType::Refresh})
            QCOMPARE(tokenTypeFromName(tokenTypeName(type)), type);
        QCOMPARE(tokenTypeName(TokenType::Refresh), QStringLiteral("refresh"));
        QVERIFY(!tokenTypeFromName(u"Refresh"));
        QVERIFY(!tokenTypeFromName(u""));
    }
};

QTEST_GUILESS_MAIN(tst_JwtInspector)
#include "tst_jwtinspector.moc"
