#include "../../services/MealRequestTestData.h"
#include "Await.h"
#include "DashboardScreen.h"
#include "MealRequestService.h"
#include "ScreenTest.h"
#include "ServiceFixture.h"
#include "Session.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QLabel>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolButton>

#include <memory>

using Data = MealRequestTestData;
using GuiTest::screenshot;

namespace {

// The bars of a day count: "<meal type>: <value per day>, ..." per bar set.
QStringList bars(const QChart* chart)
{
    QStringList lines;
    for (QAbstractSeries* series : chart->series()) {
        const auto* stacked = qobject_cast<const QStackedBarSeries*>(series);
        if (!stacked)
            return {QStringLiteral("not a stacked bar series")};
        for (const QBarSet* set : stacked->barSets()) {
            QStringList values;
            for (int i = 0; i < set->count(); ++i)
                values << QString::number(set->at(i));
            lines << set->label() + QStringLiteral(": ") + values.join(QLatin1Char(','));
        }
    }
    return lines;
}

// "0,0,...,3": `days` values, zero except the given ones.
QString perDay(int days, const QMap<int, int>& values)
{
    QStringList list;
    for (int i = 0; i < days; ++i)
        list << QString::number(values.value(i));
    return list.join(QLatin1Char(','));
}

QStringList categories(const QChart* chart)
{
    for (QAbstractAxis* axis : chart->axes(Qt::Horizontal))
        if (auto* days = qobject_cast<QBarCategoryAxis*>(axis))
            return days->categories();
    return {};
}

} // namespace

class tst_DashboardScreen : public ScreenTest<DashboardScreen> {
    Q_OBJECT

private:
    std::unique_ptr<MealRequestTestData> m_data;

    MealRequestService& meals() const { return m_session->services().mealRequests(); }
    QDate today() const
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(meals().officeZone()).date();
    }
    QChart* chart() const { return m_screen->chartView()->chart(); }

    MealRequestRecord create(const MealRequestInput& in)
    {
        return settle(meals().create(m_fx->admin, in)).value_or(MealRequestRecord());
    }
    // A request made now, then moved `daysAgo` office days back (at noon).
    void request(const MealRequestInput& in, int daysAgo)
    {
        const MealRequestRecord r = create(in);
        QVERIFY(r.id);
        if (daysAgo)
            QVERIFY(m_data->setRequestTime(
                r.id, QDateTime(today().addDays(-daysAgo), QTime(12, 0), meals().officeZone())));
    }

    // Today Lunch 1, 2, 11 and Breakfast 3; yesterday Lunch 12; three days ago Dinner 21, 1;
    // twenty days ago Lunch 3 (outside the last 14 days).
    void open()
    {
        CHECKED(openSession());
        m_data = std::make_unique<MealRequestTestData>(*m_fx);
        QVERIFY(m_data->seed());
        request(Data::request(Data::lunch, {1, 2, 11}), 0);
        request(Data::request(Data::breakfast, {3}), 0);
        request(Data::request(Data::lunch, {12}), 1);
        request(Data::request(Data::dinner, {21, 1}), 3);
        request(Data::request(Data::lunch, {3}), 20);
        if (QTest::currentTestFailed())
            return;
        CHECKED(openScreen(QStringLiteral("dashboard")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        GuiTest::initProcess(QStringLiteral("mealdesk-tests-dashboard"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        closeScreen();
        m_data.reset();
    }

    void chartsTheLastFourteenDays()
    {
        CHECKED(open());
        QCOMPARE(find<QDateEdit>("fromEdit")->date(), today().addDays(-13));
        QCOMPARE(find<QDateEdit>("toEdit")->date(), today());
        // Day 13 is today; one bar set per meal type with meals, in the order of the day.
        QTRY_COMPARE(bars(chart()),
                     (QStringList{QStringLiteral("Breakfast: ") + perDay(14, {{13, 1}}),
                                  QStringLiteral("Lunch: ") + perDay(14, {{12, 1}, {13, 3}}),
                                  QStringLiteral("Dinner: ") + perDay(14, {{10, 2}})}));
        const QStringList days = categories(chart());
        QCOMPARE(days.size(), 14);
        QCOMPARE(days.first(), QLocale().toString(today().addDays(-13), QStringLiteral("d MMM")));
        QCOMPARE(days.last(), QLocale().toString(today(), QStringLiteral("d MMM")));
        QCOMPARE(find<QLabel>("totalLabel")->text(), QStringLiteral("7 meal(s) in all"));
        screenshot(m_screen.get(), QStringLiteral("dashboard"));

        // A request made while the chart is open shows up.
        request(Data::request(Data::lunch, {21}), 0);
        QTRY_COMPARE(bars(chart()).value(1),
                     QStringLiteral("Lunch: ") + perDay(14, {{12, 1}, {13, 4}}));

        // A longer range reaches the request of twenty days ago.
        find<QDateEdit>("fromEdit")->setDate(today().addDays(-29));
        QTRY_COMPARE(categories(chart()).size(), 30);
        QCOMPARE(bars(chart()).value(1),
                 QStringLiteral("Lunch: ") + perDay(30, {{9, 1}, {28, 1}, {29, 4}}));
    }

    void saysWhatIsWrongWithARange()
    {
        CHECKED(open());
        QTRY_COMPARE(bars(chart()).size(), 3);
        QLabel* error = find<QLabel>("rangeError");
        QVERIFY(error->isHidden());
        find<QDateEdit>("fromEdit")->setDate(today().addDays(2));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("before the first day")),
                 qPrintable(error->text()));
        QVERIFY(bars(chart()).isEmpty());

        QTest::mouseClick(find<QToolButton>("lastDaysButton"), Qt::LeftButton);
        QCOMPARE(find<QDateEdit>("fromEdit")->date(), today().addDays(-13));
        QTRY_COMPARE(bars(chart()).size(), 3);
        QVERIFY(error->isHidden());
    }

    // Right to left, time runs from the right: today is the first bar.
    void mirrorsTheDaysRightToLeft()
    {
        CHECKED(open());
        m_screen->setLayoutDirection(Qt::RightToLeft);
        m_screen->reload();
        QTRY_COMPARE(bars(chart()).value(0), QStringLiteral("Breakfast: ") + perDay(14, {{0, 1}}));
        QCOMPARE(categories(chart()).first(), QLocale().toString(today(), QStringLiteral("d MMM")));
        screenshot(m_screen.get(), QStringLiteral("dashboard-rtl"));
    }
};

QTEST_MAIN(tst_DashboardScreen)
#include "tst_dashboardscreen.moc"
