#include "Await.h"
#include "MealRequestService.h"
#include "MealRequestTestData.h"
#include "ServiceFixture.h"

#include <QTest>
#include <QTimeZone>

using Data = MealRequestTestData;

// MealRequestService::mealsPerDay, the dashboard's chart: the kitchen sheet's meals counted per
// office day and meal type.
class tst_MealsPerDay : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;
    MealRequestTestData m_data{m_fx};

    // "2024-05-01 Lunch 3" per entry, for one readable comparison.
    static QStringList describe(const QList<MealsPerDay>& list)
    {
        QStringList lines;
        for (const MealsPerDay& m : list)
            lines << QStringLiteral("%1 %2 %3")
                         .arg(m.day.toString(Qt::ISODate), m.mealTypeNameEn)
                         .arg(m.meals);
        return lines;
    }

    static QString entry(const QDate& day, const char* mealType, int meals)
    {
        return QStringLiteral("%1 %2 %3")
            .arg(day.toString(Qt::ISODate), QLatin1String(mealType))
            .arg(meals);
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void countsTheKitchensMealsPerDay_data() { TestBackend::addColumns(); }
    void countsTheKitchensMealsPerDay()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        const QTimeZone office(3 * 3600);
        MealRequestService meals(m_fx.db(), m_fx.feed(), office);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(office).date();
        const auto create = [&](const MealRequestInput& in) {
            return settle(meals.create(m_fx.taker, in)).value_or(MealRequestRecord());
        };
        const auto moveTo = [&](const MealRequestRecord& r, const QDate& day, QTime time) {
            return m_data.setRequestTime(r.id, QDateTime(day, time, office));
        };
        // Counted: today Lunch 1, 2, 11 (Pending), Breakfast 1 (its line for 2 rejected),
        // Dinner 21 (Approved, at 00:10); yesterday Lunch 3, 12 (at 23:50); two days ago
        // Breakfast 3, 11 (a draft, On Progress: the kitchen sheet counts it too).
        const MealRequestRecord lunch = create(Data::request(Data::lunch, {1, 2, 11}));
        const MealRequestRecord breakfast = create(Data::request(Data::breakfast, {1, 2}));
        const MealRequestRecord dinner = create(Data::request(Data::dinner, {21}));
        const MealRequestRecord yesterday = create(Data::request(Data::lunch, {3, 12}));
        MealRequestInput draft = Data::request(Data::breakfast, {3, 11});
        draft.draft = true;
        const MealRequestRecord twoDaysAgo = create(draft);
        // Not counted: rejected, deleted, the evening before the range, the night after it.
        const MealRequestRecord rejected = create(Data::request(Data::dinner, {3}));
        const MealRequestRecord removed = create(Data::request(Data::dinner, {12}));
        const MealRequestRecord before = create(Data::request(Data::lunch, {21}));
        const MealRequestRecord after = create(Data::request(Data::dinner, {1}));
        for (const MealRequestRecord& r :
             {lunch, breakfast, dinner, yesterday, twoDaysAgo, rejected, removed, before, after})
            QVERIFY(r.id);
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, breakfast.lines.at(1).id, false)));
        QVERIFY(succeeded(meals.approve(m_fx.captain, dinner.id)));
        QVERIFY(succeeded(meals.reject(m_fx.captain, rejected.id)));
        QVERIFY(succeeded(meals.remove(m_fx.taker, removed.id)));
        QVERIFY(moveTo(dinner, today, QTime(0, 10)));
        QVERIFY(moveTo(yesterday, today.addDays(-1), QTime(23, 50)));
        QVERIFY(moveTo(twoDaysAgo, today.addDays(-2), QTime(12, 0)));
        QVERIFY(moveTo(before, today.addDays(-3), QTime(23, 59)));
        QVERIFY(moveTo(after, today.addDays(1), QTime(0, 0)));

        auto chart = meals.mealsPerDay(m_fx.stock, today.addDays(-2), today);
        AWAIT_OK(chart);
        const QList<MealsPerDay> list = chart.result();
        // Days in order; on a day Breakfast, Lunch, Dinner.
        QCOMPARE(describe(list),
                 (QStringList{entry(today.addDays(-2), "Breakfast", 2),
                              entry(today.addDays(-1), "Lunch", 2), entry(today, "Breakfast", 1),
                              entry(today, "Lunch", 3), entry(today, "Dinner", 1)}));
        QCOMPARE(list.at(0).mealTypeId, Data::breakfast);
        QCOMPARE(list.at(0).mealTypeNameAr, QStringLiteral("فطور"));
        QCOMPARE(list.at(3).mealTypeId, Data::lunch);

        // Each day is as many meals as that day's kitchen sheet.
        for (int back = 0; back <= 2; ++back) {
            const QDate day = today.addDays(-back);
            auto sheet = meals.dailySummary(m_fx.stock, day);
            AWAIT_OK(sheet);
            qint64 charted = 0;
            for (const MealsPerDay& m : list)
                charted += m.day == day ? m.meals : 0;
            QCOMPARE(charted, qint64(sheet.result().total()));
        }

        auto none = meals.mealsPerDay(m_fx.stock, today.addDays(-30), today.addDays(-10));
        AWAIT_OK(none);
        QVERIFY(none.result().isEmpty());
    }

    void seesOnlyItsDepartments_data() { TestBackend::addColumns(); }
    void seesOnlyItsDepartments()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.assignDepartments(m_fx.taker, {m_data.kitchen}));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(meals.officeZone()).date();
        QVERIFY(succeeded(meals.create(m_fx.admin, Data::request(Data::lunch, {1, 2, 11}))));
        QVERIFY(succeeded(meals.create(m_fx.admin, Data::request(Data::dinner, {12, 21}))));

        auto scoped = meals.mealsPerDay(m_fx.taker, today, today);
        AWAIT_OK(scoped);
        QCOMPARE(describe(scoped.result()), QStringList{entry(today, "Lunch", 2)});

        auto all = meals.mealsPerDay(m_fx.captain, today, today);
        AWAIT_OK(all);
        QCOMPARE(describe(all.result()),
                 (QStringList{entry(today, "Lunch", 3), entry(today, "Dinner", 2)}));
    }

    // The office day follows the zone's daylight saving time: 00:30 on the night summer time
    // ends (22:30 UTC the day before) belongs to that day, not to the one before.
    void countsOfficeDaysAcrossDaylightSaving_data() { TestBackend::addColumns(); }
    void countsOfficeDaysAcrossDaylightSaving()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        MealRequestService meals(m_fx.db(), m_fx.feed(), berlin);
        const QDate lastSummerDay(2024, 10, 26);
        const QDate winter = lastSummerDay.addDays(1);
        const auto early = settle(meals.create(m_fx.taker, Data::request(Data::lunch, {1})));
        const auto late = settle(meals.create(m_fx.taker, Data::request(Data::lunch, {2})));
        QVERIFY(early && late);
        QVERIFY(m_data.setRequestTime(early->id, QDateTime(winter, QTime(0, 30), berlin)));
        QVERIFY(m_data.setRequestTime(late->id, QDateTime(lastSummerDay, QTime(23, 30), berlin)));

        auto chart = meals.mealsPerDay(m_fx.stock, lastSummerDay, winter);
        AWAIT_OK(chart);
        QCOMPARE(describe(chart.result()),
                 (QStringList{entry(lastSummerDay, "Lunch", 1), entry(winter, "Lunch", 1)}));
    }

    void refusesBadRangesAndRolesWithoutReports_data() { TestBackend::addColumns(); }
    void refusesBadRangesAndRolesWithoutReports()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const QDate today = QDate::currentDate();

        const auto requester = Data::failureOf(meals.mealsPerDay(m_fx.requester, today, today));
        QVERIFY(requester);
        QCOMPARE(requester->kind(), Failure::Kind::Permission);

        const auto noStart = Data::failureOf(meals.mealsPerDay(m_fx.stock, QDate(), today));
        QVERIFY(noStart);
        QCOMPARE(noStart->kind(), Failure::Kind::Validation);
        QCOMPARE(noStart->field(), QStringLiteral("from"));
        const auto noEnd = Data::failureOf(meals.mealsPerDay(m_fx.stock, today, QDate()));
        QVERIFY(noEnd);
        QCOMPARE(noEnd->field(), QStringLiteral("to"));
        const auto backwards =
            Data::failureOf(meals.mealsPerDay(m_fx.stock, today, today.addDays(-1)));
        QVERIFY(backwards);
        QCOMPARE(backwards->field(), QStringLiteral("to"));
        QVERIFY2(backwards->message().contains(today.addDays(-1).toString(Qt::ISODate)),
                 qPrintable(backwards->message()));

        const int most = MealRequestService::maxChartDays;
        const auto tooLong =
            Data::failureOf(meals.mealsPerDay(m_fx.stock, today.addDays(-most), today));
        QVERIFY(tooLong);
        QCOMPARE(tooLong->field(), QStringLiteral("to"));
        QVERIFY2(tooLong->message().contains(QString::number(most + 1)),
                 qPrintable(tooLong->message()));
        auto longest = meals.mealsPerDay(m_fx.stock, today.addDays(1 - most), today);
        AWAIT_OK(longest);
    }
};

QTEST_GUILESS_MAIN(tst_MealsPerDay)
#include "tst_mealsperday.moc"
