#include "Await.h"
#include "OverviewScreen.h"
#include "ScreenTest.h"

#include <QLabel>
#include <QTest>

using GuiTest::screenshot;
using GuiTest::serviceTimeout;

class tst_OverviewScreen : public ScreenTest<OverviewScreen> {
    Q_OBJECT

private:
    QString textOf(const char* label) const { return find<QLabel>(label)->text(); }

    // 3 employees, 1 department, meal requests 1 Pending and 1 Approved, 2 revoked tokens,
    // allowed origins 1 active and 1 not.
    void seed()
    {
        const qint64 requester = m_fx->requester.accountId;
        auto written = m_fx->db().write([requester](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO department (name_en, name_ar) VALUES (?, ?)"),
                   {QStringLiteral("Kitchen"), QStringLiteral("المطبخ")});
            for (int id = 1; id <= 3; ++id)
                c.exec(QStringLiteral("INSERT INTO employee (id, code, name_en) VALUES (?, ?, ?)"),
                       {id, id, QStringLiteral("Cook %1").arg(id)});
            for (const int status : {1, 2})
                c.exec(QStringLiteral("INSERT INTO meal_request (requester_id, meal_type_id, "
                                      "status_id) VALUES (?, ?, ?)"),
                       {requester, 1, status});
            for (const char* jti : {"jti-1", "jti-2"})
                c.exec(QStringLiteral("INSERT INTO revoked_tokens (jti) VALUES (?)"),
                       {QLatin1String(jti)});
            c.exec(QStringLiteral("INSERT INTO allowed_origins (origin, is_active) VALUES (?, ?), "
                                  "(?, ?)"),
                   {QStringLiteral("https://a.example"), true, QStringLiteral("https://b.example"),
                    false});
        });
        AWAIT_OK(written);
    }

private Q_SLOTS:
    void cleanup() { closeScreen(); }

    void anAdministratorSeesEveryCount()
    {
        CHECKED(openSession());
        CHECKED(seed());
        CHECKED(openScreen(QStringLiteral("overview")));
        QTRY_COMPARE_WITH_TIMEOUT(textOf("employeesCount"), QStringLiteral("3"), serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(textOf("departmentsCount"), QStringLiteral("1"), serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(textOf("pendingRequestsCount"), QStringLiteral("1"),
                                  serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(textOf("revokedTokensCount"), QStringLiteral("2"),
                                  serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(textOf("allowedOriginsCount"), QStringLiteral("1"),
                                  serviceTimeout);
        QVERIFY(find<QLabel>("revokedTokensLabel")->isVisible());
        QVERIFY(find<QLabel>("allowedOriginsLabel")->isVisible());
        QVERIFY(!find<QLabel>("countsError")->isVisible());
        // Each label says what its count counts.
        QCOMPARE(textOf("employeesLabel"), QStringLiteral("Employees (all, active or not):"));
        QCOMPARE(textOf("departmentsLabel"), QStringLiteral("Departments (all):"));
        QCOMPARE(textOf("pendingRequestsLabel"), QStringLiteral("Pending meal requests:"));
        QCOMPARE(textOf("revokedTokensLabel"), QStringLiteral("Revoked tokens (all):"));
        QCOMPARE(textOf("allowedOriginsLabel"), QStringLiteral("Allowed origins (active only):"));
        screenshot(m_screen.get(), QStringLiteral("overview-admin"));

        // A change announced by a service moves the counts without F5; an inactive employee
        // counts too.
        EmployeeInput cook;
        cook.id = 4;
        cook.code = 4;
        cook.nameEn = QStringLiteral("Cook 4");
        cook.active = false;
        auto created = m_session->services().employees().create(m_fx->admin, cook);
        AWAIT_OK(created);
        QTRY_COMPARE_WITH_TIMEOUT(textOf("employeesCount"), QStringLiteral("4"), serviceTimeout);
    }

    void tokensAndOriginsAreCountedOnlyForAdministrators()
    {
        CHECKED(openSession());
        CHECKED(seed());
        m_session->setActor(m_fx->requester);
        CHECKED(openScreen(QStringLiteral("overview")));
        QTRY_COMPARE_WITH_TIMEOUT(textOf("employeesCount"), QStringLiteral("3"), serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(textOf("pendingRequestsCount"), QStringLiteral("1"),
                                  serviceTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(textOf("departmentsCount"), QStringLiteral("1"), serviceTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->jobs().isEmpty(), serviceTimeout);
        for (const char* hidden : {"revokedTokensLabel", "revokedTokensCount",
                                   "allowedOriginsLabel", "allowedOriginsCount"})
            QVERIFY2(find<QLabel>(hidden)->isHidden(), hidden);
        QVERIFY(!find<QLabel>("countsError")->isVisible());
        screenshot(m_screen.get(), QStringLiteral("overview-requester"));
    }
};

QTEST_MAIN(tst_OverviewScreen)
#include "tst_overviewscreen.moc"
