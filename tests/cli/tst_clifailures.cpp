#include "Await.h"
#include "CliRunner.h"
#include "Connection.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <QThread>

#include <atomic>
#include <thread>

// A failed command prints one line, "mealdesk-cli: <message>", whatever the driver says around
// it; a writer waits for another program's write to end instead of failing.
class tst_CliFailures : public QObject {
    Q_OBJECT

private:
    CliRunner m_cli;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void unreachablePostgresIsOneLine()
    {
        // Port 1: nothing listens there.
        const CliRunner::Result r = m_cli.run(
            {QStringLiteral("origins"), QStringLiteral("list"), QStringLiteral("--database"),
             QStringLiteral("postgresql://nobody@127.0.0.1:1/mealdesk?connect_timeout=2")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(CliRunner::isOneErrorLine(r.err), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("()")), qPrintable(r.err));
    }

    // The server ends every session of the database as soon as it idles (a restart's effect on
    // the statements that follow): one line, no "()", no warning of Qt's or the server's.
    void endedSessionIsOneLine()
    {
        QVERIFY(m_cli.prepareDemo(QStringLiteral("postgresql")));
        // A generated name (mdtest_...), not input.
        const QString name = m_cli.scalar(QStringLiteral("SELECT current_database()")).toString();
        QVERIFY(name.startsWith(QStringLiteral("mdtest_")));
        Database db(m_cli.settings(), 1);
        auto altered = db.exclusive([name](Connection& c) {
            c.execDirect(
                QStringLiteral("ALTER DATABASE %1 SET idle_session_timeout = 1").arg(name));
        });
        AWAIT_OK(altered);
        const CliRunner::Result r =
            m_cli.asAdmin({QStringLiteral("origins"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        // Known gap: a session ended while Qt's driver is still opening it (its own statements,
        // before MealDesk can take the connection's notices) makes libpq print the server's
        // FATAL line itself. Everything else must be the one line.
        QString err = r.err;
        static const QRegularExpression libpqFatal(
            QStringLiteral("^FATAL:  terminating connection due to idle-session timeout\n"),
            QRegularExpression::MultilineOption);
        err.remove(libpqFatal);
        QVERIFY2(CliRunner::isOneErrorLine(err), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("()")), qPrintable(r.err));
    }

    // While another program holds SQLite's write lock for longer than the old 5 s busy timeout,
    // a write command waits for it and succeeds.
    void writerWaitsForAnotherWriter()
    {
        QVERIFY(m_cli.prepareDemo(QStringLiteral("sqlite")));
        std::atomic<bool> held{false};
        std::thread holder([this, &held] {
            Connection other(m_cli.settings(), QStringLiteral("tst-holder"));
            other.ensureOpen();
            other.inTransaction([&] {
                other.exec(QStringLiteral("UPDATE department SET name_en = name_en"));
                held = true;
                QThread::msleep(6000);
            });
        });
        // A failed check returns early: a thread still joinable then would end the test run.
        const auto joined = qScopeGuard([&holder] {
            if (holder.joinable())
                holder.join();
        });
        QVERIFY(QTest::qWaitFor([&held] { return held.load(); }, 10000));
        const CliRunner::Result added =
            m_cli.asAdmin({QStringLiteral("origins"), QStringLiteral("add"),
                           QStringLiteral("https://a.example")});
        holder.join();
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(m_cli.count(QStringLiteral("allowed_origins")), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CliFailures)
#include "tst_clifailures.moc"
