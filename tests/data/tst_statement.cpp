#include "Await.h"
#include "Connection.h"
#include "Database.h"
#include "TestBackend.h"

#include <QTest>

// The lease Connection::exec hands out: it ends its result on scope exit, and the same
// statement cannot run again while a lease on it is still being read.
class tst_Statement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void reusingALeasedStatementThrows_data() { TestBackend::addColumns(); }
    void reusingALeasedStatementThrows()
    {
        QFETCH(QString, backend);
        TestBackend fresh;
        Database db(fresh.fresh(backend));
        // What the outer loop read, what the nested run of the same statement did, and whether
        // the statement runs again once the outer lease has ended.
        auto read = db.read([](Connection& c) {
            const QString sql = QStringLiteral("SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3");
            QStringList log;
            {
                Statement outer = c.exec(sql);
                while (outer.next()) {
                    log << outer.value(0).toString();
                    if (log.size() == 1) {
                        try {
                            c.exec(sql);
                            log << QStringLiteral("nested run allowed");
                        } catch (const Failure& e) {
                            log << QStringLiteral("%1: %2").arg(e.kind() == Failure::Kind::Internal
                                                                    ? QStringLiteral("internal")
                                                                    : QStringLiteral("other"),
                                                                e.message());
                        }
                    }
                }
            }
            Statement again = c.exec(sql);
            log << (again.next() ? again.value(0).toString() : QStringLiteral("no row"));
            return log;
        });
        AWAIT_OK(read);
        // The outer result was not cut short by the refused run.
        QCOMPARE(read.result(),
                 (QStringList{QStringLiteral("1"),
                              QStringLiteral("internal: The statement SELECT 1 UNION ALL SELECT 2 "
                                             "UNION ALL SELECT 3 is still being read: it cannot "
                                             "run again before that read ends."),
                              QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1")}));
    }

    // SQLite only: a prepared PostgreSQL statement fetches its whole result at once and holds no
    // snapshot in autocommit.
    void aLeaseOutOfScopeHoldsNoSnapshot()
    {
        TestBackend fresh;
        const ConnectionSettings settings = fresh.fresh(QStringLiteral("sqlite"));
        Connection reader(settings, QStringLiteral("tst-statement-reader"));
        Connection writer(settings, QStringLiteral("tst-statement-writer"));
        writer.ensureOpen();
        writer.execDirect(QStringLiteral("CREATE TABLE probe (id INTEGER PRIMARY KEY)"));
        writer.exec(QStringLiteral("INSERT INTO probe (id) VALUES (1), (2), (3)"));
        {
            // One row of three: the statement is left mid-result, as a loop that breaks early.
            Statement first = reader.exec(QStringLiteral("SELECT id FROM probe ORDER BY id"));
            QVERIFY(first.next());
        }
        writer.exec(QStringLiteral("INSERT INTO probe (id) VALUES (4)"));
        Statement count = reader.exec(QStringLiteral("SELECT count(*) FROM probe"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_Statement)
#include "tst_statement.moc"
