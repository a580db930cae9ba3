#include "Await.h"
#include "PrivatePgServer.h"
#include "ServiceFixture.h"
#include "WhenFinished.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <memory>

// PostgreSQL restarted, fast and then immediate, under a mixed workload kept at 8 calls in
// flight: every call ends, every acknowledged write is there afterwards, every failure says the
// server is unavailable, and work resumes on the same ServiceHost without restarting anything.
class tst_RestartUnderLoad : public QObject {
    Q_OBJECT

private:
    static constexpr int inFlight = 8;
    static constexpr qint64 runMs = 30000;

    PrivatePgServer m_server;
    ServiceFixture m_fixture;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;
    int m_running = 0;
    qint64 m_nextId = 1;
    // Employees whose create was acknowledged, and those whose create failed (may or may not
    // have been committed: the connection went away before the answer).
    QList<qint64> m_acknowledged;
    int m_reads = 0;
    int m_unavailable = 0;
    QStringList m_unexpected;
    // Calls that succeeded after the last restart had finished.
    int m_afterRestarts = 0;
    bool m_restartsDone = false;

    EmployeeService& employees() { return m_fixture.host().services().employees(); }

    // When `call` ends: its result to `ok`, or its failure counted; then the next call.
    template <typename T, typename Ok> void follow(const QFuture<T>& call, Ok ok)
    {
        const auto next = [this] {
            --m_running;
            startOne();
        };
        whenFinished(
            this, call,
            [this, ok, next](const T& result) {
                ok(result);
                if (m_restartsDone)
                    ++m_afterRestarts;
                next();
            },
            [this, next](const Failure& e) {
                if (e.kind() == Failure::Kind::Unavailable)
                    ++m_unavailable;
                else
                    m_unexpected << Failure::kindName(e.kind()) + QStringLiteral(": ") +
                                        e.message();
                next();
            });
    }

    // One call; when it ends, the next one starts until the run's time is up.
    void startOne()
    {
        if (m_clock.elapsed() >= runMs)
            return;
        ++m_running;
        const quint32 dice = m_random.bounded(4);
        if (dice < 2 || m_acknowledged.isEmpty()) {
            EmployeeInput input;
            input.id = m_nextId++;
            input.code = input.id;
            input.nameEn = QStringLiteral("Restart %1").arg(input.id);
            follow(employees().create(m_fixture.admin, input),
                   [this](const EmployeeRecord& e) { m_acknowledged << e.id; });
        } else if (dice == 2) {
            // An acknowledged employee is never missing, restarts or not.
            const qint64 id = m_acknowledged.at(m_random.bounded(m_acknowledged.size()));
            follow(employees().get(m_fixture.admin, id),
                   [this](const EmployeeRecord&) { ++m_reads; });
        } else {
            follow(employees().list(m_fixture.admin, {}, {}),
                   [this](const Page<EmployeeRecord>&) { ++m_reads; });
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        // The harness turns synchronous commits off for speed; an immediate restart is a crash,
        // and only a commit flushed before its acknowledgement survives one.
        QVERIFY(m_fixture.openAt(ConnectionSettings::parse(
            m_server.url() +
            QStringLiteral("?connect_timeout=2&options=-c%20synchronous_commit%3Don"))));
    }

    void restartsDuringMixedWork()
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        m_random.seed(seed);
        m_clock.start();
        for (int i = 0; i < inFlight; ++i)
            startOne();

        for (const char* mode : {"fast", "immediate"}) {
            // A third of the way in, then two thirds.
            QTRY_VERIFY_WITH_TIMEOUT(m_clock.elapsed() >= (mode[0] == 'f' ? 1 : 2) * runMs / 3,
                                     runMs);
            QVERIFY(m_server.run({QStringLiteral("restart"), QString::fromLatin1(mode)}));
        }
        m_restartsDone = true;
        QTRY_VERIFY_WITH_TIMEOUT(m_running == 0, runMs + 60000);

        qInfo("%lld ms, %d in flight: %d employees created, %d reads, %d calls found the server "
              "unavailable, %d calls succeeded after both restarts",
              m_clock.elapsed(), inFlight, int(m_acknowledged.size()), m_reads, m_unavailable,
              m_afterRestarts);
        QVERIFY2(m_unexpected.isEmpty(), qPrintable(m_unexpected.join(QLatin1Char('\n'))));
        // Work went on after the restarts, on the same ServiceHost.
        QVERIFY(m_afterRestarts >= inFlight);

        // Every acknowledged create is there.
        auto stored = m_fixture.db().read([](Connection& c) {
            QSet<qint64> ids;
            Statement q = c.exec(QStringLiteral("SELECT id FROM employee"));
            while (q.next())
                ids.insert(q.value(0).toLongLong());
            return ids;
        });
        AWAIT_OK(stored);
        const QSet<qint64> present = stored.result();
        for (qint64 id : std::as_const(m_acknowledged))
            QVERIFY2(present.contains(id), qPrintable(QString::number(id)));
    }
};

QTEST_GUILESS_MAIN(tst_RestartUnderLoad)
#include "tst_restartunderload.moc"
