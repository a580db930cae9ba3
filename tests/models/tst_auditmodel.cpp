#include "AccountService.h"
#include "AuditModel.h"
#include "AuditService.h"
#include "Await.h"
#include "EmployeeService.h"
#include "ModelTesting.h"
#include "OriginService.h"
#include "ServiceFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTesting;
using State = AsyncTableModelBase::State;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList actions(const AuditModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << cell(model, row, AuditModel::ActionColumn);
    return shown;
}

} // namespace

class tst_AuditModel : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    // origin.add, origin.edit and account.block, in that order, by the admin.
    bool makeChanges(OriginService& origins, AccountService& accounts)
    {
        auto added = origins.add(m_fx.admin, QStringLiteral("https://audit.example"),
                                 QStringLiteral("first"));
        if (!QTest::qWaitFor([&] { return added.isFinished(); }, 60000) || errorOf(added))
            return false;
        auto edited = origins.setNote(m_fx.admin, added.result().id, added.result().version,
                                      QStringLiteral("second"));
        if (!QTest::qWaitFor([&] { return edited.isFinished(); }, 60000) || errorOf(edited))
            return false;
        auto blocked = accounts.setBlocked(m_fx.admin, m_fx.stock.accountId, true);
        return QTest::qWaitFor([&] { return blocked.isFinished(); }, 60000) && !errorOf(blocked);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void newestFirstAndNewRowsArriveWithoutReset_data() { TestBackend::addColumns(); }
    void newestFirstAndNewRowsArriveWithoutReset()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        AccountService accounts(m_fx.db(), m_fx.feed());
        AuditService audit(m_fx.db(), m_fx.feed());
        QVERIFY(makeChanges(origins, accounts));

        AuditModel model(audit, m_fx.admin, m_fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(actions(model),
                 (QStringList{QStringLiteral("Account blocked"), QStringLiteral("Origin edited"),
                              QStringLiteral("Origin added")}));
        QCOMPARE(cell(model, 0, AuditModel::AccountColumn), QStringLiteral("admin"));
        QCOMPARE(cell(model, 0, AuditModel::EntityColumn), QStringLiteral("Account"));
        QCOMPARE(cell(model, 0, AuditModel::EntityIdColumn), QString::number(m_fx.stock.accountId));
        QCOMPARE(cell(model, 1, AuditModel::EntityColumn), QStringLiteral("Allowed origin"));
        QVERIFY(!cell(model, 0, AuditModel::AtColumn).isEmpty());
        QVERIFY(model.record(1)->details.contains(QStringLiteral("second")));
        QCOMPARE(model.headerData(AuditModel::AtColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time"));

        // Oldest first on request; the other columns have no sort key.
        model.sort(AuditModel::AtColumn, Qt::AscendingOrder);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(cell(model, 0, AuditModel::ActionColumn), QStringLiteral("Origin added"));
        model.sort(AuditModel::AtColumn, Qt::DescendingOrder);
        QVERIFY(waitForState(model, State::Idle));

        // Any change writes an audit row: whatever entity it announces, the new row comes in,
        // without a reset (the row moves the others down).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        auto unblocked = accounts.setBlocked(m_fx.admin, m_fx.stock.accountId, false);
        AWAIT_OK(unblocked);
        QTRY_COMPARE(model.rowCount(), 4);
        QVERIFY(loadRow(model, 0));
        QCOMPARE(cell(model, 0, AuditModel::ActionColumn), QStringLiteral("Account unblocked"));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        EmployeeInput cook;
        cook.id = 7;
        cook.code = 7007;
        cook.nameEn = QStringLiteral("Cook");
        auto hired = employees.create(m_fx.captain, cook);
        AWAIT_OK(hired);
        QTRY_COMPARE(model.rowCount(), 5);
        QVERIFY(loadRow(model, 0));
        QCOMPARE(cell(model, 0, AuditModel::ActionColumn), QStringLiteral("Employee created"));
        QCOMPARE(cell(model, 0, AuditModel::AccountColumn), QStringLiteral("captain"));
        QCOMPARE(cell(model, 0, AuditModel::EntityColumn), QStringLiteral("Employee"));
        QCOMPARE(resets.size(), 0);
        QVERIFY(waitForState(model, State::Idle));
    }

    void filtersGoToTheService_data() { TestBackend::addColumns(); }
    void filtersGoToTheService()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        OriginService origins(m_fx.db(), m_fx.feed());
        AccountService accounts(m_fx.db(), m_fx.feed());
        AuditService audit(m_fx.db(), m_fx.feed());
        QVERIFY(makeChanges(origins, accounts));
        AuditModel model(audit, m_fx.admin, m_fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));

        AuditFilter byEntity;
        byEntity.entity = QStringLiteral("allowed_origin");
        model.setFilter(byEntity);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(actions(model),
                 (QStringList{QStringLiteral("Origin edited"), QStringLiteral("Origin added")}));

        AuditFilter byAction;
        byAction.action = QStringLiteral("account.block");
        model.setFilter(byAction);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(actions(model), QStringList{QStringLiteral("Account blocked")});

        AuditFilter byAccount;
        byAccount.accountId = m_fx.captain.accountId;
        model.setFilter(byAccount);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 0);
        // The captain's own change comes in; the admin's does not.
        EmployeeService employees(m_fx.db(), m_fx.feed());
        EmployeeInput cook;
        cook.id = 7;
        cook.code = 7007;
        cook.nameEn = QStringLiteral("Cook");
        auto hired = employees.create(m_fx.captain, cook);
        AWAIT_OK(hired);
        QTRY_COMPARE(model.rowCount(), 1);
        auto off = employees.setActive(m_fx.admin, 7, false);
        AWAIT_OK(off);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(actions(model), QStringList{QStringLiteral("Employee created")});

        const QDateTime now = QDateTime::currentDateTimeUtc();
        AuditFilter recent;
        recent.from = now.addSecs(-3600);
        model.setFilter(recent);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 5);
        recent.to = now.addSecs(-1800);
        model.setFilter(recent);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 0);
        AuditFilter future;
        future.from = now.addSecs(3600);
        model.setFilter(future);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 0);
    }

    void rowsWithoutAnAccountAndRefusals_data() { TestBackend::addColumns(); }
    void rowsWithoutAnAccountAndRefusals()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AuditService audit(m_fx.db(), m_fx.feed());
        // As the first super admin's creation is written: no acting account.
        auto written = m_fx.db().write([](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO audit_log (at, account_id, action, entity, "
                                  "entity_id, details) VALUES (?, NULL, ?, ?, ?, ?)"),
                   {c.toDb(QDateTime::currentDateTimeUtc()), QStringLiteral("demo.fill"),
                    QStringLiteral("database"), QVariant(), QStringLiteral("{}")});
        });
        AWAIT_OK(written);
        AuditModel model(audit, m_fx.admin, m_fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model, 0, AuditModel::AccountColumn), QStringLiteral("(system)"));
        QCOMPARE(cell(model, 0, AuditModel::EntityColumn), QStringLiteral("Database"));
        QCOMPARE(cell(model, 0, AuditModel::EntityIdColumn), QString());
        QCOMPARE(cell(model, 0, AuditModel::ActionColumn), QStringLiteral("Demo data added"));
        // An action no title names (another program's) shows as written.
        QCOMPARE(AuditModel::actionTitle(QStringLiteral("backend.refresh")),
                 QStringLiteral("backend.refresh"));

        // Only super admins read the audit log.
        AuditModel refused(audit, m_fx.taker, m_fx.feed());
        QAbstractItemModelTester refusedTester(&refused, fatal);
        QSignalSpy errors(&refused, &AsyncTableModelBase::errorOccurred);
        QVERIFY(waitForState(refused, State::Error));
        QCOMPARE(refused.rowCount(), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!refused.error().isEmpty());
    }

    void otherDesktopsChangesShow()
    {
        ServiceFixture fx;
        QVERIFY(fx.open(QStringLiteral("postgresql")));
        AuditService audit(fx.db(), fx.feed());
        QSignalSpy listening(&fx.host(), &ServiceHost::listening);
        fx.host().listen();
        QTRY_VERIFY_WITH_TIMEOUT(!listening.isEmpty(), 30000);
        AuditModel model(audit, fx.admin, fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 0);

        // Another desktop: its own pool, feed and service on the same database.
        Database otherDb(fx.db().settings());
        ChangeFeed otherFeed;
        OriginService otherOrigins(otherDb, otherFeed);
        auto added = otherOrigins.add(fx.admin, QStringLiteral("https://a.example"), QString());
        AWAIT_OK(added);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 30000);
        QVERIFY(loadRow(model, 0));
        QCOMPARE(cell(model, 0, AuditModel::ActionColumn), QStringLiteral("Origin added"));
        QVERIFY(waitForState(model, State::Idle));
    }
};

QTEST_GUILESS_MAIN(tst_AuditModel)
#include "tst_auditmodel.moc"
