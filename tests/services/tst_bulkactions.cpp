#include "Await.h"
#include "BulkResult.h"
#include "EmployeeService.h"
#include "OriginService.h"
#include "ServiceFixture.h"
#include "TestTokens.h"
#include "TokenService.h"

#include <QSignalSpy>
#include <QTest>

// Bulk actions of origins, tokens and employees: one call, one transaction, one audit row per
// item changed; an item refused is undone alone and named with why.
class tst_BulkActions : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    static const BulkResult::Refusal* refusalOf(const BulkResult& result, const QString& key)
    {
        for (const BulkResult::Refusal& r : result.refused) {
            if (r.key == key)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void origins_data() { TestBackend::addColumns(); }
    void origins()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        QList<qint64> ids;
        for (const char* url : {"https://a.example", "https://b.example", "https://c.example"}) {
            const auto added = settle(origins.add(m_fx.admin, QString::fromLatin1(url), QString()));
            QVERIFY(added);
            ids.append(added->id);
        }
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        auto disabled = origins.setActiveAll(m_fx.admin, {ids.at(0), 9999, ids.at(1)}, false);
        AWAIT_OK(disabled);
        QCOMPARE(disabled.result().done,
                 (QStringList{QString::number(ids.at(0)), QString::number(ids.at(1))}));
        QCOMPARE(disabled.result().refused.size(), 1);
        QCOMPARE(disabled.result().refused.at(0).kind, Failure::Kind::NotFound);
        QCOMPARE(m_fx.auditCount(QStringLiteral("origin.disable")), qint64(2));
        QCOMPARE(settle(origins.get(m_fx.admin, ids.at(1)))->active, false);
        QCOMPARE(settle(origins.get(m_fx.admin, ids.at(2)))->active, true);
        QTRY_COMPARE(changed.size(), 1);

        // Listed twice: done once, the second refused.
        auto removed = origins.removeAll(m_fx.admin, {ids.at(2), ids.at(2), 9999});
        AWAIT_OK(removed);
        QCOMPARE(removed.result().done, QStringList{QString::number(ids.at(2))});
        QCOMPARE(removed.result().refused.size(), 2);
        QVERIFY(removed.result().refused.at(0).message.contains(QStringLiteral("twice")));
        QCOMPARE(m_fx.rowCount(QStringLiteral("allowed_origins")), qint64(2));
        QCOMPARE(m_fx.auditCount(QStringLiteral("origin.remove")), qint64(1));

        // Not a super admin: the whole call is refused.
        auto denied = origins.setActiveAll(m_fx.captain, ids, true);
        AWAIT(denied);
        const auto e = errorOf(denied);
        QVERIFY(e);
        QCOMPARE(e->kind(), Failure::Kind::Permission);
    }

    void tokens_data() { TestBackend::addColumns(); }
    void tokens()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        TokenService tokens(m_fx.db(), m_fx.feed());
        const QString jwt = TestTokens::jwt({{QStringLiteral("jti"), QStringLiteral("jwt-1")},
                                             {QStringLiteral("type"), QStringLiteral("access")}});
        const QString pasted = QStringLiteral("bare-1\n  \n%1\nnot a token!\nbare-1\n").arg(jwt);
        auto revoked = tokens.revokeAll(m_fx.admin, pasted, QStringLiteral("leaked"));
        AWAIT_OK(revoked);
        QCOMPARE(revoked.result().done, (QStringList{QStringLiteral("bare-1"), jwt}));
        QCOMPARE(revoked.result().refused.size(), 2);
        QCOMPARE(revoked.result().refused.at(0).key, QStringLiteral("not a token!"));
        QCOMPARE(revoked.result().refused.at(0).kind, Failure::Kind::Validation);
        QVERIFY(revoked.result().refused.at(1).message.contains(QStringLiteral("twice")));
        QCOMPARE(m_fx.rowCount(QStringLiteral("revoked_tokens")), qint64(2));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM revoked_tokens WHERE jti = ? "
                                            "AND reason = ?"),
                             {QStringLiteral("jwt-1"), QStringLiteral("leaked")})
                     .toInt(),
                 1);
        QCOMPARE(m_fx.auditCount(QStringLiteral("token.revoke")), qint64(2));
        auto nothing = tokens.revokeAll(m_fx.admin, QStringLiteral(" \n "));
        AWAIT(nothing);
        const auto empty = errorOf(nothing);
        QVERIFY(empty);
        QCOMPARE(empty->kind(), Failure::Kind::Validation);
    }

    void employees_data() { TestBackend::addColumns(); }
    void employees()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        QList<qint64> ids;
        for (qint64 id = 1; id <= 3; ++id) {
            EmployeeInput in;
            in.id = id;
            in.code = 100 + id;
            in.nameEn = QStringLiteral("Worker %1").arg(id);
            in.title = QStringLiteral("Cook");
            QVERIFY(settle(employees.create(m_fx.admin, in)));
            ids.append(id);
        }
        auto deactivated = employees.deactivateAll(m_fx.captain, {1, 3, 77});
        AWAIT_OK(deactivated);
        QCOMPARE(deactivated.result().done,
                 (QStringList{QStringLiteral("1"), QStringLiteral("3")}));
        QVERIFY(refusalOf(deactivated.result(), QStringLiteral("77")));
        QCOMPARE(refusalOf(deactivated.result(), QStringLiteral("77"))->kind,
                 Failure::Kind::NotFound);
        QCOMPARE(settle(employees.get(m_fx.admin, 1))->active, false);
        QCOMPARE(settle(employees.get(m_fx.admin, 2))->active, true);
        QCOMPARE(settle(employees.get(m_fx.admin, 3))->active, false);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.deactivate")), qint64(2));
    }
};

QTEST_MAIN(tst_BulkActions)
#include "tst_bulkactions.moc"
