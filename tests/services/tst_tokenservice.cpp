#include "AccountService.h"
#include "Await.h"
#include "ServiceFixture.h"
#include "TestCsv.h"
#include "TestTokens.h"
#include "TokenService.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

} // namespace

class tst_TokenService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void revokeAPastedJwt_data() { TestBackend::addColumns(); }
    void revokeAPastedJwt()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        const QDateTime exp = QDateTime::currentDateTimeUtc().addDays(1);
        RevokeInput in;
        in.text = QStringLiteral("  Bearer ") +
                  TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("jti-001")},
                                   {QStringLiteral("sub"), QStringLiteral("Captain")},
                                   {QStringLiteral("exp"), exp.toSecsSinceEpoch()},
                                   {QStringLiteral("type"), QStringLiteral("refresh")}}) +
                  QStringLiteral("\n");
        in.reason = QStringLiteral("laptop stolen — سرقة");
        auto f = tokens.revoke(m_fx.admin, in, "backend-secret");
        AWAIT_OK(f);
        const RevokeResult r = f.result();
        QVERIFY(!r.alreadyRevoked);
        QCOMPARE(r.signature, TokenInspection::Signature::Valid);
        QCOMPARE(r.token.jti, QStringLiteral("jti-001"));
        QCOMPARE(r.token.type, TokenType::Refresh);
        QCOMPARE(r.token.accountId, m_fx.captain.accountId); // sub matched case-insensitively
        QCOMPARE(r.token.expiresAt.toSecsSinceEpoch(), exp.toSecsSinceEpoch());
        QCOMPARE(r.token.reason, in.reason);
        QCOMPARE(r.token.revokedById, m_fx.admin.accountId);

        // The same jti again: no error, one row, said so.
        auto again = tokens.revoke(m_fx.admin, in, "another-secret");
        AWAIT_OK(again);
        QVERIFY(again.result().alreadyRevoked);
        QCOMPARE(again.result().signature, TokenInspection::Signature::Invalid);
        QCOMPARE(again.result().token.id, r.token.id);
        QCOMPARE(m_fx.rowCount(QStringLiteral("revoked_tokens")), qint64(1));
        QCOMPARE(m_fx.rowCount(QStringLiteral("audit_log")), qint64(1));
    }

    void revokeABareJti_data() { TestBackend::addColumns(); }
    void revokeABareJti()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        RevokeInput in;
        in.text = QStringLiteral("a.jti.with.dots");
        in.explicitJti = true;
        in.type = TokenType::Refresh;
        auto f = tokens.revoke(m_fx.admin, in);
        AWAIT_OK(f);
        QCOMPARE(f.result().token.jti, QStringLiteral("a.jti.with.dots"));
        QCOMPARE(f.result().token.type, TokenType::Refresh);
        QVERIFY(!f.result().token.expiresAt.isValid());
        QCOMPARE(f.result().token.accountId, qint64(0));
    }

    void malformedInputIsRefusedAndStoresNothing_data() { TestBackend::addColumns(); }
    void malformedInputIsRefusedAndStoresNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        const QStringList bad = {
            QStringLiteral("aaa.bbb"),     // two segments
            QStringLiteral("a.b.c.d"),     // four
            QStringLiteral("%%%.***.sig"), // bad base64
            QString::fromLatin1(TestTokens::b64("{}") + '.' + TestTokens::b64("not json") + ".sig"),
            QString::fromLatin1(TestTokens::b64("{}") + '.' + TestTokens::b64("[1,2]") + ".sig"),
            TestTokens::jwt({{QStringLiteral("sub"), QStringLiteral("x")}}), // no jti
            TestTokens::jwt({{QStringLiteral("jti"), QString(65, QLatin1Char('j'))}}),
            TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("ok")},
                             {QStringLiteral("exp"), QStringLiteral("soon")}}),
            TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("ok")},
                             {QStringLiteral("type"), QStringLiteral("id")}}),
            QStringLiteral("white space"),
            QString(20000, QLatin1Char('x')) + QStringLiteral(".a.b"),
            QString(),
        };
        for (const QString& text : bad) {
            RevokeInput in;
            in.text = text;
            auto f = tokens.revoke(m_fx.admin, in);
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY2(e, qPrintable(text.left(60)));
            QCOMPARE(e->kind(), Failure::Kind::Validation);
            QCOMPARE(e->field(), QStringLiteral("token"));
            QVERIFY(!e->message().isEmpty());
        }
        RevokeInput longReason;
        longReason.text = QStringLiteral("fine-jti");
        longReason.reason = QString(257, QLatin1Char('r'));
        auto f = tokens.revoke(m_fx.admin, longReason);
        AWAIT(f);
        QCOMPARE(errorOf(f)->field(), QStringLiteral("reason"));
        QCOMPARE(m_fx.rowCount(QStringLiteral("revoked_tokens")), qint64(0));
        QCOMPARE(m_fx.rowCount(QStringLiteral("audit_log")), qint64(0));
    }

    void sqlMetacharactersAreStoredVerbatim_data() { TestBackend::addColumns(); }
    void sqlMetacharactersAreStoredVerbatim()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        RevokeInput in;
        in.text = QStringLiteral("x');DROP_TABLE_revoked_tokens;--");
        in.reason = QStringLiteral("'; DELETE FROM account; -- 🙂 \\ \" %");
        auto f = tokens.revoke(m_fx.admin, in);
        AWAIT_OK(f);
        QCOMPARE(f.result().token.jti, in.text);
        QCOMPARE(f.result().token.reason, in.reason);
        QCOMPARE(m_fx.rowCount(QStringLiteral("account")), qint64(5));
    }

    void onlySuperAdminsRevoke_data() { TestBackend::addColumns(); }
    void onlySuperAdminsRevoke()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        RevokeInput in;
        in.text = QStringLiteral("some-jti");
        for (const Actor& a : {m_fx.requester, m_fx.taker, m_fx.captain, m_fx.stock}) {
            auto f = tokens.revoke(a, in);
            AWAIT(f);
            QCOMPARE(errorOf(f)->kind(), Failure::Kind::Permission);
            auto p = tokens.purgeExpired(a);
            AWAIT(p);
            QCOMPARE(errorOf(p)->kind(), Failure::Kind::Permission);
            auto csv = tokens.exportCsv(a, {});
            AWAIT(csv);
            QCOMPARE(errorOf(csv)->kind(), Failure::Kind::Permission);
        }
        QCOMPARE(m_fx.rowCount(QStringLiteral("revoked_tokens")), qint64(0));
    }

    void eightThreadsRevokeOverlappingJtis_data() { TestBackend::addColumns(); }
    void eightThreadsRevokeOverlappingJtis()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        // Eight desktops' worth of connections revoking the same 1,000 jtis at once.
        Database pool(m_fx.db().settings(), 8);
        TokenService tokens(pool, m_fx.feed());
        QList<QFuture<RevokeResult>> futures;
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < 1000; ++i) {
                RevokeInput in;
                in.text = QStringLiteral("overlap-%1").arg((i * 7 + round * 500) % 1000);
                futures << tokens.revoke(m_fx.admin, in);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(futures.cbegin(), futures.cend(),
                                             [](const auto& f) { return f.isFinished(); }),
                                 240000);
        int fresh = 0;
        for (const auto& f : futures) {
            const auto e = errorOf(f);
            QVERIFY2(!e, e ? qPrintable(e->message()) : "");
            fresh += f.result().alreadyRevoked ? 0 : 1;
        }
        QCOMPARE(fresh, 1000);
        QCOMPARE(m_fx.rowCount(QStringLiteral("revoked_tokens")), qint64(1000));
        QCOMPARE(m_fx.rowCount(QStringLiteral("audit_log")), qint64(1000));
    }

    void purgeRemovesOnlyExpired_data() { TestBackend::addColumns(); }
    void purgeRemovesOnlyExpired()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<std::pair<QString, QDateTime>> rows = {
            {QStringLiteral("expired-1"), now.addDays(-2)},
            {QStringLiteral("expired-2"), now.addSecs(-TokenService::purgeMarginSeconds - 60)},
            // Expired, but within the margin for the backend's clock: kept.
            {QStringLiteral("just-expired"), now.addSecs(-60)},
            {QStringLiteral("alive"), now.addDays(3)},
            {QStringLiteral("forever"), QDateTime()}};
        for (const auto& [jti, exp] : rows) {
            RevokeInput in;
            in.text = jti;
            in.expiresAt = exp;
            auto f = tokens.revoke(m_fx.admin, in);
            AWAIT_OK(f);
        }
        TokenFilter expired;
        expired.expired = true;
        auto n = tokens.count(m_fx.admin, expired);
        AWAIT_OK(n);
        QCOMPARE(n.result(), qint64(3));
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        auto purged = tokens.purgeExpired(m_fx.admin);
        AWAIT_OK(purged);
        QCOMPARE(purged.result(), 2);
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(1).value<QList<qint64>>().isEmpty()); // reload all
        auto left = tokens.list(m_fx.admin, {}, {});
        AWAIT_OK(left);
        QStringList jtis;
        for (const auto& r : left.result().rows)
            jtis << r.jti;
        jtis.sort();
        QCOMPARE(jtis, (QStringList{QStringLiteral("alive"), QStringLiteral("forever"),
                                    QStringLiteral("just-expired")}));
        auto none = tokens.purgeExpired(m_fx.admin);
        AWAIT_OK(none);
        QCOMPARE(none.result(), 0);
    }

    void checkByJtiAndBySignOutEverywhere_data() { TestBackend::addColumns(); }
    void checkByJtiAndBySignOutEverywhere()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        AccountService accounts(m_fx.db(), m_fx.feed());
        const qint64 before = QDateTime::currentDateTimeUtc().addSecs(-60).toSecsSinceEpoch();
        const QString oldToken = TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("t-old")},
                                                  {QStringLiteral("sub"), QStringLiteral("stock")},
                                                  {QStringLiteral("iat"), before}});
        auto clean = tokens.check(m_fx.admin, oldToken);
        AWAIT_OK(clean);
        QCOMPARE(clean.result().verdict, TokenCheck::Verdict::NotRevoked);

        auto out = accounts.signOutEverywhere(m_fx.admin, m_fx.stock.accountId);
        AWAIT_OK(out);
        auto signedOut = tokens.check(m_fx.admin, oldToken);
        AWAIT_OK(signedOut);
        QCOMPARE(signedOut.result().verdict, TokenCheck::Verdict::SignedOutEverywhere);

        // Issued after the sign-out: valid again.
        const double after = out.result().tokensValidAfter.toMSecsSinceEpoch() / 1000.0 + 1.5;
        const QString newToken = TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("t-new")},
                                                  {QStringLiteral("sub"), QStringLiteral("stock")},
                                                  {QStringLiteral("iat"), after}});
        auto fresh = tokens.check(m_fx.admin, newToken);
        AWAIT_OK(fresh);
        QCOMPARE(fresh.result().verdict, TokenCheck::Verdict::NotRevoked);

        RevokeInput in;
        in.text = newToken;
        auto revoked = tokens.revoke(m_fx.admin, in);
        AWAIT_OK(revoked);
        auto byJti = tokens.check(m_fx.admin, QStringLiteral("t-new"));
        AWAIT_OK(byJti);
        QCOMPARE(byJti.result().verdict, TokenCheck::Verdict::JtiRevoked);
    }

    void backendRowsAreListed_data() { TestBackend::addColumns(); }
    void backendRowsAreListed()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        // The backend inserts five columns at logout.
        auto inserted = m_fx.db().write([](Connection& c) {
            c.exec(QStringLiteral(
                       "INSERT INTO revoked_tokens (jti, token_type, account_id, revoked_at, "
                       "expires_at) VALUES (?, ?, ?, ?, ?)"),
                   {QStringLiteral("from-backend"), QStringLiteral("access"), QVariant(),
                    c.toDb(QDateTime::currentDateTimeUtc()),
                    c.toDb(QDateTime::currentDateTimeUtc().addDays(1))});
        });
        AWAIT_OK(inserted);
        TokenService tokens(m_fx.db(), m_fx.feed());
        auto page = tokens.list(m_fx.admin, {}, {});
        AWAIT_OK(page);
        QCOMPARE(page.result().rows.size(), 1);
        QCOMPARE(page.result().rows.first().revokedById, qint64(0));
        QVERIFY(page.result().rows.first().revokedByName.isEmpty());
    }

    void exportWritesEveryTokenTheFilterSelects_data() { TestBackend::addColumns(); }
    void exportWritesEveryTokenTheFilterSelects()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        // More than a page of the export: the backend's rows, refresh tokens with access ones
        // between them.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(m_fx.write([&now](Connection& c) {
            for (int i = 0; i < 2100; ++i)
                c.exec(QStringLiteral("INSERT INTO revoked_tokens (jti, token_type, account_id, "
                                      "revoked_at, expires_at) VALUES (?, ?, NULL, ?, ?)"),
                       {QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0')),
                        i % 3 == 0 ? QStringLiteral("access") : QStringLiteral("refresh"),
                        c.toDb(now.addSecs(-i)), c.toDb(now.addDays(1))});
        }));
        TokenService tokens(m_fx.db(), m_fx.feed());
        RevokeInput in;
        in.text = QStringLiteral("zz-by-hand");
        in.explicitJti = true;
        in.type = TokenType::Refresh;
        in.reason = QStringLiteral("=SUM(A1), \"lost\" — ضاع");
        auto revoked = tokens.revoke(m_fx.admin, in);
        AWAIT_OK(revoked);

        TokenFilter refresh;
        refresh.type = TokenType::Refresh;
        PageRequest byJti;
        byJti.sortKey = QStringLiteral("jti");
        auto csv = tokens.exportCsv(m_fx.admin, refresh, byJti);
        AWAIT_OK(csv);
        const QList<QStringList> rows = TestCsv::records(csv.result());
        QCOMPARE(rows.size(), 1 + 1400 + 1);
        QCOMPARE(rows.at(0).join(QLatin1Char(',')),
                 QStringLiteral("JTI,Type,Account,Revoked at (UTC),Expires at (UTC),Reason,"
                                "Revoked by"));
        int i = 1;
        for (int row = 1; row <= 1400; ++row, ++i) {
            if (i % 3 == 0)
                ++i;
            const QStringList& r = rows.at(row);
            QCOMPARE(r.at(0), QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0')));
            QCOMPARE(r.at(1), QStringLiteral("refresh"));
            QCOMPARE(r.at(2), QString());
            QCOMPARE(QDateTime::fromString(r.at(3), Qt::ISODateWithMs).toSecsSinceEpoch(),
                     now.addSecs(-i).toSecsSinceEpoch());
            QVERIFY(r.at(4).endsWith(QLatin1Char('Z')));
            QCOMPARE(r.at(6), QString()); // the backend's own
        }
        const QStringList& byHand = rows.last();
        QCOMPARE(byHand.at(0), QStringLiteral("zz-by-hand"));
        QCOMPARE(byHand.at(4), QString()); // never expires
        QCOMPARE(byHand.at(5), in.reason);
        QCOMPARE(byHand.at(6), QStringLiteral("admin"));
        // Spreadsheets read the reason as text, not as a formula.
        QVERIFY(csv.result().contains("\"'=SUM(A1), \"\"lost\"\""));

        auto two = tokens.exportCsv(m_fx.admin, refresh, byJti, 2);
        AWAIT_OK(two);
        QCOMPARE(TestCsv::records(two.result()).size(), 3);
    }

    // A JWT's sub names an account under ASCII case folding only, on both dialects: ZOË is not
    // the account zoë, ZOë is.
    void subMatchesUnderAsciiFoldingOnly_data() { TestBackend::addColumns(); }
    void subMatchesUnderAsciiFoldingOnly()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        TokenService tokens(m_fx.db(), m_fx.feed());
        AccountInput account;
        account.username = QStringLiteral("zoë");
        account.role = Role::Requester;
        account.password = QStringLiteral("a-good-password");
        auto created = accounts.create(m_fx.admin, account);
        AWAIT_OK(created);
        const qint64 zoe = created.result().id;

        const qint64 before = QDateTime::currentDateTimeUtc().addSecs(-60).toSecsSinceEpoch();
        auto out = accounts.signOutEverywhere(m_fx.admin, zoe);
        AWAIT_OK(out);
        for (const auto& [sub, matches] :
             {std::pair{QStringLiteral("ZOË"), false}, std::pair{QStringLiteral("ZOë"), true}}) {
            const QString token =
                TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("jti-") + sub},
                                 {QStringLiteral("sub"), sub},
                                 {QStringLiteral("iat"), before}});
            auto checked = tokens.check(m_fx.admin, token);
            AWAIT_OK(checked);
            QCOMPARE(checked.result().verdict, matches ? TokenCheck::Verdict::SignedOutEverywhere
                                                       : TokenCheck::Verdict::NotRevoked);
            RevokeInput in;
            in.text = token;
            auto revoked = tokens.revoke(m_fx.admin, in);
            AWAIT_OK(revoked);
            QCOMPARE(revoked.result().token.accountId, matches ? zoe : qint64(0));
        }
    }

    // Search finds the text literally (% and _ are characters) and folds ASCII letters on both
    // dialects.
    void searchIsLiteralAndFoldsCase_data() { TestBackend::addColumns(); }
    void searchIsLiteralAndFoldsCase()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        for (const char* jti : {"a_b", "aXb", "c%d", "c1d", "Mixed-Case", "e\\f"}) {
            RevokeInput in;
            in.text = QLatin1String(jti);
            in.explicitJti = true;
            auto f = tokens.revoke(m_fx.admin, in);
            AWAIT_OK(f);
        }
        const auto found = [&](const QString& search) {
            TokenFilter filter;
            filter.search = search;
            PageRequest request;
            request.sortKey = QStringLiteral("jti");
            auto page = tokens.list(m_fx.admin, filter, request);
            QStringList jtis;
            if (!QTest::qWaitFor([&] { return page.isFinished(); }, 60000) || errorOf(page))
                return QStringList{QStringLiteral("failed")};
            for (const RevokedTokenRecord& r : page.result().rows)
                jtis << r.jti;
            return jtis;
        };
        QCOMPARE(found(QStringLiteral("_")), QStringList{QStringLiteral("a_b")});
        QCOMPARE(found(QStringLiteral("%")), QStringList{QStringLiteral("c%d")});
        QCOMPARE(found(QStringLiteral("mixed-CASE")), QStringList{QStringLiteral("Mixed-Case")});
        QCOMPARE(found(QStringLiteral("A_B")), QStringList{QStringLiteral("a_b")});
        QCOMPARE(found(QStringLiteral("\\")), QStringList{QStringLiteral("e\\f")});
    }
};

QTEST_GUILESS_MAIN(tst_TokenService)
#include "tst_tokenservice.moc"
