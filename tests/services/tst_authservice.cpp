#include "AuthService.h"
#include "Await.h"
#include "ServiceFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_AuthService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    std::optional<Failure> signInError(AuthService& auth, const QString& user,
                                       const QString& password)
    {
        auto f = auth.signIn(user, password);
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
            return Failure(Failure::Kind::Internal, QStringLiteral("timed out"));
        return errorOf(f);
    }

    void setFlag(const char* column, qint64 accountId)
    {
        // Whitelisted column names from this test only.
        auto f = m_fx.db().write([column, accountId](Connection& c) {
            c.exec(
                QStringLiteral("UPDATE account SET %1 = ? WHERE id = ?").arg(QLatin1String(column)),
                {column == QByteArrayView("is_active") ? false : true, accountId});
        });
        QTRY_VERIFY_WITH_TIMEOUT(f.isFinished(), 60000);
        QVERIFY(!errorOf(f));
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void signInReturnsTheAccount_data() { TestBackend::addColumns(); }
    void signInReturnsTheAccount()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuthService auth(m_fx.db(), m_fx.feed());
        // Usernames match under ASCII case folding.
        auto f = auth.signIn(QStringLiteral("CAPTAIN"), ServiceFixture::passwordOf(m_fx.captain));
        AWAIT_OK(f);
        QCOMPARE(f.result().accountId, m_fx.captain.accountId);
        QCOMPARE(f.result().username, QStringLiteral("captain"));
        QCOMPARE(f.result().role, Role::Captain);
        QVERIFY(!f.result().superAdmin);
    }

    void wrongCredentialsAreRefusedAlike_data() { TestBackend::addColumns(); }
    void wrongCredentialsAreRefusedAlike()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuthService auth(m_fx.db(), m_fx.feed());
        const auto wrongPassword =
            signInError(auth, QStringLiteral("taker"), QStringLiteral("nope-nope"));
        const auto unknownUser =
            signInError(auth, QStringLiteral("nobody"), QStringLiteral("nope-nope"));
        QVERIFY(wrongPassword && unknownUser);
        QCOMPARE(wrongPassword->kind(), Failure::Kind::Permission);
        QCOMPARE(wrongPassword->message(), unknownUser->message());
    }

    void fiveFailuresLockTheAccount_data() { TestBackend::addColumns(); }
    void fiveFailuresLockTheAccount()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuthService auth(m_fx.db(), m_fx.feed());
        std::optional<Failure> wrong;
        for (int i = 0; i < AuthService::maxFailedLogins; ++i)
            QVERIFY(wrong = signInError(auth, QStringLiteral("taker"),
                                        QStringLiteral("wrong-password")));
        // Now even the right password is refused, and the message does not tell that it was
        // right: locked, wrong password and unknown name read alike.
        const auto locked =
            signInError(auth, QStringLiteral("taker"), ServiceFixture::passwordOf(m_fx.taker));
        const auto unknown =
            signInError(auth, QStringLiteral("nobody"), QStringLiteral("wrong-password"));
        QVERIFY(locked && unknown);
        QCOMPARE(locked->kind(), Failure::Kind::Permission);
        QCOMPARE(locked->message(), wrong->message());
        QCOMPARE(unknown->message(), wrong->message());
        QVERIFY2(locked->message().contains(QStringLiteral("locked")),
                 qPrintable(locked->message()));
        // Other accounts are not affected.
        QVERIFY(
            !signInError(auth, QStringLiteral("stock"), ServiceFixture::passwordOf(m_fx.stock)));
    }

    // Two desktops, ten wrong passwords at once: every one counts (a read-then-write count
    // would lose the ones that read the same value), and the lock is set once, at the limit.
    void parallelFailuresAllCount_data() { TestBackend::addColumns(); }
    void parallelFailuresAllCount()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        Database second(m_fx.db().settings());
        ChangeFeed secondFeed;
        AuthService one(m_fx.db(), m_fx.feed());
        AuthService two(second, secondFeed);
        QList<QFuture<Actor>> attempts;
        for (int i = 0; i < 10; ++i)
            attempts.append((i % 2 ? one : two)
                                .signIn(QStringLiteral("taker"), QStringLiteral("wrong-password")));
        for (const auto& f : attempts) {
            AWAIT(f);
            QVERIFY(errorOf(f));
        }
        const QVariantList taker{m_fx.taker.accountId};
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT failed_logins FROM account WHERE id = ?"), taker)
                .toInt(),
            10);
        QVERIFY(!m_fx.scalar(QStringLiteral("SELECT locked_until FROM account WHERE id = ?"), taker)
                     .isNull());
        // One failure per row of the audit log, the fifth one naming the lock.
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND "
                                            "account_id = ?"),
                             {QStringLiteral("account.sign_in_failed"), m_fx.taker.accountId})
                     .toInt(),
                 10);
        second.drain();
    }

    // A lock that has run out (by the database server's clock) no longer refuses, and the next
    // failure starts the count again instead of locking at once.
    void anExpiredLockStartsTheCountAgain_data() { TestBackend::addColumns(); }
    void anExpiredLockStartsTheCountAgain()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuthService auth(m_fx.db(), m_fx.feed());
        const qint64 taker = m_fx.taker.accountId;
        auto expired = m_fx.db().write([taker](Connection& c) {
            c.exec(QStringLiteral("UPDATE account SET failed_logins = ?, locked_until = %1 WHERE "
                                  "id = ?")
                       .arg(c.serverNowPlus()),
                   {AuthService::maxFailedLogins, -1, taker});
        });
        AWAIT_OK(expired);
        QVERIFY(signInError(auth, QStringLiteral("taker"), QStringLiteral("wrong-password")));
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT failed_logins FROM account WHERE id = ?"), {taker})
                .toInt(),
            1);
        QVERIFY(
            m_fx.scalar(QStringLiteral("SELECT locked_until FROM account WHERE id = ?"), {taker})
                .isNull());
        QVERIFY(
            !signInError(auth, QStringLiteral("taker"), ServiceFixture::passwordOf(m_fx.taker)));
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT failed_logins FROM account WHERE id = ?"), {taker})
                .toInt(),
            0);
    }

    void signInsAreAudited_data() { TestBackend::addColumns(); }
    void signInsAreAudited()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuthService auth(m_fx.db(), m_fx.feed());
        QVERIFY(
            !signInError(auth, QStringLiteral("Taker"), ServiceFixture::passwordOf(m_fx.taker)));
        QVERIFY(signInError(auth, QStringLiteral("taker"), QStringLiteral("secret-guess-1")));
        QVERIFY(signInError(auth, QStringLiteral("ghost"), QStringLiteral("secret-guess-2")));
        const auto row = [this](const QString& action, const QString& username) {
            return m_fx
                .scalar(QStringLiteral("SELECT coalesce(account_id, 0) || ' ' || details FROM "
                                       "audit_log WHERE action = ? AND details LIKE ?"),
                        {action, QStringLiteral("%\"%1\"%").arg(username)})
                .toString();
        };
        const QString success = row(QStringLiteral("account.sign_in"), QStringLiteral("Taker"));
        const QString wrong =
            row(QStringLiteral("account.sign_in_failed"), QStringLiteral("taker"));
        const QString unknown =
            row(QStringLiteral("account.sign_in_failed"), QStringLiteral("ghost"));
        const QString takerId = QString::number(m_fx.taker.accountId) + QLatin1Char(' ');
        QVERIFY2(success.startsWith(takerId), qPrintable(success));
        QVERIFY2(wrong.startsWith(takerId), qPrintable(wrong));
        QVERIFY2(unknown.startsWith(QStringLiteral("0 ")), qPrintable(unknown));
        // The password tried is never written down.
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE ?"),
                             {QStringLiteral("%secret-guess%")})
                     .toInt(),
                 0);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE ?"),
                             {QStringLiteral("%") + ServiceFixture::passwordOf(m_fx.taker) +
                              QStringLiteral("%")})
                     .toInt(),
                 0);
    }

    void fourFailuresThenSuccessResetTheCount_data() { TestBackend::addColumns(); }
    void fourFailuresThenSuccessResetTheCount()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuthService auth(m_fx.db(), m_fx.feed());
        for (int i = 0; i < AuthService::maxFailedLogins - 1; ++i)
            QVERIFY(signInError(auth, QStringLiteral("taker"), QStringLiteral("wrong-password")));
        QVERIFY(
            !signInError(auth, QStringLiteral("taker"), ServiceFixture::passwordOf(m_fx.taker)));
        for (int i = 0; i < AuthService::maxFailedLogins - 1; ++i)
            QVERIFY(signInError(auth, QStringLiteral("taker"), QStringLiteral("wrong-password")));
        QVERIFY(
            !signInError(auth, QStringLiteral("taker"), ServiceFixture::passwordOf(m_fx.taker)));
    }

    void blockedAndInactiveCannotSignIn_data() { TestBackend::addColumns(); }
    void blockedAndInactiveCannotSignIn()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuthService auth(m_fx.db(), m_fx.feed());
        setFlag("is_blocked", m_fx.requester.accountId);
        setFlag("is_active", m_fx.stock.accountId);
        const auto blocked = signInError(auth, QStringLiteral("requester"),
                                         ServiceFixture::passwordOf(m_fx.requester));
        QVERIFY(blocked);
        QCOMPARE(blocked->kind(), Failure::Kind::Permission);
        QVERIFY2(blocked->message().contains(QStringLiteral("blocked")),
                 qPrintable(blocked->message()));
        const auto inactive =
            signInError(auth, QStringLiteral("stock"), ServiceFixture::passwordOf(m_fx.stock));
        QVERIFY(inactive);
        QVERIFY2(inactive->message().contains(QStringLiteral("inactive")),
                 qPrintable(inactive->message()));
    }
};

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_authservice.moc"
