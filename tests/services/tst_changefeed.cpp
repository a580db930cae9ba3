#include "AccountService.h"
#include "Await.h"
#include "ChangeSet.h"
#include "ServiceFixture.h"
#include "ServiceHost.h"
#include "SqliteChangeWatch.h"

#include <QSignalSpy>
#include <QTest>

class tst_ChangeFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void otherDesktopSeesTheChangeAfterCommitOnly()
    {
        ServiceFixture fx;
        QVERIFY(fx.open(QStringLiteral("postgresql")));
        // A second desktop: its own feed (instance), pool and listener on the same database.
        ServiceHost other(std::make_unique<Database>(fx.db().settings()));
        QSignalSpy listening(&other, &ServiceHost::listening);
        other.listen();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 30000);
        QSignalSpy seen(&other.feed(), &ChangeFeed::changed);
        QSignalSpy local(&fx.feed(), &ChangeFeed::changed);

        // A failed transaction notifies nobody.
        AccountService accounts(fx.db(), fx.feed());
        AccountInput bad;
        bad.username = QStringLiteral("CAPTAIN");
        bad.password = QStringLiteral("long-enough");
        auto refused = accounts.create(fx.admin, bad);
        AWAIT(refused);
        QVERIFY(errorOf(refused));

        AccountInput in;
        in.username = QStringLiteral("remote-change");
        in.password = QStringLiteral("long-enough");
        auto created = accounts.create(fx.admin, in);
        AWAIT_OK(created);
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 30000);
        QCOMPARE(seen.first().at(0).toString(), QStringLiteral("account"));
        QCOMPARE(seen.first().at(1).value<QList<qint64>>(), QList<qint64>{created.result().id});
        // This desktop announced it once, locally; its own NOTIFY is not echoed back.
        QCOMPARE(local.size(), 1);
    }

    // A change of up to 1,000 rows of an entity names them; past that it says "any row" (the
    // screens reload all) and keeps no ids, whatever the other entities do.
    void manyRowsAnnounceAnyRow()
    {
        ChangeFeed feed;
        QSignalSpy spy(&feed, &ChangeFeed::changed);
        const QString employee = QStringLiteral("employee");
        ChangeSet few;
        for (qint64 id = 1; id <= 1000; ++id)
            few.touch(employee, id);
        few.announce(feed);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(1).value<QList<qint64>>().size(), 1000);

        spy.clear();
        ChangeSet many;
        for (qint64 id = 1; id <= 1001; ++id)
            many.touch(employee, id);
        many.touch(employee, 5);
        many.touch(QStringLiteral("origin"), 7);
        many.announce(feed);
        QCOMPARE(spy.size(), 2);
        QMap<QString, QList<qint64>> announced;
        for (const QList<QVariant>& signal : spy)
            announced.insert(signal.at(0).toString(), signal.at(1).value<QList<qint64>>());
        QCOMPARE(announced.value(employee), QList<qint64>());
        QVERIFY(announced.contains(employee));
        QCOMPARE(announced.value(QStringLiteral("origin")), QList<qint64>{7});
    }

    void sqliteAnnouncesLocally()
    {
        ServiceFixture fx;
        QVERIFY(fx.open(QStringLiteral("sqlite")));
        QSignalSpy local(&fx.feed(), &ChangeFeed::changed);
        AccountService accounts(fx.db(), fx.feed());
        auto out = accounts.signOutEverywhere(fx.admin, fx.stock.accountId);
        AWAIT_OK(out);
        QTRY_COMPARE(local.size(), 1);
        QCOMPARE(local.first().at(1).value<QList<qint64>>(), QList<qint64>{fx.stock.accountId});
    }

    // SQLite: another process's commit (here another Database on the file: other connections)
    // shows as every entity changed; this process's own commits are announced once, not again.
    void sqliteSeesAnotherProcessesCommits()
    {
        ServiceFixture fx;
        QVERIFY(fx.open(QStringLiteral("sqlite")));
        ServiceHost other(std::make_unique<Database>(fx.db().settings()));
        QSignalSpy listening(&other, &ServiceHost::listening);
        other.listen();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 30000);
        auto* watch = other.findChild<SqliteChangeWatch*>();
        QVERIFY(watch);
        QSignalSpy checked(watch, &SqliteChangeWatch::checked);
        QSignalSpy seen(&other.feed(), &ChangeFeed::changed);

        AccountService accounts(fx.db(), fx.feed());
        auto out = accounts.signOutEverywhere(fx.admin, fx.stock.accountId);
        AWAIT_OK(out);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && checked.last().at(0).toBool(), 30000);
        QStringList entities;
        for (const QList<QVariant>& change : std::as_const(seen)) {
            entities << change.at(0).toString();
            QVERIFY(change.at(1).value<QList<qint64>>().isEmpty()); // any row
        }
        QCOMPARE(entities, SqliteChangeWatch::entities());

        // Its own commit: announced by its service, and not seen again by its watch.
        seen.clear();
        AccountService ownAccounts(other.database(), other.feed());
        auto own = ownAccounts.signOutEverywhere(fx.admin, fx.stock.accountId);
        AWAIT_OK(own);
        QTRY_COMPARE(seen.size(), 1);
        checked.clear();
        QTRY_VERIFY_WITH_TIMEOUT(checked.size() >= 2, 30000);
        for (const QList<QVariant>& check : std::as_const(checked))
            QVERIFY(!check.at(0).toBool());
        QCOMPARE(seen.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ChangeFeed)
#include "tst_changefeed.moc"
