#include "AccountService.h"
#include "AuditService.h"
#include "Await.h"
#include "OriginService.h"
#include "ServiceFixture.h"
#include "TestCsv.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_AuditService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void changesLeaveAuditRowsWithOldAndNewValues_data() { TestBackend::addColumns(); }
    void changesLeaveAuditRowsWithOldAndNewValues()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        AuditService audit(m_fx.db(), m_fx.feed());
        auto added = origins.add(m_fx.admin, QStringLiteral("https://audit.example"),
                                 QStringLiteral("first"));
        AWAIT_OK(added);
        auto edited = origins.setNote(m_fx.admin, added.result().id, 1, QStringLiteral("second"));
        AWAIT_OK(edited);

        AuditFilter filter;
        filter.action = QStringLiteral("origin.edit");
        auto page = audit.list(m_fx.admin, filter, {});
        AWAIT_OK(page);
        QCOMPARE(page.result().rows.size(), 1);
        const AuditRecord r = page.result().rows.first();
        QCOMPARE(r.accountId, m_fx.admin.accountId);
        QCOMPARE(r.accountName, QStringLiteral("admin"));
        QCOMPARE(r.entity, QStringLiteral("allowed_origin"));
        QCOMPARE(r.entityId, QString::number(added.result().id));
        const QJsonObject details = QJsonDocument::fromJson(r.details.toUtf8()).object();
        QCOMPARE(details[QStringLiteral("old")][QStringLiteral("note")].toString(),
                 QStringLiteral("first"));
        QCOMPARE(details[QStringLiteral("new")][QStringLiteral("note")].toString(),
                 QStringLiteral("second"));

        AuditFilter byEntity;
        byEntity.entity = QStringLiteral("allowed_origin");
        byEntity.accountId = m_fx.admin.accountId;
        byEntity.from = QDateTime::currentDateTimeUtc().addSecs(-600);
        auto n = audit.count(m_fx.admin, byEntity);
        AWAIT_OK(n);
        QCOMPARE(n.result(), qint64(2));
        byEntity.to = QDateTime::currentDateTimeUtc().addSecs(-300);
        auto none = audit.count(m_fx.admin, byEntity);
        AWAIT_OK(none);
        QCOMPARE(none.result(), qint64(0));
    }

    void passwordsNeverReachTheAuditLog_data() { TestBackend::addColumns(); }
    void passwordsNeverReachTheAuditLog()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        AccountInput in;
        in.username = QStringLiteral("secretive");
        in.password = QStringLiteral("do-not-log-me");
        auto created = accounts.create(m_fx.admin, in);
        AWAIT_OK(created);
        auto pw =
            accounts.setPassword(m_fx.admin, created.result().id, QStringLiteral("nor-me-either"));
        AWAIT_OK(pw);
        auto all = m_fx.db().read([](Connection& c) {
            QStringList details;
            Statement q = c.exec(QStringLiteral("SELECT details FROM audit_log"));
            while (q.next())
                details << q.value(0).toString();
            return details.join(QLatin1Char('\n'));
        });
        AWAIT_OK(all);
        QVERIFY(all.result().contains(QStringLiteral("secretive")));
        QVERIFY(!all.result().contains(QStringLiteral("do-not-log-me")));
        QVERIFY(!all.result().contains(QStringLiteral("nor-me-either")));
        QVERIFY(!all.result().contains(QStringLiteral("$2b$")));
    }

    void exportWritesTheFilteredEntriesInTheOrderAsked_data() { TestBackend::addColumns(); }
    void exportWritesTheFilteredEntriesInTheOrderAsked()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        AuditService audit(m_fx.db(), m_fx.feed());
        QList<qint64> ids;
        for (const QString& url :
             {QStringLiteral("https://one.example"), QStringLiteral("https://two.example"),
              QStringLiteral("https://three.example")}) {
            auto added = origins.add(m_fx.admin, url, QStringLiteral("first"));
            AWAIT_OK(added);
            ids << added.result().id;
        }
        auto edited = origins.setNote(m_fx.admin, ids.first(), 1, QStringLiteral("other"));
        AWAIT_OK(edited);

        AuditFilter filter;
        filter.action = QStringLiteral("origin.add");
        PageRequest newestFirst;
        newestFirst.sortKey = QStringLiteral("at");
        newestFirst.descending = true;
        auto csv = audit.exportCsv(m_fx.admin, filter, newestFirst);
        AWAIT_OK(csv);
        QVERIFY(csv.result().startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = TestCsv::records(csv.result());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).join(QLatin1Char(',')),
                 QStringLiteral("Time (UTC),Actor,Action,Entity,Entity id,Details"));
        // The edit is not an origin.add; the additions come newest first.
        for (int i = 1; i < 4; ++i) {
            const QStringList& row = rows.at(i);
            QCOMPARE(row.size(), 6);
            const QDateTime at = QDateTime::fromString(row.at(0), Qt::ISODateWithMs);
            QVERIFY2(at.isValid() && row.at(0).endsWith(QLatin1Char('Z')), qPrintable(row.at(0)));
            QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            QCOMPARE(row.mid(1, 4).join(QLatin1Char(',')),
                     QStringLiteral("admin,origin.add,allowed_origin,%1").arg(ids.at(3 - i)));
            const QJsonObject details = QJsonDocument::fromJson(row.at(5).toUtf8()).object();
            QCOMPARE(details[QStringLiteral("new")][QStringLiteral("note")].toString(),
                     QStringLiteral("first"));
        }

        auto oldestTwo = audit.exportCsv(m_fx.admin, filter, {}, 2);
        AWAIT_OK(oldestTwo);
        const QList<QStringList> two = TestCsv::records(oldestTwo.result());
        QCOMPARE(two.size(), 3);
        QCOMPARE(two.at(1).at(4), QString::number(ids.at(0)));
        QCOMPARE(two.at(2).at(4), QString::number(ids.at(1)));
    }

    void exportReadsEveryPage_data() { TestBackend::addColumns(); }
    void exportReadsEveryPage()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuditService audit(m_fx.db(), m_fx.feed());
        // More entries than one page of the export holds, a few outside the filter between.
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
        QVERIFY(m_fx.write([&start](Connection& c) {
            for (int i = 0; i < 2600; ++i)
                c.exec(QStringLiteral("INSERT INTO audit_log (at, account_id, action, entity, "
                                      "entity_id, details) VALUES (?, NULL, ?, ?, ?, ?)"),
                       {c.toDb(start.addSecs(i)), QStringLiteral("bulk.test"),
                        i % 10 == 9 ? QStringLiteral("other") : QStringLiteral("thing"),
                        QString::number(i), QStringLiteral("{}")});
        }));
        AuditFilter filter;
        filter.entity = QStringLiteral("thing");
        auto csv = audit.exportCsv(m_fx.admin, filter);
        AWAIT_OK(csv);
        const QList<QStringList> rows = TestCsv::records(csv.result());
        QCOMPARE(rows.size(), 1 + 2340);
        int expected = 0;
        for (int row = 1; row < rows.size(); ++row, ++expected) {
            if (expected % 10 == 9)
                ++expected;
            QCOMPARE(rows.at(row).at(4), QString::number(expected));
            QCOMPARE(rows.at(row).at(1), QString()); // written by no account
        }
    }

    void onlySuperAdminsReadTheLog_data() { TestBackend::addColumns(); }
    void onlySuperAdminsReadTheLog()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuditService audit(m_fx.db(), m_fx.feed());
        for (const Actor& a : {m_fx.requester, m_fx.taker, m_fx.captain, m_fx.stock}) {
            auto f = audit.list(a, {}, {});
            AWAIT(f);
            QCOMPARE(errorOf(f)->kind(), Failure::Kind::Permission);
            auto csv = audit.exportCsv(a, {});
            AWAIT(csv);
            QCOMPARE(errorOf(csv)->kind(), Failure::Kind::Permission);
        }
    }
};

QTEST_GUILESS_MAIN(tst_AuditService)
#include "tst_auditservice.moc"
