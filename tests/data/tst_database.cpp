#include "Await.h"
#include "Database.h"
#include "Migrator.h"
#include "TestBackend.h"

#include <QFutureWatcher>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>

class tst_Database : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Database> open(const QString& backend, bool migrated = true)
    {
        auto db = std::make_unique<Database>(m_backend.fresh(backend));
        if (migrated) {
            auto done = db->migrate();
            if (!QTest::qWaitFor([&] { return done.isFinished(); }, 60000))
                QTest::qFail("migration timed out", __FILE__, __LINE__);
            else if (auto e = errorOf(done))
                QTest::qFail(qPrintable(e->message()), __FILE__, __LINE__);
        }
        return db;
    }

    TestBackend m_backend;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void workRunsOnWorkerAndContinuationOnCaller_data() { TestBackend::addColumns(); }
    void workRunsOnWorkerAndContinuationOnCaller()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        QThread* worker = nullptr;
        QThread* continuation = nullptr;
        auto f = db->read([&worker](Connection& c) {
                       worker = QThread::currentThread();
                       Statement q = c.exec(QStringLiteral("SELECT count(*) FROM meal_type"));
                       q.next();
                       return q.value(0).toInt();
                   }).then(this, [&continuation](int n) {
            continuation = QThread::currentThread();
            return n;
        });
        AWAIT_OK(f);
        QCOMPARE(f.result(), 3);
        QVERIFY(worker != nullptr);
        QVERIFY(worker != QThread::currentThread());
        QCOMPARE(continuation, QThread::currentThread());
    }

    void twoHundredFuturesComplete_data() { TestBackend::addColumns(); }
    void twoHundredFuturesComplete()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        QList<QFuture<qint64>> futures;
        for (int i = 0; i < 200; ++i) {
            if (i % 2 == 0) {
                futures << db->write([i](Connection& c) {
                    return c.insert(
                        QStringLiteral("INSERT INTO department (name_en, name_ar) "
                                       "VALUES (?, ?)"),
                        {QStringLiteral("Dept %1").arg(i), QStringLiteral("قسم %1").arg(i)});
                });
            } else {
                futures << db->read([](Connection& c) {
                    Statement q = c.exec(QStringLiteral("SELECT count(*) FROM department"));
                    q.next();
                    return q.value(0).toLongLong();
                });
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(futures.cbegin(), futures.cend(),
                                             [](const auto& f) { return f.isFinished(); }),
                                 120000);
        for (const auto& f : futures)
            QVERIFY2(!errorOf(f), qPrintable(errorOf(f) ? errorOf(f)->message() : QString()));
        auto count = db->read([](Connection& c) {
            Statement q = c.exec(QStringLiteral("SELECT count(*) FROM department"));
            q.next();
            return q.value(0).toInt();
        });
        AWAIT_OK(count);
        QCOMPARE(count.result(), 100);
    }

    void exceptionInWriteLeavesNoRow_data() { TestBackend::addColumns(); }
    void exceptionInWriteLeavesNoRow()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        auto failed = db->write([](Connection& c) {
            c.insert(QStringLiteral("INSERT INTO department (name_en, name_ar) VALUES (?, ?)"),
                     {QStringLiteral("Kitchen"), QStringLiteral("المطبخ")});
            throw std::runtime_error("something went wrong after the insert");
        });
        AWAIT(failed);
        const auto error = errorOf(failed);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Internal);
        QVERIFY(error->message().contains(QStringLiteral("something went wrong")));

        auto count = db->read([](Connection& c) {
            Statement q = c.exec(QStringLiteral("SELECT count(*) FROM department"));
            q.next();
            return q.value(0).toInt();
        });
        AWAIT_OK(count);
        QCOMPARE(count.result(), 0);
    }

    void constraintViolationsAreConstraint_data() { TestBackend::addColumns(); }
    void constraintViolationsAreConstraint()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        const QString insert = QStringLiteral(
            "INSERT INTO employee (id, code, name_en, department_id) VALUES (?, ?, ?, ?)");
        auto first = db->write([insert](Connection& c) {
            c.exec(insert, {1, 100, QStringLiteral("Amina"), QVariant()});
        });
        AWAIT_OK(first);

        auto duplicate = db->write([insert](Connection& c) {
            c.exec(insert, {2, 100, QStringLiteral("Omar"), QVariant()});
        });
        AWAIT(duplicate);
        auto error = errorOf(duplicate);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Constraint);

        auto dangling = db->write([insert](Connection& c) {
            c.exec(insert, {3, 101, QStringLiteral("Sara"), 999});
        });
        AWAIT(dangling);
        error = errorOf(dangling);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Constraint);

        auto notNull = db->write([](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO department (name_en, name_ar) VALUES (?, ?)"),
                   {QStringLiteral("x"), QVariant(QMetaType::fromType<QString>())});
        });
        AWAIT(notNull);
        error = errorOf(notNull);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Constraint);
    }

    void migrationsFromEmptyAndAgain_data() { TestBackend::addColumns(); }
    void migrationsFromEmptyAndAgain()
    {
        QFETCH(QString, backend);
        auto db = open(backend, false);
        auto first = db->migrate();
        AWAIT_OK(first);
        QCOMPARE(first.result(), Migrator::latestVersion());
        auto again = db->migrate();
        AWAIT_OK(again);
        QCOMPARE(again.result(), Migrator::latestVersion());

        // Every table of the contract is there, statuses and meal types seeded once.
        auto counts = db->read([](Connection& c) {
            QStringList out;
            for (const char* table :
                 {"department", "employee", "account", "account_department", "meal_type",
                  "meal_request_status", "meal_request", "meal_request_line", "revoked_tokens",
                  "allowed_origins", "audit_log", "schema_migrations"}) {
                Statement q =
                    c.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
                q.next();
                out << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(q.value(0).toInt());
            }
            return out.join(QLatin1Char(' '));
        });
        AWAIT_OK(counts);
        QCOMPARE(counts.result(),
                 QStringLiteral("department=0 employee=0 account=0 account_department=0 "
                                "meal_type=3 meal_request_status=4 meal_request=0 "
                                "meal_request_line=0 revoked_tokens=0 allowed_origins=0 "
                                "audit_log=0 schema_migrations=%1")
                     .arg(Migrator::latestVersion()));
    }

    void newerSchemaIsRefused_data() { TestBackend::addColumns(); }
    void newerSchemaIsRefused()
    {
        QFETCH(QString, backend);
        auto db = open(backend);
        auto bump = db->write([](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"),
                   {Migrator::latestVersion() + 1});
        });
        AWAIT_OK(bump);
        auto refused = db->migrate();
        AWAIT(refused);
        const auto error = errorOf(refused);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        QVERIFY2(error->message().contains(QStringLiteral("newer")), qPrintable(error->message()));
    }

    void backendRowsWithoutOurDefaultsWork_data() { TestBackend::addColumns(); }
    void backendRowsWithoutOurDefaultsWork()
    {
        // The web backend inserts revoked tokens with five columns only.
        QFETCH(QString, backend);
        auto db = open(backend);
        const QDateTime exp = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5, 678), QTimeZone::utc());
        auto insert = db->write([exp](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO revoked_tokens (jti, token_type, account_id, "
                                  "revoked_at, expires_at) VALUES (?, ?, ?, ?, ?)"),
                   {QStringLiteral("abc"), QStringLiteral("refresh"), QVariant(),
                    c.toDb(QDateTime::currentDateTimeUtc()), c.toDb(exp)});
            Statement q = c.exec(QStringLiteral("SELECT expires_at, reason FROM revoked_tokens"));
            q.next();
            return std::make_pair(Connection::fromDb(q.value(0)), q.value(1).isNull());
        });
        AWAIT_OK(insert);
        QCOMPARE(insert.result().first, exp);
        QVERIFY(insert.result().second);
    }

    void sqliteStoresTimestampsAsBackendReadsThem()
    {
        auto db = open(QStringLiteral("sqlite"));
        auto text = db->write([](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO department (name_en, name_ar) VALUES (?, ?)"),
                   {QStringLiteral("a"), QStringLiteral("ب")});
            Statement q = c.exec(QStringLiteral("SELECT updated_at FROM department"));
            q.next();
            return q.value(0).toString();
        });
        AWAIT_OK(text);
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"))
                     .match(text.result())
                     .hasMatch(),
                 qPrintable(text.result()));
    }

    void mainThreadGuardIsFatal()
    {
        // In a child process: the guard aborts it, as it must in tests and debug builds.
        if (qEnvironmentVariableIsSet("MEALDESK_GUARD_CHILD")) {
            Database db(ConnectionSettings::sqliteFile(QStringLiteral("/tmp/never-opened.db")));
            db.connectionForCurrentThread();
            return;
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MEALDESK_GUARD_CHILD"), QStringLiteral("1"));
        env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("handle_abort=0:detect_leaks=0"));
        env.insert(QStringLiteral("QTEST_DISABLE_STACK_DUMP"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("mainThreadGuardIsFatal")});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0);
        QVERIFY2(child.readAll().contains("requested on the main thread"),
                 "the guard names the cause");
    }

    void mainThreadGuardReportsInRelease()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Report);
        Database db(ConnectionSettings::sqliteFile(QStringLiteral("/tmp/never-opened.db")));
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("main thread")));
        db.connectionForCurrentThread();
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
