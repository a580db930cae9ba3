#include "Await.h"
#include "Database.h"
#include "PgChangeListener.h"
#include "PrivatePgServer.h"
#include "ServiceHost.h"
#include "TestSql.h"

#include <QElapsedTimer>
#include <QObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <memory>

// PostgreSQL going away under a running program: restarts, a killed backend, a stopped
// server, a frozen one. The server is this test's own, so restarting it disturbs no other test.
class tst_Reconnect : public QObject {
    Q_OBJECT

private:
    // Distinctive: finding it in a message cannot be chance. The server trusts local
    // connections, so the password is sent nowhere, but it is part of the settings.
    const QString m_secret = QStringLiteral("Zebra-Quokka-8472");
    PrivatePgServer m_server;
    bool m_serverUp = false;
    bool m_frozen = false;

    // SIGSTOP: the server's connections stay open and nothing on them answers.
    bool freeze()
    {
        m_frozen = m_server.run({QStringLiteral("freeze")});
        return m_frozen;
    }
    bool thaw()
    {
        m_frozen = !m_server.run({QStringLiteral("thaw")});
        return !m_frozen;
    }

    ConnectionSettings settings(int connectTimeout = 2) const
    {
        QString url = m_server.url();
        url.replace(QStringLiteral("postgresql://postgres@"),
                    QStringLiteral("postgresql://postgres:%1@").arg(m_secret));
        return ConnectionSettings::parse(url +
                                         QStringLiteral("?connect_timeout=%1").arg(connectTimeout));
    }

    static QFuture<int> readBackendPid(Database& db)
    {
        return db.read([](Connection& c) {
            return TestSql::scalar(c, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        });
    }

    // Inserts a row and tells which backend did it.
    static QFuture<int> writeProbe(Database& db, const QString& note)
    {
        return db.write([note](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO probe (note) VALUES (?)"), {note});
            return TestSql::scalar(c, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        });
    }

    static QFuture<int> countProbes(Database& db, const QString& note)
    {
        return db.read([note](Connection& c) {
            return TestSql::scalar(c, QStringLiteral("SELECT count(*) FROM probe WHERE note = ?"),
                                   {note})
                .toInt();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        QVERIFY(m_server.start());
        QVERIFY(m_server.url().startsWith(QLatin1String("postgresql://postgres@127.0.0.1:")));
        m_serverUp = true;
        QCOMPARE(settings().password(), m_secret);

        Database db(settings());
        auto created = db.exclusive([](Connection& c) {
            c.execDirect(QStringLiteral("CREATE TABLE probe (id serial PRIMARY KEY, note text)"));
        });
        AWAIT_OK(created);
    }

    void cleanup()
    {
        if (m_frozen) {
            QVERIFY(m_server.run({QStringLiteral("thaw")}));
            m_frozen = false;
        }
        // A test that failed with the server stopped must not take the next tests with it.
        if (!m_serverUp && !m_server.url().isEmpty()) {
            QVERIFY(m_server.run({QStringLiteral("resume")}));
            m_serverUp = true;
        }
    }

    void cleanupTestCase() { m_server.stop(); }

    void restartIsSurvived_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("write");
        for (const char* mode : {"fast", "immediate"}) {
            QTest::addRow("%s, read", mode) << QString::fromLatin1(mode) << false;
            QTest::addRow("%s, write", mode) << QString::fromLatin1(mode) << true;
        }
    }
    void restartIsSurvived()
    {
        QFETCH(QString, mode);
        QFETCH(bool, write);
        // One thread: the call after the restart meets the very connection the restart broke.
        Database db(settings(), 1);
        auto before = readBackendPid(db);
        AWAIT_OK(before);

        QVERIFY(m_server.run({QStringLiteral("restart"), mode}));

        // The same Database object carries on: the lost connection is reopened and the call
        // runs on it, since nothing of it had reached the server.
        const QString note =
            QStringLiteral("restart %1").arg(QLatin1String(QTest::currentDataTag()));
        auto after = write ? writeProbe(db, note) : readBackendPid(db);
        AWAIT_OK(after);
        QVERIFY(after.result() != before.result());
        if (write) {
            auto rows = countProbes(db, note);
            AWAIT_OK(rows);
            QCOMPARE(rows.result(), 1);
        }
    }

    void writeThatLosesItsConnectionIsNotResent()
    {
        Database db(settings(), 1);
        std::atomic<int> invocations{0};
        const QString note = QStringLiteral("killed");
        auto killed = db.write([&invocations, note](Connection& c) {
            ++invocations;
            c.exec(QStringLiteral("INSERT INTO probe (note) VALUES (?)"), {note});
            c.exec(QStringLiteral("SELECT 1 FROM pg_terminate_backend(pg_backend_pid())"));
        });
        AWAIT(killed);
        const auto error = errorOf(killed);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        QVERIFY(error->isConnectionLost());
        // Whether the insert was committed cannot be known in general: never sent again.
        QCOMPARE(invocations.load(), 1);

        auto rows = countProbes(db, note);
        AWAIT_OK(rows);
        QCOMPARE(rows.result(), 0);
        auto next = writeProbe(db, QStringLiteral("after the kill"));
        AWAIT_OK(next);
        QCOMPARE(invocations.load(), 1);
    }

    void stoppedServerFailsFastAndRecovers()
    {
        Database db(settings(2), 1);
        auto warm = readBackendPid(db);
        AWAIT_OK(warm);

        QVERIFY(m_server.run({QStringLiteral("pause")}));
        m_serverUp = false;

        QElapsedTimer timer;
        timer.start();
        auto read = readBackendPid(db);
        AWAIT(read);
        auto error = errorOf(read);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        QVERIFY2(error->message().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(error->message()));
        QVERIFY2(!error->message().contains(m_secret), qPrintable(error->message()));

        auto write = writeProbe(db, QStringLiteral("while stopped"));
        AWAIT(write);
        error = errorOf(write);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        QVERIFY2(error->message().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(error->message()));
        QVERIFY2(!error->message().contains(m_secret), qPrintable(error->message()));
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

        QVERIFY(m_server.run({QStringLiteral("resume")}));
        m_serverUp = true;
        auto read2 = readBackendPid(db);
        AWAIT_OK(read2);
        auto write2 = writeProbe(db, QStringLiteral("after resume"));
        AWAIT_OK(write2);
        auto rows = countProbes(db, QStringLiteral("while stopped"));
        AWAIT_OK(rows);
        QCOMPARE(rows.result(), 0);
    }

    void frozenServerIsCutOffAndRecovers()
    {
        // connect_timeout=2 is the watch's patience: after it, the server is asked for a new
        // connection, and when that gets no answer within it either, the call is cut.
        Database writer(settings(2), 1);
        Database reader(settings(2), 1);
        Database observer(settings(2), 1);
        for (Database* db : {&writer, &reader, &observer}) {
            auto warm = readBackendPid(*db);
            AWAIT_OK(warm);
        }

        // A write frozen between its INSERT and its COMMIT.
        const QString note = QStringLiteral("while frozen");
        auto write = writer.write([note](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO probe (note) VALUES (?)"), {note});
            // Not prepared, so that pg_stat_activity shows this text.
            c.execDirect(QStringLiteral("SELECT pg_sleep(5)"));
        });
        const auto sleeping = [&observer] {
            auto f = observer.read([](Connection& c) {
                return TestSql::scalar(
                           c, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                             "query = 'SELECT pg_sleep(5)' AND state = 'active'"))
                    .toInt();
            });
            return QTest::qWaitFor([&f] { return f.isFinished(); }, 10000) && !errorOf(f) &&
                   f.result() > 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sleeping(), 10000);
        QVERIFY(freeze());

        // The longest the event loop went without turning while the calls waited.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(20);
        connect(&ticker, &QTimer::timeout, this,
                [&] { longestGap = qMax(longestGap, sinceTick.restart()); });
        sinceTick.start();
        ticker.start();

        QElapsedTimer timer;
        timer.start();
        auto read = readBackendPid(reader);
        AWAIT(read);
        AWAIT(write);
        const qint64 took = timer.elapsed();
        ticker.stop();
        for (const auto& error : {errorOf(read), errorOf(write)}) {
            QVERIFY(error);
            QCOMPARE(error->kind(), Failure::Kind::Unavailable);
            QVERIFY2(error->message().contains(QStringLiteral("stopped answering")) &&
                         error->message().contains(QStringLiteral("127.0.0.1")),
                     qPrintable(error->message()));
            QVERIFY2(!error->message().contains(m_secret), qPrintable(error->message()));
        }
        // Patience, question and a tick; without the watch only statement_timeout, which a
        // frozen server never applies, would end them.
        QVERIFY2(took < 10000, qPrintable(QString::number(took)));
        // Nothing of the waiting blocked this thread (the bound allows for a loaded machine).
        QVERIFY2(longestGap < 3000, qPrintable(QString::number(longestGap)));

        QVERIFY(thaw());
        auto after = readBackendPid(reader);
        AWAIT_OK(after);
        // The write reported as failed did not commit.
        auto rows = countProbes(reader, note);
        AWAIT_OK(rows);
        QCOMPARE(rows.result(), 0);
    }

    void closingBesideAFrozenServerEnds()
    {
        auto db = std::make_unique<Database>(settings(2), 1);
        auto warm = readBackendPid(*db);
        AWAIT_OK(warm);
        QVERIFY(freeze());
        QList<QFuture<int>> reads;
        for (int i = 0; i < 4; ++i)
            reads << readBackendPid(*db);
        QTRY_VERIFY(reads.first().isStarted());

        // The running read is asked about at once and cut; the queued ones are not left to
        // wait for the server one after the other.
        QElapsedTimer timer;
        timer.start();
        db.reset();
        const qint64 closeTook = timer.elapsed();
        QVERIFY2(closeTook < 6000, qPrintable(QString::number(closeTook)));
        for (const QFuture<int>& read : reads) {
            QVERIFY(read.isFinished());
            const auto error = errorOf(read);
            QVERIFY(error);
            QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        }
    }

    void closingAServiceHostBesideAFrozenServerEnds()
    {
        // As the window closes: the host listens, a read runs, three wait behind it.
        auto host = std::make_unique<ServiceHost>(std::make_unique<Database>(settings(2), 1));
        QSignalSpy listening(host.get(), &ServiceHost::listening);
        host->listen();
        QVERIFY(listening.wait(10000));
        auto warm = readBackendPid(host->database());
        AWAIT_OK(warm);
        QVERIFY(freeze());
        QList<QFuture<int>> reads;
        for (int i = 0; i < 4; ++i)
            reads << readBackendPid(host->database());
        QTRY_VERIFY(reads.first().isStarted());

        QElapsedTimer timer;
        timer.start();
        host.reset();
        const qint64 closeTook = timer.elapsed();
        QVERIFY2(closeTook < 6000, qPrintable(QString::number(closeTook)));
        for (const QFuture<int>& read : reads)
            QVERIFY(read.isFinished() && errorOf(read));
    }

    void listenerEndsBesideAFrozenServer()
    {
        auto listener = std::make_unique<PgChangeListener>(settings(2));
        QSignalSpy listening(listener.get(), &PgChangeListener::listening);
        QVERIFY(listening.wait(10000));
        QVERIFY(freeze());
        // The listener checks its connection every 3 s: let one check start waiting (were the
        // timer late, the test would pass without proving anything, never fail wrongly).
        QTest::qWait(4500);

        QElapsedTimer timer;
        timer.start();
        listener.reset();
        const qint64 closeTook = timer.elapsed();
        QVERIFY2(closeTook < 6000, qPrintable(QString::number(closeTook)));
    }

    void unansweringServerTimesOut()
    {
        // A socket that accepts connections (the kernel completes them) but never answers:
        // only connect_timeout ends the wait.
        const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(listener >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        const bool listening =
            ::bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
            ::listen(listener, 8) == 0 &&
            ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) == 0;
        const auto closeListener = qScopeGuard([listener] { ::close(listener); });
        QVERIFY(listening);

        Database db(ConnectionSettings::parse(
            QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/postgres?connect_timeout=2")
                .arg(m_secret)
                .arg(ntohs(address.sin_port))));
        QElapsedTimer timer;
        timer.start();
        auto read = readBackendPid(db);
        AWAIT(read);
        const qint64 elapsed = timer.elapsed();
        const auto error = errorOf(read);
        QVERIFY(error);
        QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        QVERIFY2(error->message().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(error->message()));
        QVERIFY2(!error->message().contains(m_secret), qPrintable(error->message()));
        QVERIFY2(elapsed >= 1500 && elapsed < 10000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(tst_Reconnect)
#include "tst_reconnect.moc"
