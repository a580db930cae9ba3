#include "Await.h"
#include "Database.h"
#include "Migrator.h"
#include "TestBackend.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QTest>

#include <memory>

// PostgreSQL waits that end: a locked row, a slow statement and another program's migration
// are answered within limits, never with a frozen window (issue: unbounded waits).
class tst_Waits : public QObject {
    Q_OBJECT

private:
    TestBackend m_backend;
    ConnectionSettings m_settings;

    template <typename T> static QVariant settled(QFuture<T> f)
    {
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000)) {
            QTest::qFail("timed out", __FILE__, __LINE__);
            return {};
        }
        if (const auto e = errorOf(f)) {
            QTest::qFail(qPrintable(e->message()), __FILE__, __LINE__);
            return {};
        }
        return QVariant::fromValue(f.result());
    }

    static QFuture<QString> setting(Database& db, const QString& name)
    {
        return db.read([name](Connection& c) {
            Statement q = c.exec(QStringLiteral("SELECT current_setting(?)"), {name});
            return q.next() ? q.value(0).toString() : QString();
        });
    }

    // Sets a default for every later session of the test database (as an administrator would).
    void alterDatabase(Database& db, const QString& name, const QString& value)
    {
        const QString database = m_settings.databaseName();
        auto f = db.read([=](Connection& c) {
            // ALTER DATABASE takes no bound values: the name and value are this test's own.
            c.execDirect(
                QStringLiteral("ALTER DATABASE \"%1\" SET %2 = '%3'").arg(database, name, value));
        });
        AWAIT_OK(f);
    }

    // A Database on the test's database, migrated (the test fails if that fails).
    std::unique_ptr<Database> migrated()
    {
        auto db = std::make_unique<Database>(m_settings);
        settled(db->migrate());
        return db;
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }
    void init() { m_settings = m_backend.fresh(QStringLiteral("postgresql")); }

    void interactiveLimitsUnlessTheDatabaseChoseItsOwn()
    {
        auto db = migrated();
        QCOMPARE(settled(setting(*db, QStringLiteral("statement_timeout"))).toString(),
                 QStringLiteral("1min"));
        QCOMPARE(settled(setting(*db, QStringLiteral("lock_timeout"))).toString(),
                 QStringLiteral("5s"));
        alterDatabase(*db, QStringLiteral("lock_timeout"), QStringLiteral("1500ms"));
        Database chosen(m_settings);
        QCOMPARE(settled(setting(chosen, QStringLiteral("lock_timeout"))).toString(),
                 QStringLiteral("1500ms"));
        QCOMPARE(settled(setting(chosen, QStringLiteral("statement_timeout"))).toString(),
                 QStringLiteral("1min"));
        // No limit is a choice too.
        alterDatabase(*db, QStringLiteral("statement_timeout"), QStringLiteral("0"));
        Database unlimited(m_settings);
        QCOMPARE(settled(setting(unlimited, QStringLiteral("statement_timeout"))).toString(),
                 QStringLiteral("0"));
    }

    void aLockedRowIsAnsweredAsBusy()
    {
        auto holder = migrated();
        alterDatabase(*holder, QStringLiteral("lock_timeout"), QStringLiteral("1s"));
        // Another desktop's transaction holds the row until the test lets it go.
        auto locked = std::make_shared<QSemaphore>();
        auto release = std::make_shared<QSemaphore>();
        auto holding = holder->write([locked, release](Connection& c) {
            c.exec(QStringLiteral("SELECT id FROM meal_type WHERE id = 1 FOR UPDATE"));
            locked->release();
            release->acquire();
        });
        // Let it go even when a check fails: the holder's worker must end for its Database to.
        const auto letGo = qScopeGuard([release] { release->release(); });
        QTRY_VERIFY_WITH_TIMEOUT(locked->available() == 1, 60000);

        Database other(m_settings);
        const auto rename = [&other] {
            return other.write([](Connection& c) {
                c.exec(
                    QStringLiteral("UPDATE meal_type SET name_en = name_en || '.' WHERE id = 1"));
            });
        };
        auto busy = rename();
        AWAIT(busy);
        const auto e = errorOf(busy);
        QVERIFY(e);
        QCOMPARE(e->kind(), Failure::Kind::Unavailable);
        QVERIFY2(e->message().contains(QStringLiteral("someone else is changing the same rows")),
                 qPrintable(e->message()));

        release->release();
        AWAIT_OK(holding);
        auto retried = rename();
        AWAIT_OK(retried);
    }

    void aSlowStatementIsAnsweredInTime()
    {
        auto db = migrated();
        alterDatabase(*db, QStringLiteral("statement_timeout"), QStringLiteral("500ms"));
        Database limited(m_settings);
        auto slow =
            limited.read([](Connection& c) { c.exec(QStringLiteral("SELECT pg_sleep(30)")); });
        AWAIT(slow);
        const auto e = errorOf(slow);
        QVERIFY(e);
        QCOMPARE(e->kind(), Failure::Kind::Unavailable);
        QVERIFY2(e->message().contains(QStringLiteral("did not answer in time")),
                 qPrintable(e->message()));
    }

    void anotherMigrationIsWaitedForThenRefused()
    {
        // A program that started migrating and hangs holds the lock for as long as it lives.
        auto hung = std::make_unique<Database>(m_settings);
        auto holding = hung->exclusive([](Connection& c) {
            c.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {Migrator::lockKey});
        });
        AWAIT_OK(holding);

        // A statement limit shorter than the wait does not cut the wait short.
        alterDatabase(*hung, QStringLiteral("statement_timeout"), QStringLiteral("1s"));
        Database second(m_settings, 1); // one connection: the refused wait's own
        auto refused = second.exclusive([](Connection& c) {
            return Migrator::migrate(c, Migrator::AdoptionChanges::Refuse, std::chrono::seconds(2));
        });
        AWAIT(refused);
        const auto e = errorOf(refused);
        QVERIFY(e);
        QCOMPARE(e->kind(), Failure::Kind::Unavailable);
        QVERIFY2(e->message().contains(QStringLiteral("upgrading this database")),
                 qPrintable(e->message()));
        // The wait ended, and the connection's own limits are back.
        QCOMPARE(settled(setting(second, QStringLiteral("lock_timeout"))).toString(),
                 QStringLiteral("5s"));
        QCOMPARE(settled(setting(second, QStringLiteral("statement_timeout"))).toString(),
                 QStringLiteral("1s"));

        hung.reset(); // its session, and the lock, end
        auto done = second.migrate();
        AWAIT_OK(done);
        QCOMPARE(done.result(), Migrator::latestVersion());
    }
};

QTEST_GUILESS_MAIN(tst_Waits)
#include "tst_waits.moc"
