#include "Await.h"
#include "DepartmentService.h"
#include "EmployeeService.h"
#include "MealRequestChoices.h"
#include "MealRequestService.h"
#include "MealRequestsModel.h"
#include "ModelTesting.h"
#include "ServiceFixture.h"
#include "StateColors.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace ModelTesting;
using State = AsyncTableModelBase::State;
using Column = MealRequestsModel::Column;

namespace {

// The meal types 0001_initial.sql seeds.
constexpr qint64 breakfast = 1;
constexpr qint64 lunch = 2;
constexpr qint64 dinner = 3;

MealRequestInput request(qint64 mealTypeId, const QList<qint64>& employeeIds)
{
    MealRequestInput in;
    in.mealTypeId = mealTypeId;
    for (const qint64 id : employeeIds)
        in.lines.append({id, {}, {}, std::nullopt});
    return in;
}

QList<qint64> idsShown(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.data(model.index(row, Column::IdColumn)).toLongLong();
    return ids;
}

} // namespace

class tst_MealRequestsModel : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;
    qint64 m_kitchen = 0;
    qint64 m_workshop = 0;

    // Kitchen: employees 1 and 2; Workshop: employee 11.
    bool seed()
    {
        DepartmentService departments(m_fx.db(), m_fx.feed());
        EmployeeService employees(m_fx.db(), m_fx.feed());
        for (qint64* id : {&m_kitchen, &m_workshop}) {
            DepartmentInput in;
            in.nameEn = id == &m_kitchen ? QStringLiteral("Kitchen") : QStringLiteral("Workshop");
            in.nameAr = in.nameEn + QStringLiteral(" (ar)");
            auto created = departments.create(m_fx.admin, in);
            if (!QTest::qWaitFor([&] { return created.isFinished(); }, 60000) || errorOf(created))
                return false;
            *id = created.result().id;
        }
        const QList<std::pair<qint64, qint64>> staff = {
            {1, m_kitchen}, {2, m_kitchen}, {11, m_workshop}};
        for (const auto& [id, department] : staff) {
            EmployeeInput in;
            in.id = id;
            in.code = 1000 + id;
            in.nameEn = QStringLiteral("Worker %1").arg(id);
            in.departmentId = department;
            auto created = employees.create(m_fx.admin, in);
            if (!QTest::qWaitFor([&] { return created.isFinished(); }, 60000) || errorOf(created))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void listsSortsFiltersAndUpdates_data() { TestBackend::addColumns(); }
    void listsSortsFiltersAndUpdates()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        QList<qint64> ids;
        for (const auto& [actor, in] : {std::pair{m_fx.taker, request(lunch, {1, 2})},
                                        std::pair{m_fx.requester, request(breakfast, {11})},
                                        std::pair{m_fx.taker, request(dinner, {1, 11})}}) {
            auto created = meals.create(actor, in);
            AWAIT_OK(created);
            ids << created.result().id;
        }

        // StockControl may see every request.
        MealRequestsModel model(meals, m_fx.stock, m_fx.feed());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(waitForState(model, State::Idle));
        // Newest first.
        QCOMPARE(idsShown(model), (QList<qint64>{ids[2], ids[1], ids[0]}));
        QCOMPARE(cell(model, 0, Column::MealTypeColumn), QStringLiteral("Dinner"));
        QCOMPARE(cell(model, 0, Column::RequesterColumn), QStringLiteral("taker"));
        QCOMPARE(cell(model, 0, Column::StatusColumn), QStringLiteral("Pending"));
        QCOMPARE(model.data(model.index(0, Column::LinesColumn)).toInt(), 2);
        QVERIFY(!cell(model, 0, Column::RequestTimeColumn).isEmpty());
        QCOMPARE(cell(model, 0, Column::ClosedByColumn), QString());
        QCOMPARE(
            model.data(model.index(0, Column::IdColumn), AsyncTableModelBase::IdRole).toLongLong(),
            ids[2]);
        QCOMPARE(model.record(1)->requesterId, m_fx.requester.accountId);

        model.sort(Column::IdColumn, Qt::AscendingOrder);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(idsShown(model), ids);

        MealRequestFilter filter;
        filter.mealTypeId = lunch;
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(idsShown(model), (QList<qint64>{ids[0]}));

        filter = {};
        filter.requesterId = m_fx.taker.accountId;
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(idsShown(model), (QList<qint64>{ids[0], ids[2]}));

        filter = {};
        filter.departmentId = m_workshop;
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(idsShown(model), (QList<qint64>{ids[1], ids[2]}));

        filter = {};
        filter.from = QDate::currentDate().addDays(1);
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 0);
        filter.from = QDate::currentDate().addDays(-1);
        filter.to = QDate::currentDate().addDays(1);
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), 3);

        // Approved: the row changes in place.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto approved = meals.approve(m_fx.taker, ids[0]);
        AWAIT_OK(approved);
        QTRY_COMPARE(cell(model, 0, Column::StatusColumn), QStringLiteral("Approved"));
        QCOMPARE(cell(model, 0, Column::ClosedByColumn), QStringLiteral("taker"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removed.size(), 0);
        QVERIFY(waitForState(model, State::Idle));

        // In the Pending queue, a decided or deleted request leaves it.
        filter = {};
        filter.status = MealRequestStatus::Pending;
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(idsShown(model), (QList<qint64>{ids[1], ids[2]}));
        auto rejected = meals.reject(m_fx.taker, ids[2]);
        AWAIT_OK(rejected);
        QTRY_COMPARE(idsShown(model), (QList<qint64>{ids[1]}));
        auto removedRequest = meals.remove(m_fx.requester, ids[1]);
        AWAIT_OK(removedRequest);
        QTRY_COMPARE(model.rowCount(), 0);
        QVERIFY(waitForState(model, State::Idle));

        filter.status = MealRequestStatus::Rejected;
        model.setFilter(filter);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(idsShown(model), (QList<qint64>{ids[2]}));
        QCOMPARE(cell(model, 0, Column::StatusColumn), QStringLiteral("Rejected"));
    }

    // The status in a word and in colours, never the colour alone: dark text on a light tint,
    // both given, so that the cell reads the same on a light or a dark palette.
    void everyStatusShowsItsWordAndColours()
    {
        QVERIFY(m_fx.open(QStringLiteral("sqlite")));
        QVERIFY(seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const QList<std::pair<MealRequestStatus, QString>> statuses = {
            {MealRequestStatus::Pending, QStringLiteral("Pending")},
            {MealRequestStatus::Approved, QStringLiteral("Approved")},
            {MealRequestStatus::Rejected, QStringLiteral("Rejected")},
            {MealRequestStatus::OnProgress, QStringLiteral("On Progress")}};
        QHash<qint64, int> statusOf; // request -> index in statuses
        for (int i = 0; i < statuses.size(); ++i) {
            auto created = meals.create(m_fx.admin, request(breakfast + i % 3, {1 + i / 3}));
            AWAIT_OK(created);
            const qint64 id = created.result().id;
            statusOf.insert(id, i);
            QVERIFY(m_fx.write([id, status = statuses.at(i).first](Connection& c) {
                c.exec(QStringLiteral("UPDATE meal_request SET status_id = ? WHERE id = ?"),
                       {static_cast<int>(status), id});
            }));
        }

        MealRequestsModel model(meals, m_fx.admin, m_fx.feed());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(waitForState(model, State::Idle));
        QCOMPARE(model.rowCount(), statuses.size());
        const auto luminance = [](const QColor& c) {
            const auto channel = [](qreal v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
                   0.0722 * channel(c.blueF());
        };
        QSet<QRgb> backgrounds;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& [status, word] = statuses.at(statusOf.value(
                model.data(model.index(row, 0), AsyncTableModelBase::IdRole).toLongLong()));
            const QModelIndex cellIndex = model.index(row, Column::StatusColumn);
            QCOMPARE(cellIndex.data().toString(), word);
            const QVariant text = cellIndex.data(Qt::ForegroundRole);
            const QVariant background = cellIndex.data(Qt::BackgroundRole);
            QVERIFY2(text.canConvert<QBrush>() && background.canConvert<QBrush>(),
                     qPrintable(word));
            const QColor fg = qvariant_cast<QBrush>(text).color();
            const QColor bg = qvariant_cast<QBrush>(background).color();
            QCOMPARE(fg, StateColors::text(MealRequestsModel::statusHue(status)));
            // WCAG's enhanced contrast (7:1) between the two, whatever the palette around.
            const qreal contrast = (luminance(bg) + 0.05) / (luminance(fg) + 0.05);
            QVERIFY2(contrast >= 7, qPrintable(QStringLiteral("%1: %2").arg(word).arg(contrast)));
            backgrounds.insert(bg.rgb());
            // The other columns keep the palette's colours.
            QVERIFY(!model.index(row, Column::MealTypeColumn).data(Qt::ForegroundRole).isValid());
        }
        // Each status its own colour.
        QCOMPARE(backgrounds.size(), statuses.size());
    }

    void mealTypeInTheInterfaceLanguage()
    {
        // The language the interface runs in is the default locale (Language::apply).
        struct Restore {
            QLocale saved;
            ~Restore() { QLocale::setDefault(saved); }
        } restore;
        MealRequestRecord r;
        r.mealTypeNameEn = QStringLiteral("Lunch");
        r.mealTypeNameAr = QStringLiteral("غداء");
        MealRequestChoices::MealType choice{lunch, r.mealTypeNameEn, r.mealTypeNameAr, true};
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(MealRequestsModel::mealTypeText(r), QStringLiteral("غداء"));
        QCOMPARE(choice.name(), QStringLiteral("غداء"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(MealRequestsModel::mealTypeText(r), QStringLiteral("Lunch"));
        QCOMPARE(choice.name(), QStringLiteral("Lunch"));

        // name_ar may be empty (the schema only says NOT NULL): the English name is shown then,
        // in the queue's column and among the meals to choose, never a blank.
        r.mealTypeNameAr.clear();
        choice.nameAr.clear();
        QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
        QCOMPARE(MealRequestsModel::mealTypeText(r), QStringLiteral("Lunch"));
        QCOMPARE(choice.name(), QStringLiteral("Lunch"));
    }
};

QTEST_GUILESS_MAIN(tst_MealRequestsModel)
#include "tst_mealrequestsmodel.moc"
