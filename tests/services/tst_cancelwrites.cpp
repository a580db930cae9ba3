#include "Await.h"
#include "DepartmentService.h"
#include "ServiceFixture.h"
#include "TestSql.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Canceling a service write tells the truth: a write still queued never runs, and one that has
// begun is either rolled back and reported canceled, or reports what it committed.
class tst_CancelWrites : public QObject {
    Q_OBJECT

private:
    static QFuture<QString> nameOf(Database& db, qint64 id)
    {
        return db.read([id](Connection& c) {
            return TestSql::scalar(c, QStringLiteral("SELECT name_en FROM department WHERE id = ?"),
                                   {id})
                .toString();
        });
    }

    static QFuture<qint64> countNamed(Database& db, const QString& name)
    {
        return db.read([name](Connection& c) {
            return TestSql::scalar(
                       c, QStringLiteral("SELECT count(*) FROM department WHERE name_en = ?"),
                       {name})
                .toLongLong();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void queuedWriteCanceledNeverRuns_data() { TestBackend::addColumns(); }
    void queuedWriteCanceledNeverRuns()
    {
        QFETCH(QString, backend);
        ServiceFixture fx;
        QVERIFY(fx.open(backend));
        // One worker, kept busy: the service write waits in the queue behind it.
        QSemaphore gate;
        ServiceHost desk(std::make_unique<Database>(fx.db().settings(), 1));
        const auto open = qScopeGuard([&gate] { gate.release(); });
        QSignalSpy announced(&desk.feed(), &ChangeFeed::changed);
        auto busy = desk.database().write([&gate](Connection&) { gate.acquire(); });
        QTRY_VERIFY(busy.isStarted());

        DepartmentInput in;
        in.nameEn = QStringLiteral("Canceled while queued");
        in.nameAr = QStringLiteral("ملغى");
        auto created = desk.services().departments().create(fx.admin, in);
        QVERIFY(!created.isStarted());
        created.cancel();
        gate.release();
        AWAIT(busy);
        AWAIT(created);

        QVERIFY(created.isCanceled());
        QCOMPARE(created.resultCount(), 0);
        auto count = countNamed(fx.db(), in.nameEn);
        AWAIT_OK(count);
        QCOMPARE(count.result(), 0);
        QVERIFY(announced.isEmpty());
    }

    void runningWriteCanceledRollsBack_data() { TestBackend::addColumns(); }
    void runningWriteCanceledRollsBack()
    {
        QFETCH(QString, backend);
        ServiceFixture fx;
        QVERIFY(fx.open(backend));
        DepartmentInput in;
        in.nameEn = QStringLiteral("Kept");
        in.nameAr = QStringLiteral("باق");
        auto kept = fx.host().services().departments().create(fx.admin, in);
        AWAIT_OK(kept);
        const DepartmentRecord department = kept.result();

        // Another desktop holds the row (PostgreSQL) or SQLite's write lock: the write below
        // begins and then waits inside its transaction.
        QSemaphore holding;
        QSemaphore gate;
        Database other(fx.db().settings(), 1);
        const auto open = qScopeGuard([&gate] { gate.release(); });
        auto held = other.write([&holding, &gate, id = department.id](Connection& c) {
            c.exec(QStringLiteral("UPDATE department SET name_en = name_en WHERE id = ?"), {id});
            holding.release();
            gate.acquire();
        });
        QTRY_VERIFY(holding.available() > 0);

        QSignalSpy announced(&fx.feed(), &ChangeFeed::changed);
        DepartmentInput renamed = in;
        renamed.nameEn = QStringLiteral("Renamed, then canceled");
        auto update = fx.host().services().departments().update(fx.admin, department.id,
                                                                department.version, renamed);
        QTRY_VERIFY(update.isStarted());
        update.cancel();
        gate.release();
        AWAIT_OK(held);
        AWAIT(update);

        // Canceled before its COMMIT: rolled back, reported canceled, nothing announced.
        QVERIFY(update.isCanceled());
        QCOMPARE(update.resultCount(), 0);
        auto name = nameOf(fx.db(), department.id);
        AWAIT_OK(name);
        QCOMPARE(name.result(), in.nameEn);
        QVERIFY(announced.isEmpty());
    }

    void writeNotCanceledReportsItsResult_data() { TestBackend::addColumns(); }
    void writeNotCanceledReportsItsResult()
    {
        QFETCH(QString, backend);
        ServiceFixture fx;
        QVERIFY(fx.open(backend));
        QSignalSpy announced(&fx.feed(), &ChangeFeed::changed);
        DepartmentInput in;
        in.nameEn = QStringLiteral("Committed");
        in.nameAr = QStringLiteral("محفوظ");
        auto created = fx.host().services().departments().create(fx.admin, in);
        AWAIT_OK(created);
        // Announced on the worker before the future finished.
        QVERIFY(!announced.isEmpty());
        QCOMPARE(announced.first().at(0).toString(), QStringLiteral("department"));
        QCOMPARE(announced.first().at(1).value<QList<qint64>>(),
                 QList<qint64>{created.result().id});
        // Too late to cancel: the result stays what was committed.
        created.cancel();
        QCOMPARE(created.resultCount(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_CancelWrites)
#include "tst_cancelwrites.moc"
