#include "AuthService.h"
#include "Await.h"
#include "ServiceFixture.h"

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
        for (int i = 0; i < AuthService::maxFailedLogins; ++i)
            QVERIFY(signInError(auth, QStringLiteral("taker"), QStringLiteral("wrong-password")));
        // Now even the right password is refused, with the lock named.
        const auto locked =
            signInError(auth, QStringLiteral("taker"), ServiceFixture::passwordOf(m_fx.taker));
        QVERIFY(locked);
        QVERIFY2(locked->message().contains(QStringLiteral("locked")),
                 qPrintable(locked->message()));
        // Other accounts are not affected.
        QVERIFY(
            !signInError(auth, QStringLiteral("stock"), ServiceFixture::passwordOf(m_fx.stock)));
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
