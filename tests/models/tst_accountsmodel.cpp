#include "AccountService.h"
#include "AccountsModel.h"
#include "Await.h"
#include "DepartmentService.h"
#include "ModelTesting.h"
#include "ServiceFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTesting;
using State = AsyncTableModelBase::State;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList usernames(const AccountsModel& model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << cell(model, row, AccountsModel::UsernameColumn);
    return shown;
}

} // namespace

class tst_AccountsModel : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    // The fixture's accounts and "zed" (Captain, limited to one department), or nullopt.
    std::optional<AccountRecord> addZed(AccountService& accounts)
    {
        DepartmentService departments(m_fx.db(), m_fx.feed());
        DepartmentInput kitchen;
        kitchen.nameEn = QStringLiteral("Kitchen");
        kitchen.nameAr = QStringLiteral("المطبخ");
        auto department = departments.create(m_fx.admin, kitchen);
        if (!QTest::qWaitFor([&] { return department.isFinished(); }, 60000) || errorOf(department))
            return std::nullopt;
        AccountInput in;
        in.username = QStringLiteral("zed");
        in.fullName = QStringLiteral("Alpha Zed");
        in.title = QStringLiteral("Chef");
        in.role = Role::Captain;
        in.departmentIds = {department.result().id};
        in.password = QStringLiteral("zed-password-1");
        auto created = accounts.create(m_fx.admin, in);
        if (!QTest::qWaitFor([&] { return created.isFinished(); }, 60000) || errorOf(created))
            return std::nullopt;
        return created.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void listsSortsAndShowsAccounts_data() { TestBackend::addColumns(); }
    void listsSortsAndShowsAccounts()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        QVERIFY(addZed(accounts));

        AccountsModel model(accounts, m_fx.admin, m_fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(usernames(model),
                 (QStringList{QStringLiteral("admin"), QStringLiteral("captain"),
                              QStringLiteral("requester"), QStringLiteral("stock"),
                              QStringLiteral("taker"), QStringLiteral("zed")}));
        QCOMPARE(model.headerData(AccountsModel::RoleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Role"));
        QCOMPARE(cell(model, 0, AccountsModel::SuperAdminColumn), QStringLiteral("Yes"));
        QCOMPARE(cell(model, 0, AccountsModel::DepartmentsColumn), QStringLiteral("All"));
        QCOMPARE(cell(model, 4, AccountsModel::RoleColumn), QStringLiteral("Request taker"));
        QCOMPARE(cell(model, 4, AccountsModel::SuperAdminColumn), QStringLiteral("No"));
        QCOMPARE(cell(model, 5, AccountsModel::FullNameColumn), QStringLiteral("Alpha Zed"));
        QCOMPARE(cell(model, 5, AccountsModel::TitleColumn), QStringLiteral("Chef"));
        QCOMPARE(cell(model, 5, AccountsModel::RoleColumn), QStringLiteral("Captain"));
        QCOMPARE(cell(model, 5, AccountsModel::DepartmentsColumn),
                 QStringLiteral("1 department(s)"));
        QCOMPARE(cell(model, 5, AccountsModel::ActiveColumn), QStringLiteral("Yes"));
        QCOMPARE(cell(model, 5, AccountsModel::BlockedColumn), QStringLiteral("No"));
        QVERIFY(!cell(model, 5, AccountsModel::CreatedAtColumn).isEmpty());
        QCOMPARE(model.record(5)->departmentIds.size(), 1);
        QCOMPARE(model.data(model.index(5, 0), AsyncTableModelBase::IdRole).toLongLong(),
                 model.record(5)->id);

        // The full name sorts in the service; the title has no sort key and is ignored.
        model.sort(AccountsModel::FullNameColumn, Qt::DescendingOrder);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(usernames(model),
                 (QStringList{QStringLiteral("taker"), QStringLiteral("stock"),
                              QStringLiteral("requester"), QStringLiteral("captain"),
                              QStringLiteral("zed"), QStringLiteral("admin")}));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(AccountsModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(AccountsModel::FullNameColumn));
        QCOMPARE(resets.size(), 0);
    }

    void filtersAndFollowsChanges_data() { TestBackend::addColumns(); }
    void filtersAndFollowsChanges()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        AccountsModel model(accounts, m_fx.admin, m_fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 5);

        AccountFilter search;
        search.search = QStringLiteral("AKE"); // username or full name, any case
        model.setFilter(search);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(usernames(model), QStringList{QStringLiteral("taker")});

        AccountFilter blocked;
        blocked.blocked = true;
        model.setFilter(blocked);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 0);
        // Blocked through the service: the row now belongs to the filter and comes in.
        auto block = accounts.setBlocked(m_fx.admin, m_fx.stock.accountId, true);
        AWAIT_OK(block);
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(loadRow(model, 0));
        QCOMPARE(cell(model, 0, AccountsModel::UsernameColumn), QStringLiteral("stock"));
        QCOMPARE(cell(model, 0, AccountsModel::BlockedColumn), QStringLiteral("Yes"));
        QVERIFY(waitForState(model, State::Idle));

        // Unfiltered: a change updates its row in place, a new account is added at its place.
        model.setFilter({});
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto off = accounts.setActive(m_fx.admin, m_fx.requester.accountId, false);
        AWAIT_OK(off);
        QTRY_COMPARE(cell(model, 2, AccountsModel::ActiveColumn), QStringLiteral("No"));
        QCOMPARE(cell(model, 2, AccountsModel::UsernameColumn), QStringLiteral("requester"));
        QVERIFY(!changed.isEmpty());
        QVERIFY(addZed(accounts));
        QTRY_COMPARE(model.rowCount(), 6);
        QVERIFY(loadRow(model, 5));
        QCOMPARE(cell(model, 5, AccountsModel::UsernameColumn), QStringLiteral("zed"));
        QCOMPARE(resets.size(), 0);

        AccountFilter inactive;
        inactive.active = false;
        model.setFilter(inactive);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(usernames(model), QStringList{QStringLiteral("requester")});
        QVERIFY(waitForState(model, State::Idle));
    }

    void pagesThroughSmallPages_data() { TestBackend::addColumns(); }
    void pagesThroughSmallPages()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        AccountsModel model(accounts, m_fx.admin, m_fx.feed());
        model.setPaging(2, 2);
        QAbstractItemModelTester tester(&model, fatal);
        QVERIFY(waitForState(model, State::Idle));
        const QStringList expected = {QStringLiteral("admin"), QStringLiteral("captain"),
                                      QStringLiteral("requester"), QStringLiteral("stock"),
                                      QStringLiteral("taker")};
        for (int row = 0; row < expected.size(); ++row) {
            QVERIFY(loadRow(model, row));
            QCOMPARE(cell(model, row, AccountsModel::UsernameColumn), expected.at(row));
            QVERIFY(model.loadedRowCount() <= 4);
        }
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(waitForState(model, State::Idle));
    }

    void onlySuperAdminsSeeAccounts_data() { TestBackend::addColumns(); }
    void onlySuperAdminsSeeAccounts()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        AccountService accounts(m_fx.db(), m_fx.feed());
        AccountsModel model(accounts, m_fx.captain, m_fx.feed());
        QAbstractItemModelTester tester(&model, fatal);
        QSignalSpy errors(&model, &AsyncTableModelBase::errorOccurred);
        QVERIFY(waitForState(model, State::Error));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.error().isEmpty());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), model.error());
    }
};

QTEST_GUILESS_MAIN(tst_AccountsModel)
#include "tst_accountsmodel.moc"
