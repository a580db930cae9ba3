#include "AccountService.h"
#include "AuthService.h"
#include "Await.h"
#include "ServiceFixture.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class tst_AccountService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    static AccountInput input(const QString& username)
    {
        AccountInput in;
        in.username = username;
        in.fullName = QStringLiteral("Full ") + username;
        in.title = QStringLiteral("Clerk");
        in.role = Role::Requester;
        in.password = QStringLiteral("a-good-password");
        return in;
    }

    // Whether the future ended with a Permission failure.
    template <typename T> static bool refusedByRole(const QFuture<T>& f)
    {
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000))
            return false;
        const auto error = errorOf(f);
        return error && error->kind() == Failure::Kind::Permission;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void createAuditsAndAnnounces_data() { TestBackend::addColumns(); }
    void createAuditsAndAnnounces()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        AccountInput in = input(QStringLiteral("Layla"));
        in.fullName = QStringLiteral("ليلى أحمد");
        auto created = accounts.create(m_fx.admin, in);
        AWAIT_OK(created);
        const AccountRecord r = created.result();
        QVERIFY(r.id > 0);
        QCOMPARE(r.username, QStringLiteral("Layla"));
        QCOMPARE(r.fullName, QStringLiteral("ليلى أحمد"));
        QCOMPARE(r.version, 1);
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("account"));
        QCOMPARE(changed.first().at(1).value<QList<qint64>>(), QList<qint64>{r.id});
        QCOMPARE(m_fx.auditCount(QStringLiteral("account.create")), 1);

        // The new account signs in with its password.
        AuthService auth(m_fx.db(), m_fx.feed());
        auto signedIn = auth.signIn(QStringLiteral("layla"), in.password);
        AWAIT_OK(signedIn);
        QCOMPARE(signedIn.result().accountId, r.id);
    }

    void badInputIsRefusedAndChangesNothing_data() { TestBackend::addColumns(); }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        struct Case {
            AccountInput in;
            QString field;
            Failure::Kind kind;
        };
        QList<Case> cases;
        AccountInput in = input(QString());
        cases.append({in, QStringLiteral("username"), Failure::Kind::Validation});
        in = input(QStringLiteral("two words"));
        cases.append({in, QStringLiteral("username"), Failure::Kind::Validation});
        in = input(QString(65, QLatin1Char('x')));
        cases.append({in, QStringLiteral("username"), Failure::Kind::Validation});
        in = input(QStringLiteral("CAPTAIN")); // taken under case folding
        cases.append({in, QStringLiteral("username"), Failure::Kind::Constraint});
        in = input(QStringLiteral("shortpw"));
        in.password = QStringLiteral("1234567");
        cases.append({in, QStringLiteral("password"), Failure::Kind::Validation});
        in = input(QStringLiteral("longpw"));
        in.password = QString(37, QChar(0x0645)); // 74 bytes in UTF-8
        cases.append({in, QStringLiteral("password"), Failure::Kind::Validation});
        in = input(QStringLiteral("noemployee"));
        in.employeeId = 424242;
        cases.append({in, QStringLiteral("employee_id"), Failure::Kind::Validation});
        in = input(QStringLiteral("nodept"));
        in.departmentIds = {999};
        cases.append({in, QStringLiteral("departments"), Failure::Kind::Validation});
        in = input(QStringLiteral("x'; DROP TABLE account; --"));
        cases.append({in, QStringLiteral("username"), Failure::Kind::Validation});
        for (const Case& c : cases) {
            auto f = accounts.create(m_fx.admin, c.in);
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY2(e, qPrintable(c.field));
            QCOMPARE(e->kind(), c.kind);
            QCOMPARE(e->field(), c.field);
            QVERIFY(!e->message().isEmpty());
        }
        auto n = accounts.count(m_fx.admin, {});
        AWAIT_OK(n);
        QCOMPARE(n.result(), qint64(5));
        QCOMPARE(m_fx.auditCount(QStringLiteral("account.create")), 0);
    }

    void onlySuperAdminsManageAccounts_data() { TestBackend::addColumns(); }
    void onlySuperAdminsManageAccounts()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        for (const Actor& a : {m_fx.requester, m_fx.taker, m_fx.captain, m_fx.stock}) {
            auto f = accounts.create(a, input(QStringLiteral("new") + a.username));
            AWAIT(f);
            QVERIFY(errorOf(f));
            QCOMPARE(errorOf(f)->kind(), Failure::Kind::Permission);
            auto l = accounts.list(a, {}, {});
            AWAIT(l);
            QVERIFY(errorOf(l));
            QCOMPARE(errorOf(l)->kind(), Failure::Kind::Permission);
        }
    }

    void staleVersionIsAConflict_data() { TestBackend::addColumns(); }
    void staleVersionIsAConflict()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        auto created = accounts.create(m_fx.admin, input(QStringLiteral("omar")));
        AWAIT_OK(created);
        AccountInput edit = input(QStringLiteral("omar"));
        edit.title = QStringLiteral("Supervisor");
        edit.role = Role::Captain;
        auto first = accounts.update(m_fx.admin, created.result().id, 1, edit);
        AWAIT_OK(first);
        QCOMPARE(first.result().version, 2);
        QCOMPARE(first.result().role, Role::Captain);
        edit.title = QStringLiteral("Overwritten?");
        auto stale = accounts.update(m_fx.admin, created.result().id, 1, edit);
        AWAIT(stale);
        QVERIFY(errorOf(stale));
        QCOMPARE(errorOf(stale)->kind(), Failure::Kind::Conflict);
        auto now = accounts.get(m_fx.admin, created.result().id);
        AWAIT_OK(now);
        QCOMPARE(now.result().title, QStringLiteral("Supervisor"));
    }

    void blockingSignsOutAndNotOneself_data() { TestBackend::addColumns(); }
    void blockingSignsOutAndNotOneself()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        auto self = accounts.setBlocked(m_fx.admin, m_fx.admin.accountId, true);
        AWAIT(self);
        QVERIFY(errorOf(self));
        QCOMPARE(errorOf(self)->kind(), Failure::Kind::Validation);

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto blocked = accounts.setBlocked(m_fx.admin, m_fx.taker.accountId, true);
        AWAIT_OK(blocked);
        QVERIFY(blocked.result().blocked);
        QVERIFY(blocked.result().tokensValidAfter >= before);
        QCOMPARE(m_fx.auditCount(QStringLiteral("account.block")), 1);

        // A blocked account can no longer act, whatever its session says.
        auto refused = accounts.count(m_fx.taker, {});
        AWAIT(refused);
        QCOMPARE(errorOf(refused)->kind(), Failure::Kind::Permission);

        auto unblocked = accounts.setBlocked(m_fx.admin, m_fx.taker.accountId, false);
        AWAIT_OK(unblocked);
        QVERIFY(!unblocked.result().blocked);
    }

    void unlockLiftsTheLock_data() { TestBackend::addColumns(); }
    void unlockLiftsTheLock()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        AuthService auth(m_fx.db(), m_fx.feed());
        for (int i = 0; i < AuthService::maxFailedLogins; ++i) {
            auto f = auth.signIn(QStringLiteral("taker"), QStringLiteral("wrong-password"));
            AWAIT(f);
            QVERIFY(errorOf(f));
        }
        auto locked = accounts.get(m_fx.admin, m_fx.taker.accountId);
        AWAIT_OK(locked);
        QVERIFY(locked.result().lockedUntil.isValid());

        // Only super admins unlock.
        QVERIFY(refusedByRole(accounts.unlock(m_fx.captain, m_fx.taker.accountId)));

        auto unlocked = accounts.unlock(m_fx.admin, m_fx.taker.accountId);
        AWAIT_OK(unlocked);
        QCOMPARE(unlocked.result().failedLogins, 0);
        QVERIFY(!unlocked.result().lockedUntil.isValid());
        QCOMPARE(unlocked.result().version, locked.result().version + 1);
        QCOMPARE(m_fx.auditCount(QStringLiteral("account.unlock")), 1);
        auto signedIn =
            auth.signIn(QStringLiteral("taker"), ServiceFixture::passwordOf(m_fx.taker));
        AWAIT_OK(signedIn);

        auto missing = accounts.unlock(m_fx.admin, 999999);
        AWAIT(missing);
        QCOMPARE(errorOf(missing)->kind(), Failure::Kind::NotFound);
    }

    // A new password and a deactivation sign the account out everywhere, like a block does.
    void passwordAndDeactivationSignOut_data() { TestBackend::addColumns(); }
    void passwordAndDeactivationSignOut()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        auto pw = accounts.setPassword(m_fx.admin, m_fx.stock.accountId,
                                       QStringLiteral("brand-new-secret"));
        AWAIT_OK(pw);
        auto stock = accounts.get(m_fx.admin, m_fx.stock.accountId);
        AWAIT_OK(stock);
        QVERIFY(stock.result().tokensValidAfter.isValid());

        auto deactivated = accounts.setActive(m_fx.admin, m_fx.taker.accountId, false);
        AWAIT_OK(deactivated);
        QVERIFY(deactivated.result().tokensValidAfter.isValid());
        // Activating again does not move it.
        auto activated = accounts.setActive(m_fx.admin, m_fx.taker.accountId, true);
        AWAIT_OK(activated);
        QCOMPARE(activated.result().tokensValidAfter, deactivated.result().tokensValidAfter);
    }

    // tokens_valid_after is the database server's clock in the stored form: on PostgreSQL with
    // the server's microseconds (a desktop's QDateTime has only milliseconds), on SQLite as
    // 'YYYY-MM-DD HH:MM:SS.ffffff'.
    void signOutInstantsComeFromTheServer_data() { TestBackend::addColumns(); }
    void signOutInstantsComeFromTheServer()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        auto out = accounts.signOutEverywhere(m_fx.admin, m_fx.stock.accountId);
        AWAIT_OK(out);
        auto pw = accounts.setPassword(m_fx.admin, m_fx.captain.accountId,
                                       QStringLiteral("brand-new-secret"));
        AWAIT_OK(pw);
        auto off = accounts.setActive(m_fx.admin, m_fx.requester.accountId, false);
        AWAIT_OK(off);
        auto blocked = accounts.setBlocked(m_fx.admin, m_fx.taker.accountId, true);
        AWAIT_OK(blocked);
        if (backend == QLatin1String("postgresql")) {
            // Four instants all on a whole millisecond: one chance in 10^12 from a server clock.
            QVERIFY(
                m_fx.scalar(QStringLiteral("SELECT count(*) FROM account WHERE "
                                           "tokens_valid_after IS NOT NULL AND "
                                           "CAST(extract(microseconds FROM tokens_valid_after) AS "
                                           "bigint) % 1000 <> 0"))
                    .toInt() > 0);
        } else {
            const QRegularExpression stored(
                QStringLiteral(R"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$)"));
            for (const Actor* a : {&m_fx.stock, &m_fx.captain, &m_fx.requester, &m_fx.taker}) {
                const QString text = m_fx.scalar(QStringLiteral("SELECT tokens_valid_after FROM "
                                                                "account WHERE id = ?"),
                                                 {a->accountId})
                                         .toString();
                QVERIFY2(stored.match(text).hasMatch(), qPrintable(text));
            }
        }
        // And none is later than that clock reads now.
        const QString now = backend == QLatin1String("postgresql")
                                ? QStringLiteral("clock_timestamp()")
                                : QStringLiteral("strftime('%Y-%m-%d %H:%M:%f', 'now') || '999'");
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT count(*) FROM account WHERE tokens_valid_after > ") +
                        now)
                .toInt(),
            0);
    }

    void signOutEverywhereAndPassword_data() { TestBackend::addColumns(); }
    void signOutEverywhereAndPassword()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        auto out = accounts.signOutEverywhere(m_fx.admin, m_fx.stock.accountId);
        AWAIT_OK(out);
        QVERIFY(out.result().tokensValidAfter.isValid());
        auto pw = accounts.setPassword(m_fx.admin, m_fx.stock.accountId,
                                       QStringLiteral("brand-new-secret"));
        AWAIT_OK(pw);
        AuthService auth(m_fx.db(), m_fx.feed());
        auto old = auth.signIn(QStringLiteral("stock"), ServiceFixture::passwordOf(m_fx.stock));
        AWAIT(old);
        QVERIFY(errorOf(old));
        auto fresh = auth.signIn(QStringLiteral("stock"), QStringLiteral("brand-new-secret"));
        AWAIT_OK(fresh);
    }

    void listPagesWithKeysetAndFilters_data() { TestBackend::addColumns(); }
    void listPagesWithKeysetAndFilters()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        for (int i = 0; i < 12; ++i) {
            auto f = accounts.create(
                m_fx.admin, input(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'))));
            AWAIT_OK(f);
        }
        QStringList seen;
        PageRequest request;
        request.limit = 5;
        for (;;) {
            auto page = accounts.list(m_fx.admin, {}, request);
            AWAIT_OK(page);
            for (const AccountRecord& r : page.result().rows)
                seen << r.username;
            if (!page.result().hasMore)
                break;
            request.hasCursor = true;
            request.afterValue = page.result().lastValue;
            request.afterId = page.result().lastId;
        }
        QCOMPARE(seen.size(), 17);
        QStringList sorted = seen;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString& a, const QString& b) { return a.toLower() < b.toLower(); });
        QCOMPARE(seen, sorted);

        AccountFilter filter;
        filter.search = QStringLiteral("USER1");
        auto filtered = accounts.count(m_fx.admin, filter);
        AWAIT_OK(filtered);
        QCOMPARE(filtered.result(), qint64(2)); // user10, user11

        PageRequest bad;
        bad.sortKey = QStringLiteral("password_hash");
        auto refused = accounts.list(m_fx.admin, {}, bad);
        AWAIT(refused);
        QCOMPARE(errorOf(refused)->kind(), Failure::Kind::Validation);
    }

    // Usernames are unique under ASCII case folding only (DOMAIN.md), on both dialects alike:
    // ZOË and zoë differ in a letter outside ASCII and are two accounts; ZOë is zoë.
    void usernamesFoldAsciiOnly_data() { TestBackend::addColumns(); }
    void usernamesFoldAsciiOnly()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        auto lower = accounts.create(m_fx.admin, input(QStringLiteral("zoë")));
        AWAIT_OK(lower);
        auto upper = accounts.create(m_fx.admin, input(QStringLiteral("ZOË")));
        AWAIT_OK(upper);
        QVERIFY(upper.result().id != lower.result().id);
        auto twin = accounts.create(m_fx.admin, input(QStringLiteral("ZOë")));
        AWAIT(twin);
        QCOMPARE(errorOf(twin)->kind(), Failure::Kind::Constraint);

        auto found = accounts.findByUsername(m_fx.admin, QStringLiteral("zoË"));
        AWAIT_OK(found);
        QCOMPARE(found.result().id, upper.result().id);
        AuthService auth(m_fx.db(), m_fx.feed());
        auto signedIn = auth.signIn(QStringLiteral("Zoë"), QStringLiteral("a-good-password"));
        AWAIT_OK(signedIn);
        QCOMPARE(signedIn.result().accountId, lower.result().id);

        if (backend != QLatin1String("postgresql"))
            return;
        // The lookups' expression is the unique index's: PostgreSQL can find a name by it.
        // (EXPLAIN cannot be prepared, so a temporary function runs it.)
        auto plan = m_fx.db().write([](Connection& c) {
            c.execDirect(QStringLiteral("SET LOCAL enable_seqscan = off"));
            c.execDirect(QStringLiteral(
                "CREATE FUNCTION pg_temp.plan_of(query text) RETURNS SETOF text LANGUAGE plpgsql "
                "AS $$ BEGIN RETURN QUERY EXECUTE 'EXPLAIN ' || query; END $$"));
            Statement q = c.exec(QStringLiteral("SELECT * FROM pg_temp.plan_of(?)"),
                                 {QStringLiteral("SELECT id FROM account WHERE %1 = %2")
                                      .arg(c.asciiFolded(QStringLiteral("username")),
                                           c.asciiFolded(QStringLiteral("'zoë'")))});
            QString text;
            while (q.next())
                text += q.value(0).toString() + QLatin1Char('\n');
            return text;
        });
        AWAIT_OK(plan);
        QVERIFY2(plan.result().contains(QLatin1String("account_username_ascii_folded_idx")),
                 qPrintable(plan.result()));
    }

    // The search text is found literally: % and _ are characters, not wildcards.
    void searchTakesWildcardsLiterally_data() { TestBackend::addColumns(); }
    void searchTakesWildcardsLiterally()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        for (const char* name : {"snake_case", "snakeXcase", "rate100%", "rate1000"}) {
            auto f = accounts.create(m_fx.admin, input(QLatin1String(name)));
            AWAIT_OK(f);
        }
        const auto found = [&](const QString& search) {
            AccountFilter filter;
            filter.search = search;
            auto page = accounts.list(m_fx.admin, filter, {});
            QStringList names;
            if (!QTest::qWaitFor([&] { return page.isFinished(); }, 60000) || errorOf(page))
                return QStringList{QStringLiteral("failed")};
            for (const AccountRecord& r : page.result().rows)
                names << r.username;
            return names;
        };
        QCOMPARE(found(QStringLiteral("_")), QStringList{QStringLiteral("snake_case")});
        QCOMPARE(found(QStringLiteral("%")), QStringList{QStringLiteral("rate100%")});
        QCOMPARE(found(QStringLiteral("E_C")), QStringList{QStringLiteral("snake_case")});
        QCOMPARE(found(QStringLiteral("!")), QStringList{});
    }
};

QTEST_GUILESS_MAIN(tst_AccountService)
#include "tst_accountservice.moc"
