#include "Await.h"
#include "ServiceFixture.h"
#include "TestSql.h"

#include <QTest>

// A SQLite database that fills up in the middle of an employee import: the import fails with a
// message a person understands, none of it stays, the file is intact, and once there is room
// again an import succeeds.
namespace {

// Pages the database may grow by before it is full: room for some of the big import's rows,
// not for all of them.
constexpr int headroomPages = 8;
constexpr int bigImportRows = 3000;
constexpr int smallImportRows = 20;

QByteArray employeesCsv(int firstId, int rows)
{
    QByteArray csv = "id,code,name_en,title\n";
    for (int id = firstId; id < firstId + rows; ++id)
        csv += QStringLiteral("%1,%2,Employee number %1 of the import,Kitchen assistant\n")
                   .arg(id)
                   .arg(id + 100000)
                   .toUtf8();
    return csv;
}

struct Counts {
    qint64 employees = 0;
    qint64 auditRows = 0;
};

} // namespace

class tst_SqliteFull : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    // Limits the database to its current size plus `headroom` pages (0: lifts the limit);
    // resolves to the limit now in force.
    //
    // max_page_count belongs to a connection, not to the file. On SQLite a Database writes
    // through one connection only: its write pool has a single thread that keeps its
    // connection for the Database's life, and every write (importCsv included) runs there.
    // exclusive() runs on that same thread, so the limit set here is the one the import meets;
    // the readers never grow the file. The value is a number this test computes: PRAGMA takes
    // no bound values.
    QFuture<qint64> limitTo(int headroom)
    {
        return m_fx.db().exclusive([headroom](Connection& c) {
            const qint64 pages =
                TestSql::scalar(c, QStringLiteral("PRAGMA page_count")).toLongLong();
            c.execDirect(QStringLiteral("PRAGMA max_page_count = %1")
                             .arg(headroom ? pages + headroom : 0x7fffffff));
            const qint64 max =
                TestSql::scalar(c, QStringLiteral("PRAGMA max_page_count")).toLongLong();
            return headroom && max != pages + headroom ? -1 : max;
        });
    }

    QFuture<Counts> counts()
    {
        return m_fx.db().read([](Connection& c) {
            return Counts{
                TestSql::scalar(c, QStringLiteral("SELECT count(*) FROM employee")).toLongLong(),
                TestSql::scalar(c, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong()};
        });
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void fullDuringAnImport()
    {
        QVERIFY(m_fx.open(QStringLiteral("sqlite")));
        auto before = counts();
        AWAIT_OK(before);
        auto limited = limitTo(headroomPages);
        AWAIT_OK(limited);
        QVERIFY2(limited.result() > 0, "the page limit did not take on the writer's connection");

        auto import = m_fx.host().services().employees().importCsv(m_fx.captain,
                                                                   employeesCsv(1, bigImportRows));
        AWAIT(import);
        const std::optional<Failure> error = errorOf(import);
        QVERIFY2(error, "the import fitted: it must not, for this test to mean anything");
        qInfo("%s", qPrintable(error->message()));
        QCOMPARE(error->kind(), Failure::Kind::Unavailable);
        QVERIFY2(error->message().contains(QLatin1String("is full")) &&
                     error->message().contains(QLatin1String("free some space")),
                 qPrintable(error->message()));

        auto after = counts();
        AWAIT_OK(after);
        QCOMPARE(after.result().employees, before.result().employees);
        QCOMPARE(after.result().auditRows, before.result().auditRows);

        auto check = m_fx.db().read([](Connection& c) {
            QStringList lines;
            Statement q = c.exec(QStringLiteral("PRAGMA integrity_check"));
            while (q.next())
                lines << q.value(0).toString();
            return lines;
        });
        AWAIT_OK(check);
        QCOMPARE(check.result(), QStringList{QStringLiteral("ok")});

        // The writer's connection may have been reopened after the failure: the limit is lifted
        // on whichever it is now.
        auto lifted = limitTo(0);
        AWAIT_OK(lifted);
        auto retry = m_fx.host().services().employees().importCsv(m_fx.captain,
                                                                  employeesCsv(1, smallImportRows));
        AWAIT_OK(retry);
        QVERIFY(retry.result().applied);
        auto done = counts();
        AWAIT_OK(done);
        QCOMPARE(done.result().employees, before.result().employees + smallImportRows);
    }
};

QTEST_GUILESS_MAIN(tst_SqliteFull)
#include "tst_sqlitefull.moc"
