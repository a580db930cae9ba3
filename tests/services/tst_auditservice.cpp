#include "AccountService.h"
#include "AuditService.h"
#include "Await.h"
#include "OriginService.h"
#include "ServiceFixture.h"

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
        }
    }
};

QTEST_GUILESS_MAIN(tst_AuditService)
#include "tst_auditservice.moc"
