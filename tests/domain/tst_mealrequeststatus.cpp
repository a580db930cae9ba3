#include "MealRequestStatus.h"

#include <QTest>

Q_DECLARE_METATYPE(MealRequestStatus)

class tst_MealRequestStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idsAndNamesMatchTheSchema()
    {
        // meal_request_status rows of 0001_initial.sql, shared with the backend.
        QCOMPARE(static_cast<int>(MealRequestStatus::Pending), 1);
        QCOMPARE(static_cast<int>(MealRequestStatus::Approved), 2);
        QCOMPARE(static_cast<int>(MealRequestStatus::Rejected), 3);
        QCOMPARE(static_cast<int>(MealRequestStatus::OnProgress), 4);
        for (int id = 1; id <= 4; ++id) {
            const auto status = mealRequestStatusFromId(id);
            QVERIFY(status);
            QCOMPARE(static_cast<int>(*status), id);
        }
        QCOMPARE(mealRequestStatusName(MealRequestStatus::Pending), QStringLiteral("Pending"));
        QCOMPARE(mealRequestStatusName(MealRequestStatus::Approved), QStringLiteral("Approved"));
        QCOMPARE(mealRequestStatusName(MealRequestStatus::Rejected), QStringLiteral("Rejected"));
        QCOMPARE(mealRequestStatusName(MealRequestStatus::OnProgress),
                 QStringLiteral("On Progress"));
        QVERIFY(!mealRequestStatusFromId(0));
        QVERIFY(!mealRequestStatusFromId(5));
        QVERIFY(!mealRequestStatusFromId(-1));
    }

    void moves_data()
    {
        QTest::addColumn<MealRequestStatus>("from");
        QTest::addColumn<MealRequestStatus>("to");
        QTest::addColumn<bool>("allowed");
        const QList<MealRequestStatus> all = {
            MealRequestStatus::Pending, MealRequestStatus::Approved, MealRequestStatus::Rejected,
            MealRequestStatus::OnProgress};
        // DOMAIN.md: On Progress -> Pending; Pending -> Approved | Rejected; nothing else.
        const QList<QPair<MealRequestStatus, MealRequestStatus>> allowed = {
            {MealRequestStatus::OnProgress, MealRequestStatus::Pending},
            {MealRequestStatus::Pending, MealRequestStatus::Approved},
            {MealRequestStatus::Pending, MealRequestStatus::Rejected}};
        for (const MealRequestStatus from : all) {
            for (const MealRequestStatus to : all) {
                const QByteArray name = (mealRequestStatusName(from) + QStringLiteral(" -> ") +
                                         mealRequestStatusName(to))
                                            .toUtf8();
                QTest::newRow(name.constData()) << from << to << allowed.contains({from, to});
            }
        }
    }
    void moves()
    {
        QFETCH(MealRequestStatus, from);
        QFETCH(MealRequestStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(canMoveMealRequest(from, to), allowed);
    }

    void whatEachStatusAllows_data()
    {
        QTest::addColumn<MealRequestStatus>("status");
        QTest::addColumn<bool>("final");
        QTest::addColumn<bool>("open");
        QTest::addColumn<bool>("copyable");
        QTest::newRow("Pending") << MealRequestStatus::Pending << false << true << false;
        QTest::newRow("Approved") << MealRequestStatus::Approved << true << false << true;
        QTest::newRow("Rejected") << MealRequestStatus::Rejected << true << false << true;
        QTest::newRow("On Progress") << MealRequestStatus::OnProgress << false << false << true;
    }
    void whatEachStatusAllows()
    {
        QFETCH(MealRequestStatus, status);
        QFETCH(bool, final);
        QFETCH(bool, open);
        QFETCH(bool, copyable);
        QCOMPARE(isFinalMealRequestStatus(status), final);
        QCOMPARE(isOpenMealRequestStatus(status), open);
        QCOMPARE(canCopyMealRequest(status), copyable);
    }
};

QTEST_GUILESS_MAIN(tst_MealRequestStatus)
#include "tst_mealrequeststatus.moc"
