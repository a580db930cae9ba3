#include "Await.h"
#include "CliRunner.h"
#include "Connection.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSemaphore>
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

    // The server ends the command's session while it waits for a lock (as a restart or an
    // administrator would), and again on the fresh connection it tries once more with: one line,
    // no "()", no warning of Qt's or the server's.
    void endedSessionIsOneLine()
    {
        QVERIFY(m_cli.prepareDemo(QStringLiteral("postgresql")));
        std::atomic<bool> held{false};
        QSemaphore release;
        std::thread holder([this, &held, &release] {
            Connection other(m_cli.settings(), QStringLiteral("tst-holder"));
            other.ensureOpen();
            other.inTransaction([&] {
                other.execDirect(
                    QStringLiteral("LOCK TABLE allowed_origins IN ACCESS EXCLUSIVE MODE"));
                held = true;
                release.acquire();
            });
        });
        // A failed check returns early: a thread still joinable then would end the test run.
        const auto joined = qScopeGuard([&holder, &release] {
            release.release();
            holder.join();
        });
        QVERIFY(QTest::qWaitFor([&held] { return held.load(); }, 30000));

        QProcess cli;
        QProcessEnvironment signedIn;
        signedIn.insert(QStringLiteral("MEALDESK_USER"), QStringLiteral("admin"));
        signedIn.insert(QStringLiteral("MEALDESK_PASSWORD"),
                        CliRunner::demoPassword(QStringLiteral("admin")));
        m_cli.start(cli,
                    {QStringLiteral("origins"), QStringLiteral("list"),
                     QStringLiteral("--database"), m_cli.settings().displayUrl()},
                    signedIn);
        QVERIFY(cli.waitForStarted(30000));
        cli.closeWriteChannel();
        // Every session of the command waiting for the lock is ended as soon as it waits.
        int ended = 0;
        QDeadlineTimer deadline(120000);
        while (!cli.waitForFinished(50) && !deadline.hasExpired())
            ended += m_cli
                         .scalar(QStringLiteral(
                             "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                             "WHERE datname = current_database() AND wait_event_type = 'Lock'"))
                         .toInt();
        QCOMPARE(cli.state(), QProcess::NotRunning);
        QVERIFY2(ended >= 2, qPrintable(QString::number(ended)));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY2(CliRunner::isOneErrorLine(err), qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("()")), qPrintable(err));
        // The server's reason, not libpq's guess that it "terminated abnormally".
        QVERIFY2(err.contains(QStringLiteral("the database server ended the connection "
                                             "(terminating connection due to administrator "
                                             "command)")),
                 qPrintable(err));
        QVERIFY2(!err.contains(QStringLiteral("abnormally")), qPrintable(err));
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
