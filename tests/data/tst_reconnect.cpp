#include "Await.h"
#include "Database.h"
#include "PrivateServer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QScopeGuard>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>

// PostgreSQL going away under a running program: restarts, a killed backend, a stopped
// server. The server is this test's own, so restarting it disturbs no other test.
class tst_Reconnect : public QObject {
    Q_OBJECT

private:
    // Distinctive: finding it in a message cannot be chance. The server trusts local
    // connections, so the password is sent nowhere, but it is part of the settings.
    const QString m_secret = QStringLiteral("Zebra-Quokka-8472");
    PrivateServer m_server;
    bool m_serverUp = false;

    ConnectionSettings settings(int connectTimeout = 2) const
    {
        QString url = m_server.url();
        url.replace(QStringLiteral("postgresql://postgres@"),
                    QStringLiteral("postgresql://postgres:%1@").arg(m_secret));
        return ConnectionSettings::parse(url +
                                         QStringLiteral("?connect_timeout=%1").arg(connectTimeout));
    }

    static int scalar(Connection& c, const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery& q = c.exec(sql, values);
        if (!q.next())
            throw Failure(Failure::Kind::Internal, QStringLiteral("no row: ") + sql);
        const int value = q.value(0).toInt();
        q.finish();
        return value;
    }

    static QFuture<int> readBackendPid(Database& db)
    {
        return db.read(
            [](Connection& c) { return scalar(c, QStringLiteral("SELECT pg_backend_pid()")); });
    }

    // Inserts a row and tells which backend did it.
    static QFuture<int> writeProbe(Database& db, const QString& note)
    {
        return db.write([note](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO probe (note) VALUES (?)"), {note});
            return scalar(c, QStringLiteral("SELECT pg_backend_pid()"));
        });
    }

    static QFuture<int> countProbes(Database& db, const QString& note)
    {
        return db.read([note](Connection& c) {
            return scalar(c, QStringLiteral("SELECT count(*) FROM probe WHERE note = ?"), {note});
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
        // A test that failed with the server stopped must not take the next tests with it.
        if (!m_serverUp && !m_server.url().isEmpty()) {
            QVERIFY(m_server.run(QStringLiteral("resume")));
            m_serverUp = true;
        }
    }

    void cleanupTestCase()
    {
        m_server.stop();
        m_serverUp = false;
    }

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

        QVERIFY(m_server.run(QStringLiteral("restart"), {mode}));

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
            scalar(c, QStringLiteral("SELECT 1 FROM pg_terminate_backend(pg_backend_pid())"));
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

        QVERIFY(m_server.run(QStringLiteral("pause")));
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

        QVERIFY(m_server.run(QStringLiteral("resume")));
        m_serverUp = true;
        auto read2 = readBackendPid(db);
        AWAIT_OK(read2);
        auto write2 = writeProbe(db, QStringLiteral("after resume"));
        AWAIT_OK(write2);
        auto rows = countProbes(db, QStringLiteral("while stopped"));
        AWAIT_OK(rows);
        QCOMPARE(rows.result(), 0);
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
