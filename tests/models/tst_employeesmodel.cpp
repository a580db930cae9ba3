#include "Await.h"
#include "DepartmentService.h"
#include "EmployeeService.h"
#include "EmployeesModel.h"
#include "ModelTesting.h"
#include "ServiceFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModelTesting;
using State = AsyncTableModelBase::State;

class tst_EmployeesModel : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void listsSortsFiltersAndUpdates_data() { TestBackend::addColumns(); }
    void listsSortsFiltersAndUpdates()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        DepartmentInput kitchen;
        kitchen.nameEn = QStringLiteral("Kitchen");
        kitchen.nameAr = QStringLiteral("المطبخ");
        auto department = departments.create(m_fx.admin, kitchen);
        AWAIT_OK(department);
        EmployeeService employees(m_fx.db(), m_fx.feed());
        // Ids ascending, names in the opposite order.
        const QStringList names = {QStringLiteral("Zaid"), QStringLiteral("Yara"),
                                   QStringLiteral("Omar"), QStringLiteral("Huda")};
        for (int i = 0; i < names.size(); ++i) {
            EmployeeInput in;
            in.id = 100 + i;
            in.code = 5000 + i;
            in.nameEn = names.at(i);
            in.title = QStringLiteral("Cook");
            in.departmentId = i == 0 ? department.result().id : 0;
            auto created = employees.create(m_fx.admin, in);
            AWAIT_OK(created);
        }

        // Everyone signed in may read employees: a Requester here.
        EmployeesModel model(employees, m_fx.requester, m_fx.feed());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(0, EmployeesModel::IdColumn)).toLongLong(), 100);
        QCOMPARE(model.data(model.index(0, EmployeesModel::CodeColumn)).toLongLong(), 5000);
        QCOMPARE(model.data(model.index(0, EmployeesModel::IdColumn), Qt::TextAlignmentRole)
                     .value<Qt::Alignment>(),
                 Qt::AlignTrailing | Qt::AlignVCenter);
        QCOMPARE(cell(model, 0, EmployeesModel::NameEnColumn), QStringLiteral("Zaid"));
        QCOMPARE(cell(model, 0, EmployeesModel::DepartmentColumn), QStringLiteral("Kitchen"));
        QCOMPARE(cell(model, 1, EmployeesModel::DepartmentColumn), QString());
        QCOMPARE(cell(model, 0, EmployeesModel::ActiveColumn), QStringLiteral("Yes"));

        model.sort(EmployeesModel::NameEnColumn, Qt::AscendingOrder);
        QVERIFY(waitForState(model, State::Idle));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << cell(model, row, EmployeesModel::NameEnColumn);
        QCOMPARE(shown, (QStringList{QStringLiteral("Huda"), QStringLiteral("Omar"),
                                     QStringLiteral("Yara"), QStringLiteral("Zaid")}));

        EmployeeFilter filter;
        filter.search = QStringLiteral("AR"); // Omar, Yara
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, EmployeesModel::NameEnColumn), QStringLiteral("Omar"));

        // Deactivated by a Captain: the row changes in place.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto off = employees.setActive(m_fx.captain, 101, false);
        AWAIT_OK(off);
        QTRY_COMPARE(cell(model, 1, EmployeesModel::ActiveColumn), QStringLiteral("No"));
        QCOMPARE(cell(model, 1, EmployeesModel::NameEnColumn), QStringLiteral("Yara"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(waitForState(model, State::Idle));
    }
};

QTEST_GUILESS_MAIN(tst_EmployeesModel)
#include "tst_employeesmodel.moc"
