#include "CliRunner.h"
#include "TestTokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

QJsonDocument parsed(const QString& out)
{
    QJsonParseError error;
    QJsonDocument json = QJsonDocument::fromJson(out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(QStringLiteral("not JSON: ") + out), __FILE__, __LINE__);
    return json;
}

// The value of a "key  value" line of a command's text output.
QString field(const QString& out, const QString& key)
{
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char(' ')))
            return line.mid(key.size()).trimmed();
    }
    return {};
}

const QByteArray secret = TestTokens::backendSecret();

} // namespace

class tst_CliTokens : public QObject {
    Q_OBJECT

private:
    CliRunner m_cli;

    QStringList tokens(const QStringList& arguments) const
    {
        return QStringList{QStringLiteral("tokens")} + arguments;
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void revokeAPastedJwtTwice_data() { TestBackend::addColumns(); }
    void revokeAPastedJwtTwice()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 3600;
        const QString token = TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("cli-jwt-1")},
                                               {QStringLiteral("sub"), QStringLiteral("REQUESTER")},
                                               {QStringLiteral("type"), QStringLiteral("refresh")},
                                               {QStringLiteral("exp"), expires}},
                                              secret);

        // The secret comes through the variable --secret-env names, never the command line.
        const QString admin = QStringLiteral("admin");
        const QString password = CliRunner::demoPassword(admin);
        QProcessEnvironment env;
        env.insert(QStringLiteral("BACKEND_SECRET"), QString::fromLatin1(secret));
        const CliRunner::Result revoked =
            m_cli.as(admin, password,
                     tokens({QStringLiteral("revoke"), token, QStringLiteral("--reason"),
                             QStringLiteral("laptop stolen"), QStringLiteral("--secret-env"),
                             QStringLiteral("BACKEND_SECRET")}),
                     {}, env);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.err));
        QVERIFY2(revoked.err.isEmpty(), qPrintable(revoked.err));
        QCOMPARE(field(revoked.out, QStringLiteral("jti")), QStringLiteral("cli-jwt-1"));
        QCOMPARE(field(revoked.out, QStringLiteral("type")), QStringLiteral("refresh"));
        QCOMPARE(field(revoked.out, QStringLiteral("account")), QStringLiteral("requester"));
        QCOMPARE(field(revoked.out, QStringLiteral("expires")),
                 QDateTime::fromSecsSinceEpoch(expires, Qt::UTC)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                     QStringLiteral(" UTC"));
        QCOMPARE(field(revoked.out, QStringLiteral("status")), QStringLiteral("revoked"));
        QCOMPARE(field(revoked.out, QStringLiteral("signature")), QStringLiteral("valid"));
        QVERIFY(!revoked.out.contains(QString::fromLatin1(secret)));

        // Again, pasted on standard input after the password line, with "Bearer " in front.
        const CliRunner::Result again =
            m_cli.withInput(tokens({QStringLiteral("revoke"), QStringLiteral("-"),
                                    QStringLiteral("--user"), QStringLiteral("admin")}),
                            CliRunner::demoPassword(QStringLiteral("admin")).toUtf8() +
                                "\nBearer " + token.toLatin1() + '\n');
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(field(again.out, QStringLiteral("status"))
                     .startsWith(QStringLiteral("already revoked")),
                 qPrintable(again.out));
        // No secret: the signature is not mentioned.
        QVERIFY(field(again.out, QStringLiteral("signature")).isEmpty());
        QVERIFY(!again.out.contains(CliRunner::demoPassword(QStringLiteral("admin"))));

        QCOMPARE(m_cli.count(QStringLiteral("revoked_tokens")), 1);
        QCOMPARE(m_cli
                     .scalar(QStringLiteral("SELECT a.username FROM revoked_tokens t JOIN "
                                            "account a ON a.id = t.account_id"))
                     .toString(),
                 QStringLiteral("requester"));
        QCOMPARE(m_cli.scalar(QStringLiteral("SELECT reason FROM revoked_tokens")).toString(),
                 QStringLiteral("laptop stolen"));
        QCOMPARE(m_cli.count(QStringLiteral("audit_log"), QStringLiteral("action = ?"),
                             {QStringLiteral("token.revoke")}),
                 1);

        // Signed with another secret: revoked all the same, the check says so.
        env.insert(QStringLiteral("BACKEND_SECRET"), QStringLiteral("another-secret"));
        const CliRunner::Result otherSecret = m_cli.as(
            admin, password,
            tokens({QStringLiteral("revoke"),
                    TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("cli-jwt-2")}}, secret),
                    QStringLiteral("--secret-env"), QStringLiteral("BACKEND_SECRET")}),
            {}, env);
        QVERIFY2(otherSecret.exitCode == 0, qPrintable(otherSecret.err));
        QCOMPARE(field(otherSecret.out, QStringLiteral("signature")), QStringLiteral("invalid"));
        QCOMPARE(field(otherSecret.out, QStringLiteral("type")), QStringLiteral("access"));
        QCOMPARE(field(otherSecret.out, QStringLiteral("expires")), QStringLiteral("never"));

        // check: exit 3 for a revoked token, 0 for another.
        const CliRunner::Result check = m_cli.asAdmin(tokens({QStringLiteral("check"), token}));
        QCOMPARE(check.exitCode, 3);
        QVERIFY(check.err.isEmpty());
        QVERIFY2(check.out.startsWith(QStringLiteral("revoked: ")), qPrintable(check.out));
        const QString live =
            TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("cli-live")}}, secret);
        const CliRunner::Result notRevoked =
            m_cli.asAdmin(tokens({QStringLiteral("check"), live, QStringLiteral("--json")}));
        QCOMPARE(notRevoked.exitCode, 0);
        const QJsonObject verdict = parsed(notRevoked.out).object();
        QCOMPARE(verdict.value(QStringLiteral("jti")).toString(), QStringLiteral("cli-live"));
        QCOMPARE(verdict.value(QStringLiteral("revoked")).toBool(true), false);
    }

    void revokeByJtiTwice_data() { TestBackend::addColumns(); }
    void revokeByJtiTwice()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        // A jti with dots, which pasted text would take for a JWT.
        const QStringList arguments = tokens(
            {QStringLiteral("revoke"), QStringLiteral("--jti"), QStringLiteral("a.b.c"),
             QStringLiteral("--type"), QStringLiteral("refresh"), QStringLiteral("--expires"),
             QStringLiteral("2031-05-01T12:00:00+02:00"), QStringLiteral("--json")});
        const CliRunner::Result first = m_cli.asAdmin(arguments);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QJsonObject json = parsed(first.out).object();
        QCOMPARE(json.value(QStringLiteral("jti")).toString(), QStringLiteral("a.b.c"));
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("refresh"));
        QCOMPARE(json.value(QStringLiteral("expires_at")).toString(),
                 QStringLiteral("2031-05-01T10:00:00.000Z"));
        QCOMPARE(json.value(QStringLiteral("already_revoked")).toBool(true), false);
        QVERIFY(json.value(QStringLiteral("account")).isNull());
        QCOMPARE(json.value(QStringLiteral("revoked_by")).toString(), QStringLiteral("admin"));

        const CliRunner::Result second = m_cli.asAdmin(arguments);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(parsed(second.out).object().value(QStringLiteral("already_revoked")).toBool(),
                 true);
        QCOMPARE(m_cli.count(QStringLiteral("revoked_tokens"), QStringLiteral("jti = ?"),
                             {QStringLiteral("a.b.c")}),
                 1);
        QCOMPARE(m_cli.count(QStringLiteral("audit_log"), QStringLiteral("action = ?"),
                             {QStringLiteral("token.revoke")}),
                 1);

        // A bare jti given as TOKEN; "-" would read it from standard input.
        const CliRunner::Result bare =
            m_cli.asAdmin(tokens({QStringLiteral("revoke"), QStringLiteral("-")}), "bare-jti-7\n");
        QVERIFY2(bare.exitCode == 0, qPrintable(bare.err));
        QCOMPARE(field(bare.out, QStringLiteral("jti")), QStringLiteral("bare-jti-7"));
        QCOMPARE(field(bare.out, QStringLiteral("type")), QStringLiteral("access"));

        // Malformed pasted text is refused with the reason and stores nothing.
        const CliRunner::Result malformed =
            m_cli.asAdmin(tokens({QStringLiteral("revoke"), QStringLiteral("a.b")}));
        QCOMPARE(malformed.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(malformed.err), qPrintable(malformed.err));
        QVERIFY2(malformed.err.contains(QStringLiteral("three segments")),
                 qPrintable(malformed.err));
        QCOMPARE(m_cli.count(QStringLiteral("revoked_tokens")), 2);
    }

    void listPagesAndPurges_data() { TestBackend::addColumns(); }
    void listPagesAndPurges()
    {
        QFETCH(QString, backend);
        // More rows than one page of the keyset API (500).
        QVERIFY(m_cli.prepareDemo(backend, {QStringLiteral("--tokens"), QStringLiteral("620")}));
        const qint64 total = m_cli.count(QStringLiteral("revoked_tokens"));
        QCOMPARE(total, 620);

        const CliRunner::Result all =
            m_cli.asAdmin(tokens({QStringLiteral("list"), QStringLiteral("--json")}));
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        const QJsonArray rows = parsed(all.out).array();
        QCOMPARE(rows.size(), total);
        QSet<QString> jtis;
        for (const auto& row : rows)
            jtis.insert(row.toObject().value(QStringLiteral("jti")).toString());
        QCOMPARE(jtis.size(), total);
        // Newest first.
        QVERIFY(rows.first().toObject().value(QStringLiteral("revoked_at")).toString() >=
                rows.last().toObject().value(QStringLiteral("revoked_at")).toString());

        const CliRunner::Result limited = m_cli.asAdmin(
            tokens({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("550")}));
        QVERIFY2(limited.exitCode == 0, qPrintable(limited.err));
        const QStringList lines = limited.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 551);
        QVERIFY2(lines.first().startsWith(QStringLiteral("JTI ")), qPrintable(lines.first()));
        QVERIFY(lines.first().contains(QStringLiteral("EXPIRES AT")));

        const qint64 requesterTokens =
            m_cli.count(QStringLiteral("revoked_tokens t JOIN account a ON a.id = t.account_id"),
                        QStringLiteral("a.username = ? AND t.token_type = ?"),
                        {QStringLiteral("requester"), QStringLiteral("access")});
        QVERIFY(requesterTokens > 0);
        const CliRunner::Result filtered = m_cli.asAdmin(tokens(
            {QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("Requester"),
             QStringLiteral("--type"), QStringLiteral("access"), QStringLiteral("--json")}));
        QVERIFY2(filtered.exitCode == 0, qPrintable(filtered.err));
        const QJsonArray mine = parsed(filtered.out).array();
        QCOMPARE(mine.size(), requesterTokens);
        for (const auto& row : mine) {
            QCOMPARE(row.toObject().value(QStringLiteral("account")).toString(),
                     QStringLiteral("requester"));
            QCOMPARE(row.toObject().value(QStringLiteral("token_type")).toString(),
                     QStringLiteral("access"));
        }
        const CliRunner::Result nobody = m_cli.asAdmin(tokens(
            {QStringLiteral("list"), QStringLiteral("--account"), QStringLiteral("nobody")}));
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains(QStringLiteral("There is no account 'nobody'")),
                 qPrintable(nobody.err));

        const CliRunner::Result expired = m_cli.asAdmin(tokens(
            {QStringLiteral("list"), QStringLiteral("--expired"), QStringLiteral("--json")}));
        QVERIFY2(expired.exitCode == 0, qPrintable(expired.err));
        const qint64 expiredCount = parsed(expired.out).array().size();
        QVERIFY(expiredCount > 0);
        const CliRunner::Result active = m_cli.asAdmin(
            tokens({QStringLiteral("list"), QStringLiteral("--active"), QStringLiteral("--json")}));
        QVERIFY2(active.exitCode == 0, qPrintable(active.err));
        const qint64 activeCount = parsed(active.out).array().size();
        QVERIFY(activeCount > 0);
        QCOMPARE(expiredCount + activeCount, total);

        const CliRunner::Result purged = m_cli.asAdmin(tokens({QStringLiteral("purge")}));
        QVERIFY2(purged.exitCode == 0, qPrintable(purged.err));
        QCOMPARE(purged.out, QStringLiteral("Purged %1 expired token(s).\n").arg(expiredCount));
        QCOMPARE(m_cli.count(QStringLiteral("revoked_tokens")), activeCount);
        const CliRunner::Result none =
            m_cli.asAdmin(tokens({QStringLiteral("purge"), QStringLiteral("--json")}));
        QCOMPARE(parsed(none.out).object().value(QStringLiteral("purged")).toInt(-1), 0);
    }

    void signInAndPermissions_data() { TestBackend::addColumns(); }
    void signInAndPermissions()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QStringList revoke = tokens(
            {QStringLiteral("revoke"), QStringLiteral("--jti"), QStringLiteral("cli-refused")});

        const CliRunner::Result wrong =
            m_cli.as(QStringLiteral("admin"), QStringLiteral("not-the-password"), revoke);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(wrong.err), qPrintable(wrong.err));
        QVERIFY2(wrong.err.contains(QStringLiteral("cannot sign in as 'admin': Wrong username or "
                                                   "password")),
                 qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QStringLiteral("not-the-password")));
        QVERIFY(wrong.out.isEmpty());

        // The password as the first line of standard input, wrong too.
        const CliRunner::Result wrongInput =
            m_cli.withInput(revoke + QStringList{QStringLiteral("--user"), QStringLiteral("admin")},
                            "typed-wrong\n");
        QCOMPARE(wrongInput.exitCode, 1);
        QVERIFY2(wrongInput.err.contains(QStringLiteral("Wrong username or password")),
                 qPrintable(wrongInput.err));

        const CliRunner::Result requester =
            m_cli.as(QStringLiteral("requester"),
                     CliRunner::demoPassword(QStringLiteral("requester")), revoke);
        QVERIFY(requester.exitCode != 0);
        QVERIFY2(CliRunner::isOneErrorLine(requester.err), qPrintable(requester.err));
        QVERIFY2(requester.err.contains(QStringLiteral("Your role (Requester) may not do this")),
                 qPrintable(requester.err));
        QCOMPARE(m_cli.count(QStringLiteral("revoked_tokens")), 0);

        // The password from standard input signs in; the data follows it.
        const CliRunner::Result right =
            m_cli.withInput(revoke + QStringList{QStringLiteral("--user"), QStringLiteral("ADMIN")},
                            CliRunner::demoPassword(QStringLiteral("admin")).toUtf8() + '\n');
        QVERIFY2(right.exitCode == 0, qPrintable(right.err));
        QCOMPARE(m_cli.count(QStringLiteral("revoked_tokens")), 1);
    }

    void revokeList_data() { TestBackend::addColumns(); }
    void revokeList()
    {
        QFETCH(QString, backend);
        QVERIFY(m_cli.prepareDemo(backend));
        const QString jwt = TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("list-jwt")},
                                             {QStringLiteral("type"), QStringLiteral("refresh")}});
        // From standard input, one per line: the bad line is named, the others revoked.
        const CliRunner::Result mixed = m_cli.asAdmin(
            {QStringLiteral("tokens"), QStringLiteral("revoke-list"), QStringLiteral("-"),
             QStringLiteral("--reason"), QStringLiteral("audit")},
            (QStringLiteral("list-jti\n") + jwt + QStringLiteral("\nnot a token!\n")).toUtf8());
        QCOMPARE(mixed.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(mixed.err), qPrintable(mixed.err));
        QVERIFY2(mixed.out.startsWith(QStringLiteral("2 done, 1 refused:")), qPrintable(mixed.out));
        QCOMPARE(m_cli
                     .scalar(QStringLiteral("SELECT count(*) FROM revoked_tokens WHERE jti IN (?, "
                                            "?) AND reason = ?"),
                             {QStringLiteral("list-jti"), QStringLiteral("list-jwt"),
                              QStringLiteral("audit")})
                     .toInt(),
                 2);
        const CliRunner::Result args =
            m_cli.asAdmin({QStringLiteral("tokens"), QStringLiteral("revoke-list"),
                           QStringLiteral("second-jti"), QStringLiteral("third-jti")});
        QVERIFY2(args.exitCode == 0, qPrintable(args.err));
        QCOMPARE(args.out, QStringLiteral("2 done.\n"));
    }
};

QTEST_GUILESS_MAIN(tst_CliTokens)
#include "tst_clitokens.moc"
