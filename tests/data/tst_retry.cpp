#include "Await.h"
#include "Database.h"
#include "SqlFailure.h"
#include "TestBackend.h"
#include "TestSql.h"

#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>

// Transient failures (SQLite busy, PostgreSQL deadlocks and serialization failures) are
// retried a bounded number of times; everything else is not.
class tst_Retry : public QObject {
    Q_OBJECT

private:
    // The error each dialect reports when the transaction may simply run again.
    static Failure transientError(Dialect dialect)
    {
        const QSqlError error =
            dialect == Dialect::SQLite
                ? QSqlError(QString(), QStringLiteral("database is locked"),
                            QSqlError::StatementError, QStringLiteral("5"))
                : QSqlError(QString(), QStringLiteral("could not serialize access"),
                            QSqlError::StatementError, QStringLiteral("40001"));
        return SqlFailure::from(error, dialect, QStringLiteral("Test"));
    }

    TestBackend m_backend;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void twoDesktopsWriteTheSameDatabase_data() { TestBackend::addColumns(); }
    void twoDesktopsWriteTheSameDatabase()
    {
        QFETCH(QString, backend);
        const ConnectionSettings settings = m_backend.fresh(backend);
        Database first(settings);
        Database second(settings);
        auto migrated = first.migrate();
        AWAIT_OK(migrated);

        // Read-then-insert in one transaction: the pattern that fails with SQLITE_BUSY when
        // two connections write the same file without waiting for each other.
        const auto readThenInsert = [](const QString& desk, int i) {
            return [desk, i](Connection& c) {
                const int before =
                    TestSql::scalar(c, QStringLiteral("SELECT count(*) FROM department")).toInt();
                c.exec(QStringLiteral("INSERT INTO department (name_en, name_ar) VALUES (?, ?)"),
                       {QStringLiteral("%1 %2 after %3").arg(desk).arg(i).arg(before),
                        QStringLiteral("قسم %1").arg(i)});
            };
        };
        QList<QFuture<void>> writes;
        for (int i = 0; i < 50; ++i) {
            writes << first.write(readThenInsert(QStringLiteral("A"), i));
            writes << second.write(readThenInsert(QStringLiteral("B"), i));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(writes.cbegin(), writes.cend(),
                                             [](const QFuture<void>& f) { return f.isFinished(); }),
                                 120000);
        for (const QFuture<void>& f : writes) {
            const auto error = errorOf(f);
            QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        }
        auto rows = second.read([](Connection& c) {
            return TestSql::scalar(c, QStringLiteral("SELECT count(*) FROM department")).toInt();
        });
        AWAIT_OK(rows);
        QCOMPARE(rows.result(), 100);
    }

    // Two programs opening one new file at the same moment: switching it to WAL fails at once
    // while the other writes it (SQLite skips the busy handler there); the opening waits instead.
    void openingWaitsForAnotherProgramsWrite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("new.db"));
        const QString holderName = QStringLiteral("another program");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), holderName);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery write(holder);
            QVERIFY2(write.exec(QStringLiteral("BEGIN IMMEDIATE")),
                     qPrintable(write.lastError().text()));

            Database db(ConnectionSettings::sqliteFile(path));
            auto migrated = db.migrate();
            // Its switch to WAL has failed at least once (or failed for good) while held.
            QTRY_VERIFY(migrated.isFinished() || db.statementsSent() >= 2);
            QVERIFY2(write.exec(QStringLiteral("COMMIT")), qPrintable(write.lastError().text()));
            AWAIT_OK(migrated);
            QCOMPARE(migrated.result(), Migrator::latestVersion());
            db.drain();
        }
        QSqlDatabase::removeDatabase(holderName);
    }

    void deadlockIsRetried()
    {
        const ConnectionSettings settings = m_backend.fresh(QStringLiteral("postgresql"));
        // Two threads: both writes must hold their first lock at the same time.
        Database db(settings, 2);
        auto created = db.exclusive([](Connection& c) {
            c.execDirect(QStringLiteral("CREATE TABLE lock_pair (id integer PRIMARY KEY, "
                                        "hits integer NOT NULL)"));
            c.execDirect(QStringLiteral("INSERT INTO lock_pair VALUES (1, 0), (2, 0)"));
        });
        AWAIT_OK(created);

        QSemaphore oneLocked;
        QSemaphore twoLocked;
        std::atomic<int> attempts[2] = {0, 0};
        std::atomic<int> deadlocks{0};
        // Locks `mine`, waits (first attempt only) until the other write holds `theirs`,
        // then locks `theirs`: the opposite orders make a deadlock.
        const auto lockBoth = [&](int mine, int theirs, QSemaphore& locked, QSemaphore& other) {
            return db.write([&, mine, theirs](Connection& c) {
                const int attempt = ++attempts[mine - 1];
                const QString lock =
                    QStringLiteral("SELECT hits FROM lock_pair WHERE id = ? FOR UPDATE");
                c.exec(lock, {mine});
                if (attempt == 1) {
                    locked.release();
                    if (!other.tryAcquire(1, 30000))
                        throw Failure(Failure::Kind::Internal,
                                      QStringLiteral("the other write never took its first lock"));
                }
                try {
                    c.exec(lock, {theirs});
                } catch (const Failure& e) {
                    if (e.nativeCode() == QLatin1String("40P01") && e.isTransient())
                        ++deadlocks;
                    throw;
                }
                c.exec(QStringLiteral("UPDATE lock_pair SET hits = hits + 1"));
                return attempt;
            });
        };
        auto one = lockBoth(1, 2, oneLocked, twoLocked);
        auto two = lockBoth(2, 1, twoLocked, oneLocked);
        AWAIT_OK(one);
        AWAIT_OK(two);

        QCOMPARE(deadlocks.load(), 1);
        // The victim ran again and succeeded: three attempts in all, two by one of the writes.
        QCOMPARE(attempts[0] + attempts[1], 3);
        QCOMPARE(std::max(one.result(), two.result()), 2);
        auto hits = db.read([](Connection& c) {
            return TestSql::scalar(c, QStringLiteral("SELECT sum(hits) FROM lock_pair")).toInt();
        });
        AWAIT_OK(hits);
        QCOMPARE(hits.result(), 4);
    }

    void transientErrorsAreRetriedBoundedTimes_data() { TestBackend::addColumns(); }
    void transientErrorsAreRetriedBoundedTimes()
    {
        QFETCH(QString, backend);
        Database db(m_backend.fresh(backend));
        const Failure transient = transientError(db.dialect());
        QVERIFY(transient.isTransient());

        std::atomic<int> attempts{0};
        auto failing = db.write([&attempts, transient](Connection&) {
            ++attempts;
            throw transient;
        });
        AWAIT(failing);
        const auto error = errorOf(failing);
        QVERIFY(error);
        QCOMPARE(error->kind(), transient.kind());
        QCOMPARE(error->nativeCode(), transient.nativeCode());
        QVERIFY2(attempts > 1 && attempts <= 10, qPrintable(QString::number(attempts)));

        // Giving up leaves the worker usable.
        auto next = db.write(
            [](Connection& c) { return TestSql::scalar(c, QStringLiteral("SELECT 1")).toInt(); });
        AWAIT_OK(next);
    }

    void serverSerializationFailureIsRetried()
    {
        // The SQLSTATE comes from the server itself, through the driver and the mapping.
        Database db(m_backend.fresh(QStringLiteral("postgresql")));
        std::atomic<int> attempts{0};
        auto failing = db.write([&attempts](Connection& c) {
            ++attempts;
            c.execDirect(QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = "
                                        "'serialization_failure'; END $$"));
        });
        AWAIT(failing);
        const auto error = errorOf(failing);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Conflict);
        QCOMPARE(error->nativeCode(), QStringLiteral("40001"));
        QVERIFY2(attempts > 1 && attempts <= 10, qPrintable(QString::number(attempts)));
    }

    void otherErrorsAreNotRetried_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<int>("kind");
        for (const char* backend : {"sqlite", "postgresql"}) {
            for (const Failure::Kind kind :
                 {Failure::Kind::Conflict, Failure::Kind::Constraint, Failure::Kind::Validation}) {
                QTest::addRow("%s %s", backend, qPrintable(Failure::kindName(kind)))
                    << QString::fromLatin1(backend) << static_cast<int>(kind);
            }
        }
    }
    void otherErrorsAreNotRetried()
    {
        // A Conflict from an optimistic lock is final: running again would overwrite.
        QFETCH(QString, backend);
        QFETCH(int, kind);
        Database db(m_backend.fresh(backend));
        std::atomic<int> attempts{0};
        auto failing = db.write([&attempts, kind](Connection&) {
            ++attempts;
            throw Failure(static_cast<Failure::Kind>(kind), QStringLiteral("final"));
        });
        AWAIT(failing);
        const auto error = errorOf(failing);
        QVERIFY(error);
        QCOMPARE(static_cast<int>(error->kind()), kind);
        QCOMPARE(attempts.load(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Retry)
#include "tst_retry.moc"
