#include "AccessPolicy.h"

#include <QTest>

// DOMAIN.md's role map, cell by cell.
class tst_AccessPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roleMap_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("superAdmin");
        QTest::addColumn<int>("operation");
        QTest::addColumn<bool>("allowed");

        const QList<Operation> operations = {
            Operation::ViewEmployees,     Operation::ManageEmployees,   Operation::ViewMealRequests,
            Operation::CreateMealRequest, Operation::DecideMealRequest, Operation::ViewReports,
            Operation::ManageAccounts,    Operation::ManageTokens,      Operation::ManageOrigins,
            Operation::ViewAuditLog};
        const char* names[] = {"ViewEmployees",     "ManageEmployees",   "ViewMealRequests",
                               "CreateMealRequest", "DecideMealRequest", "ViewReports",
                               "ManageAccounts",    "ManageTokens",      "ManageOrigins",
                               "ViewAuditLog"};
        struct Row {
            Role role;
            bool superAdmin;
            // One flag per operation, in the order above.
            QList<bool> allowed;
        };
        const QList<Row> rows = {
            {Role::Requester,
             false,
             {true, false, true, true, false, false, false, false, false, false}},
            {Role::RequestTaker,
             false,
             {true, false, true, true, true, true, false, false, false, false}},
            {Role::Captain,
             false,
             {true, true, true, true, true, true, false, false, false, false}},
            {Role::StockControl,
             false,
             {true, false, true, false, false, true, false, false, false, false}},
            {Role::Requester, true, {true, true, true, true, true, true, true, true, true, true}},
            {Role::StockControl,
             true,
             {true, true, true, true, true, true, true, true, true, true}},
        };
        for (const Row& row : rows) {
            for (int i = 0; i < operations.size(); ++i) {
                QTest::addRow("%s%s/%s", qPrintable(roleName(row.role)),
                              row.superAdmin ? "+super" : "", names[i])
                    << static_cast<int>(row.role) << row.superAdmin
                    << static_cast<int>(operations[i]) << row.allowed[i];
            }
        }
    }
    void roleMap()
    {
        QFETCH(int, role);
        QFETCH(bool, superAdmin);
        QFETCH(int, operation);
        QFETCH(bool, allowed);
        Actor actor;
        actor.role = static_cast<Role>(role);
        actor.superAdmin = superAdmin;
        QCOMPARE(AccessPolicy::allows(actor, static_cast<Operation>(operation)), allowed);
    }

    void departmentsLimitWhoOneActsFor()
    {
        Actor limited;
        limited.departmentIds = {3, 7};
        QVERIFY(AccessPolicy::coversDepartment(limited, 3));
        QVERIFY(!AccessPolicy::coversDepartment(limited, 4));
        Actor unlimited;
        QVERIFY(AccessPolicy::coversDepartment(unlimited, 4));
        Actor admin = limited;
        admin.superAdmin = true;
        QVERIFY(AccessPolicy::coversDepartment(admin, 4));
    }

    void roleNamesRoundTrip()
    {
        for (Role r : {Role::Requester, Role::RequestTaker, Role::Captain, Role::StockControl}) {
            Role back = Role::Requester;
            QVERIFY(roleFromName(roleName(r), &back));
            QCOMPARE(back, r);
        }
        Role unused = Role::Requester;
        QVERIFY(!roleFromName(QStringLiteral("captain"), &unused)); // exact names only
        QVERIFY(!roleFromName(QString(), &unused));
    }
};

QTEST_GUILESS_MAIN(tst_AccessPolicy)
#include "tst_accesspolicy.moc"
