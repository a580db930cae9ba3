#include "Await.h"
#include "MealRequestService.h"
#include "MealRequestTestData.h"
#include "ServiceFixture.h"

#include <QTest>

#include <algorithm>
#include <utility>

using Data = MealRequestTestData;

// DOMAIN.md's role map and account departments, as MealRequestService enforces them.
class tst_MealRequestRoles : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;
    MealRequestTestData m_data{m_fx};

    // Whether the call did what `allowed` says: succeeded, or was refused with Permission.
    template <typename T> static bool behaves(QFuture<T> future, bool allowed, const char* what)
    {
        const auto e = Data::failureOf(future);
        if (allowed && e)
            qWarning("%s: refused: %s", what, qPrintable(e->message()));
        if (!allowed && (!e || e->kind() != Failure::Kind::Permission))
            qWarning("%s: expected a permission error, got %s", what,
                     e ? qPrintable(e->message()) : "success");
        return allowed ? !e : e && e->kind() == Failure::Kind::Permission;
    }

private Q_SLOTS:
    void initTestCase() { Database::setMainThreadGuard(Database::GuardPolicy::Fatal); }

    void rolesMayDoWhatTheMapSays_data() { TestBackend::addColumns(); }
    void rolesMayDoWhatTheMapSays()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 60, m_data.kitchen));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        struct Row {
            const char* role;
            Actor actor;
            bool create;  // create, submit, copy and delete one's own
            bool decide;  // approve, reject, accept/reject lines, line notes
            bool reports; // the daily summary
        };
        const QList<Row> rows = {{"Requester", m_fx.requester, true, false, false},
                                 {"RequestTaker", m_fx.taker, true, true, true},
                                 {"Captain", m_fx.captain, true, true, true},
                                 {"StockControl", m_fx.stock, false, false, true},
                                 {"super admin", m_fx.admin, true, true, true}};
        qint64 employee = 100;
        // A Pending request of the admin's for a new employee.
        const auto adminRequest = [&](qint64 mealType) {
            return settle(meals.create(m_fx.admin, Data::request(mealType, {employee++})))
                .value_or(MealRequestRecord());
        };
        for (const Row& row : rows) {
            const Actor& a = row.actor;
            qInfo("%s", row.role);
            // Create; copy and delete one's own (a StockControl account has none: it tries
            // another's).
            auto created = meals.create(a, Data::request(Data::lunch, {employee++}));
            QVERIFY(behaves(created, row.create, "create"));
            MealRequestRecord own = row.create ? created.result() : adminRequest(Data::lunch);
            QVERIFY(own.id);
            QVERIFY(succeeded(meals.reject(m_fx.admin, own.id)));
            QVERIFY(behaves(meals.copy(a, own.id), row.create, "copy"));
            MealRequestInput draft = Data::request(Data::dinner, {employee++});
            draft.draft = true;
            const auto drafted = settle(meals.create(row.create ? a : m_fx.admin, draft));
            QVERIFY(drafted);
            QVERIFY(behaves(meals.submit(a, drafted->id), row.create || a.superAdmin, "submit"));
            const auto pending = settle(meals.create(row.create ? a : m_fx.admin,
                                                     Data::request(Data::breakfast, {employee++})));
            QVERIFY(pending);
            QVERIFY(behaves(meals.remove(a, pending->id), row.create, "delete"));

            // Decide: approve, reject, lines.
            QVERIFY(behaves(meals.approve(a, adminRequest(Data::lunch).id), row.decide, "approve"));
            QVERIFY(behaves(meals.reject(a, adminRequest(Data::lunch).id), row.decide, "reject"));
            const MealRequestRecord lines = adminRequest(Data::dinner);
            QVERIFY(behaves(meals.setLineAccepted(a, lines.lines.at(0).id, false), row.decide,
                            "line reject"));
            QVERIFY(behaves(meals.setLineNotes(a, lines.lines.at(0).id, QStringLiteral("n")),
                            row.decide, "line notes"));

            QVERIFY(behaves(meals.dailySummary(a, QDate::currentDate()), row.reports, "summary"));
            // Everyone sees the requests.
            QVERIFY(behaves(meals.get(a, lines.id), true, "get"));
            QVERIFY(behaves(meals.list(a, {}, {}), true, "list"));
            QVERIFY(behaves(meals.statusCounts(a, {}), true, "status counts"));
        }
        // Refusals changed nothing: StockControl's tries left the admin's rows as they were.
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM meal_request WHERE "
                                            "requester_id = ?"),
                             {m_fx.stock.accountId})
                     .toLongLong(),
                 qint64(0));
    }

    void departmentsLimitWhatAnAccountDoesAndSees_data() { TestBackend::addColumns(); }
    void departmentsLimitWhatAnAccountDoesAndSees()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.assignDepartments(m_fx.requester, {m_data.kitchen}));
        QVERIFY(m_data.assignDepartments(m_fx.taker, {m_data.workshop}));
        MealRequestService meals(m_fx.db(), m_fx.feed());

        // The requester asks for Kitchen people only: not Workshop, and not Pastry either
        // (a sub-department is a department of its own).
        const QList<MealRequestInput> outside = {Data::request(Data::lunch, {1, 11}),
                                                 Data::request(Data::lunch, {}, {m_data.workshop}),
                                                 Data::request(Data::lunch, {21})};
        for (const MealRequestInput& in : outside) {
            const auto e = Data::failureOf(meals.create(m_fx.requester, in));
            QVERIFY(e);
            QCOMPARE(e->kind(), Failure::Kind::Permission);
        }
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request")), qint64(0));
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request_line")), qint64(0));

        const auto kitchen =
            settle(meals.create(m_fx.requester, Data::request(Data::lunch, {}, {m_data.kitchen})));
        QVERIFY(kitchen);
        QCOMPARE(kitchen->lines.size(), 3);
        const auto workshop =
            settle(meals.create(m_fx.taker, Data::request(Data::breakfast, {11})));
        QVERIFY(workshop);
        const auto refused =
            Data::failureOf(meals.create(m_fx.taker, Data::request(Data::breakfast, {1})));
        QVERIFY(refused);
        QCOMPARE(refused->kind(), Failure::Kind::Permission);
        // The captain has no departments: all of them.
        const auto mixed = settle(meals.create(m_fx.captain, Data::request(Data::dinner, {3, 12})));
        QVERIFY(mixed);
        const auto pastry = settle(meals.create(m_fx.captain, Data::request(Data::dinner, {21})));
        QVERIFY(pastry);

        // Each sees its own requests and those with a line of its departments.
        const auto visible = [&](const Actor& who) {
            PageRequest page;
            page.sortKey = QStringLiteral("id");
            QList<qint64> ids;
            if (const auto result = settle(meals.list(who, {}, page))) {
                for (const MealRequestRecord& r : result->rows)
                    ids << r.id;
            }
            return ids;
        };
        QCOMPARE(visible(m_fx.requester), (QList<qint64>{kitchen->id, mixed->id}));
        QCOMPARE(visible(m_fx.taker), (QList<qint64>{workshop->id, mixed->id}));
        QCOMPARE(visible(m_fx.captain),
                 (QList<qint64>{kitchen->id, workshop->id, mixed->id, pastry->id}));
        auto counts = meals.statusCounts(m_fx.taker, {});
        AWAIT_OK(counts);
        QCOMPARE(counts.result().of(MealRequestStatus::Pending), qint64(2));
        // Of the mixed request each limited account reads and counts its own line only.
        for (const auto& [who, employee] :
             {std::pair{m_fx.requester, qint64(3)}, std::pair{m_fx.taker, qint64(12)}}) {
            const auto read = settle(meals.get(who, mixed->id));
            QVERIFY(read);
            QCOMPARE(read->lines.size(), qsizetype(1));
            QCOMPARE(read->lines.at(0).employeeId, employee);
            QCOMPARE(read->lineCount, 1);
            PageRequest page;
            page.sortKey = QStringLiteral("id");
            const auto listed = settle(meals.list(who, {}, page));
            QVERIFY(listed);
            const auto row =
                std::find_if(listed->rows.cbegin(), listed->rows.cend(),
                             [&](const MealRequestRecord& r) { return r.id == mixed->id; });
            QVERIFY(row != listed->rows.cend());
            QCOMPARE(row->lineCount, 1);
        }
        const auto whole = settle(meals.get(m_fx.captain, mixed->id));
        QVERIFY(whole);
        QCOMPARE(whole->lines.size(), qsizetype(2));
        QCOMPARE(whole->lineCount, 2);
        const auto hidden = Data::failureOf(meals.get(m_fx.requester, workshop->id));
        QVERIFY(hidden);
        QCOMPARE(hidden->kind(), Failure::Kind::Permission);

        // The taker decides for Workshop: its line of the mixed request, not the Kitchen one,
        // and not a Kitchen-only request.
        const qint64 kitchenLine = mixed->lines.at(0).id;
        const qint64 workshopLine = mixed->lines.at(1).id;
        const auto otherLine =
            Data::failureOf(meals.setLineAccepted(m_fx.taker, kitchenLine, false));
        QVERIFY(otherLine);
        QCOMPARE(otherLine->kind(), Failure::Kind::Permission);
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, workshopLine, false)));
        // Approving or rejecting the whole mixed request would decide its Kitchen line too:
        // refused, naming that employee, and the request stays as it was.
        const QString kitchenEmployee = mixed->lines.at(0).employeeLabel();
        for (const auto& decided : {Data::failureOf(meals.approve(m_fx.taker, mixed->id)),
                                    Data::failureOf(meals.reject(m_fx.taker, mixed->id, {}))}) {
            QVERIFY(decided);
            QCOMPARE(decided->kind(), Failure::Kind::Permission);
            QVERIFY2(decided->message().contains(kitchenEmployee), qPrintable(decided->message()));
        }
        const auto unchanged = settle(meals.get(m_fx.captain, mixed->id));
        QVERIFY(unchanged);
        QCOMPARE(unchanged->status, MealRequestStatus::Pending);
        QVERIFY(unchanged->lines.at(0).accepted);
        QVERIFY(!unchanged->lines.at(1).accepted);
        const auto otherRequest = Data::failureOf(meals.approve(m_fx.taker, kitchen->id));
        QVERIFY(otherRequest);
        QCOMPARE(otherRequest->kind(), Failure::Kind::Permission);
        QVERIFY(succeeded(meals.approve(m_fx.taker, workshop->id)));

        // Its daily summary shows Workshop only.
        const auto summary = settle(meals.dailySummary(m_fx.taker, QDate::currentDate()));
        QVERIFY(summary);
        QCOMPARE(summary->total(), qsizetype(1)); // 11's breakfast; 12's dinner line is rejected
        QCOMPARE(summary->count(Data::breakfast, m_data.workshop), qsizetype(1));
        const auto all = settle(meals.dailySummary(m_fx.captain, QDate::currentDate()));
        QVERIFY(all);
        QCOMPARE(all->total(), qsizetype(6));
    }
};

QTEST_GUILESS_MAIN(tst_MealRequestRoles)
#include "tst_mealrequestroles.moc"
