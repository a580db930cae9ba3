#include "Await.h"
#include "MealRequestService.h"
#include "MealRequestTestData.h"
#include "ServiceFixture.h"
#include "TestCsv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <limits>

using Data = MealRequestTestData;

// Creating, the duplicate rule, copies, deletion and the read side of MealRequestService.
// Status moves and lines: tst_mealrequestdecisions; roles: tst_mealrequestroles.
class tst_MealRequestService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;
    MealRequestTestData m_data{m_fx};

    static QList<qint64> employeesOf(const MealRequestRecord& r)
    {
        QList<qint64> ids;
        for (const MealLineRecord& line : r.lines)
            ids << line.employeeId;
        return ids;
    }

    // Every field of a request and its lines, for comparing what a change reported with what
    // a read finds. Times as instants: the dialects' reads name UTC differently.
    static QString describe(const MealRequestRecord& r)
    {
        const auto instant = [](const QDateTime& t) {
            return t.isValid() ? QJsonValue(t.toMSecsSinceEpoch()) : QJsonValue();
        };
        QJsonObject request = r.toJson();
        request.insert(QStringLiteral("request_time"), instant(r.requestTime));
        request.insert(QStringLiteral("closed_time"), instant(r.closedTime));
        request.insert(QStringLiteral("id"), r.id);
        request.insert(QStringLiteral("requester"), r.requesterName);
        request.insert(QStringLiteral("meal_type"),
                       r.mealTypeNameEn + QLatin1Char('/') + r.mealTypeNameAr);
        request.insert(QStringLiteral("closed_by"), r.closedByName);
        request.insert(QStringLiteral("line_count"), r.lineCount);
        QJsonArray lines;
        for (const MealLineRecord& line : r.lines) {
            QJsonObject l = line.toJson();
            l.insert(QStringLiteral("attendance_time"), instant(line.attendanceTime));
            l.insert(QStringLiteral("id"), line.id);
            l.insert(QStringLiteral("employee"),
                     line.employeeNameEn + QLatin1Char('/') + line.employeeNameAr);
            l.insert(QStringLiteral("department"),
                     line.departmentNameEn + QLatin1Char('/') + line.departmentNameAr);
            lines.append(l);
        }
        request.insert(QStringLiteral("lines"), lines);
        return QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void createWithEmployeesAndADepartment_data() { TestBackend::addColumns(); }
    void createWithEmployeesAndADepartment()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);

        MealRequestInput in = Data::request(Data::lunch, {1, 11}, {m_data.kitchen});
        in.notes = QStringLiteral("Site visit");
        const QDateTime attended(QDate(2024, 5, 1), QTime(7, 30), QTimeZone::utc());
        in.lines[0].notes = QStringLiteral("No onions");
        in.lines[0].attendanceTime = attended;
        in.lines[0].shiftHours = 8.5;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto created = meals.create(m_fx.taker, in);
        AWAIT_OK(created);
        const MealRequestRecord r = created.result();
        QVERIFY(r.id > 0);
        QCOMPARE(r.status, MealRequestStatus::Pending);
        QCOMPARE(r.requesterId, m_fx.taker.accountId);
        QCOMPARE(r.requesterName, QStringLiteral("taker"));
        QCOMPARE(r.mealTypeId, Data::lunch);
        QCOMPARE(r.mealTypeNameEn, QStringLiteral("Lunch"));
        QCOMPARE(r.notes, in.notes);
        QCOMPARE(r.version, 1);
        QCOMPARE(r.closedById, qint64(0));
        QCOMPARE(r.originalRequestId, qint64(0));
        QVERIFY(!r.deleted);
        QVERIFY(r.requestTime >= before);
        QVERIFY(r.requestTime <= QDateTime::currentDateTimeUtc());
        // The listed employees, then the department's other active ones: not the inactive 4,
        // not 21 of the sub-department Pastry.
        QCOMPARE(employeesOf(r), (QList<qint64>{1, 11, 2, 3}));
        QCOMPARE(r.lineCount, 4);
        const MealLineRecord& first = r.lines.at(0);
        QCOMPARE(first.employeeCode, 1001);
        QCOMPARE(first.employeeNameEn, QStringLiteral("Ahmed Ali"));
        QCOMPARE(first.employeeNameAr, QStringLiteral("Ahmed Ali (ar)"));
        QCOMPARE(first.departmentId, m_data.kitchen);
        QCOMPARE(first.departmentNameEn, QStringLiteral("Kitchen"));
        QCOMPARE(first.notes, QStringLiteral("No onions"));
        QCOMPARE(first.attendanceTime, attended);
        QVERIFY(first.shiftHours);
        QCOMPARE(*first.shiftHours, 8.5);
        QVERIFY(first.accepted);
        const MealLineRecord& second = r.lines.at(1);
        QCOMPARE(second.employeeCode, 2001);
        QCOMPARE(second.departmentId, m_data.workshop);
        QVERIFY(second.notes.isEmpty());
        QVERIFY(!second.attendanceTime.isValid());
        QVERIFY(!second.shiftHours);
        // What create() reported is what was stored.
        const auto stored = settle(meals.get(m_fx.admin, r.id));
        QVERIFY(stored);
        QCOMPARE(describe(r), describe(*stored));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.create")), qint64(1));
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& s) {
            return s.at(0).toString() == QLatin1String("meal_request") &&
                   s.at(1).value<QList<qint64>>() == QList<qint64>{r.id};
        }));

        // Code and department are copied at creation: the employee's later changes stay out.
        QVERIFY(m_data.exec(QStringLiteral("UPDATE employee SET code = 9001, department_id = ? "
                                           "WHERE id = 1"),
                            {m_data.workshop}));
        auto read = meals.get(m_fx.stock, r.id);
        AWAIT_OK(read);
        QCOMPARE(read.result().lines.at(0).employeeCode, 1001);
        QCOMPARE(read.result().lines.at(0).departmentId, m_data.kitchen);

        MealRequestInput draft = Data::request(Data::dinner, {12});
        draft.draft = true;
        draft.lines[0].shiftHours = 7.125; // PostgreSQL keeps two decimals: 7.13
        auto saved = meals.create(m_fx.requester, draft);
        AWAIT_OK(saved);
        QCOMPARE(saved.result().status, MealRequestStatus::OnProgress);
        const auto savedStored = settle(meals.get(m_fx.admin, saved.result().id));
        QVERIFY(savedStored);
        QCOMPARE(describe(saved.result()), describe(*savedStored));
    }

    // A request costs the same round trips whatever the number of its lines.
    void statementsDoNotGrowWithLines_data() { TestBackend::addColumns(); }
    void statementsDoNotGrowWithLines()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 60, m_data.kitchen));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        QList<qint64> many;
        for (qint64 id = 100; id < 160; ++id)
            many.append(id);
        QList<qint64> sent;
        for (const auto& [mealType, employees] :
             {std::pair{Data::breakfast, QList<qint64>{1}}, std::pair{Data::lunch, many},
              std::pair{Data::dinner, QList<qint64>{1, 2}}}) {
            const qint64 before = m_fx.db().statementsSent();
            const auto made = settle(meals.create(m_fx.taker, Data::request(mealType, employees)));
            QVERIFY(made);
            QCOMPARE(made->lineCount, int(employees.size()));
            sent.append(m_fx.db().statementsSent() - before);
        }
        QCOMPARE(sent.at(1), sent.at(0));
        QCOMPARE(sent.at(2), sent.at(0));
        qDebug("%lld statements per request", sent.at(0));
    }

    void badInputIsRefusedAndChangesNothing_data() { TestBackend::addColumns(); }
    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        const qint64 empty = m_data.department(QStringLiteral("Empty"));
        QVERIFY(m_data.exec(QStringLiteral("UPDATE meal_type SET is_active = ? WHERE id = ?"),
                            {false, Data::dinner}));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        struct Case {
            const char* what;
            MealRequestInput in;
            QString field;
            QString mentions;
        };
        QList<Case> cases;
        const auto add = [&cases](const char* what, const MealRequestInput& in, const char* field,
                                  const QString& mentions) {
            cases.append({what, in, QLatin1String(field), mentions});
        };
        add("unknown meal type", Data::request(99, {1}), "meal_type_id", QStringLiteral("99"));
        add("inactive meal type", Data::request(Data::dinner, {1}), "meal_type_id",
            QStringLiteral("Dinner"));
        MealRequestInput in = Data::request(Data::lunch, {1});
        in.notes = QString(10000, QLatin1Char('x'));
        add("10,000-character notes", in, "notes", QStringLiteral("10000 characters; at most 256"));
        in = Data::request(Data::lunch, {1, 2});
        in.lines[1].notes = QString(257, QLatin1Char('y'));
        add("long line notes", in, "line_notes", QStringLiteral("Line 2 (1002 Sara Khan)"));
        for (const double hours : {0.0, 24.5, std::numeric_limits<double>::quiet_NaN()}) {
            in = Data::request(Data::lunch, {1});
            in.lines[0].shiftHours = hours;
            add("shift hours", in, "shift_hours", QStringLiteral("1001 Ahmed Ali"));
        }
        add("inactive employee", Data::request(Data::lunch, {1, 4}), "employee_id",
            QStringLiteral("1004 Old Timer"));
        add("unknown employee", Data::request(Data::lunch, {999}), "employee_id",
            QStringLiteral("999"));
        add("unknown department", Data::request(Data::lunch, {}, {9999}), "department_id",
            QStringLiteral("9999"));
        add("no employees", Data::request(Data::lunch, {}), "lines", QString());
        add("a department without active employees", Data::request(Data::lunch, {}, {empty}),
            "lines", QString());
        add("an employee twice", Data::request(Data::lunch, {1, 2, 1}), "lines",
            QStringLiteral("1001 Ahmed Ali"));
        for (const Case& c : cases) {
            const auto e = Data::failureOf(meals.create(m_fx.taker, c.in));
            QVERIFY2(e, c.what);
            QCOMPARE(e->kind(), Failure::Kind::Validation);
            QCOMPARE(e->field(), c.field);
            QVERIFY2(e->message().contains(c.mentions), qPrintable(e->message()));
        }
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request")), qint64(0));
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request_line")), qint64(0));
        QCOMPARE(m_fx.rowCount(QStringLiteral("audit_log")), qint64(0));
    }

    void aFailingTenthLineLeavesNothing_data() { TestBackend::addColumns(); }
    void aFailingTenthLineLeavesNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 10, m_data.kitchen)); // codes 5100 .. 5109
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const MealRequestInput in =
            Data::request(Data::lunch, {100, 101, 102, 103, 104, 105, 106, 107, 108, 109});

        // Only the database refuses the tenth line, when nine lines and the request are written.
        const bool postgres = backend == QLatin1String("postgresql");
        auto trigger = m_fx.db().write([postgres](Connection& c) {
            if (postgres) {
                c.execDirect(QStringLiteral(
                    "CREATE FUNCTION refuse_line() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    "IF NEW.employee_code = 5109 THEN RAISE EXCEPTION 'line refused by the test' "
                    "USING ERRCODE = '23514'; END IF; RETURN NEW; END $$"));
                c.execDirect(QStringLiteral("CREATE TRIGGER refuse_line BEFORE INSERT ON "
                                            "meal_request_line FOR EACH ROW EXECUTE FUNCTION "
                                            "refuse_line()"));
            } else {
                c.execDirect(QStringLiteral("CREATE TRIGGER refuse_line BEFORE INSERT ON "
                                            "meal_request_line WHEN NEW.employee_code = 5109 "
                                            "BEGIN SELECT RAISE(ABORT, 'line refused by the "
                                            "test'); END"));
            }
        });
        AWAIT_OK(trigger);
        const auto e = Data::failureOf(meals.create(m_fx.taker, in));
        QVERIFY(e);
        QCOMPARE(e->kind(), Failure::Kind::Constraint);
        QVERIFY2(e->message().contains(QStringLiteral("line refused by the test")),
                 qPrintable(e->message()));
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request")), qint64(0));
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request_line")), qint64(0));
        QCOMPARE(m_fx.rowCount(QStringLiteral("audit_log")), qint64(0));

        // A tenth employee that does not exist: refused, nothing stored either.
        MealRequestInput unknown = in;
        unknown.lines[9].employeeId = 999;
        const auto missing = Data::failureOf(meals.create(m_fx.taker, unknown));
        QVERIFY(missing);
        QCOMPARE(missing->field(), QStringLiteral("employee_id"));
        QVERIFY(missing->message().contains(QStringLiteral("Line 10")));
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request")), qint64(0));
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request_line")), qint64(0));

        // Without the trigger the same input is fine.
        QVERIFY(succeeded(m_fx.db().write([](Connection& c) {
            c.execDirect(QStringLiteral("DROP TRIGGER refuse_line") +
                         (c.isPostgres() ? QStringLiteral(" ON meal_request_line") : QString()));
        })));
        auto created = meals.create(m_fx.taker, in);
        AWAIT_OK(created);
        QCOMPARE(created.result().lines.size(), 10);
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request_line")), qint64(10));
    }

    void oneMealPerEmployeeTypeAndDay_data() { TestBackend::addColumns(); }
    void oneMealPerEmployeeTypeAndDay()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const auto create = [&](qint64 mealType, const QList<qint64>& employees) {
            return meals.create(m_fx.taker, Data::request(mealType, employees));
        };
        auto first = create(Data::lunch, {1, 2});
        AWAIT_OK(first);
        const qint64 firstId = first.result().id;

        // Sara (2) is on request `firstId` already: refused, naming her and that request.
        const auto clash = Data::failureOf(create(Data::lunch, {3, 2}));
        QVERIFY(clash);
        QCOMPARE(clash->kind(), Failure::Kind::Constraint);
        QCOMPARE(clash->field(), QStringLiteral("lines"));
        QVERIFY2(
            clash->message().contains(QStringLiteral("1002 Sara Khan (request %1)").arg(firstId)),
            qPrintable(clash->message()));
        QVERIFY(!clash->message().contains(QStringLiteral("1003")));
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request")), qint64(1));
        // Both of a whole department, named in one message.
        const auto both = Data::failureOf(
            meals.create(m_fx.captain, Data::request(Data::lunch, {}, {m_data.kitchen})));
        QVERIFY(both);
        QVERIFY(both->message().contains(QStringLiteral("1001 Ahmed Ali")));
        QVERIFY(both->message().contains(QStringLiteral("1002 Sara Khan")));

        // Another meal type the same day is fine.
        auto breakfast = create(Data::breakfast, {2});
        AWAIT_OK(breakfast);

        // A rejected request does not count.
        auto rejected = meals.reject(m_fx.taker, firstId);
        AWAIT_OK(rejected);
        auto second = create(Data::lunch, {2});
        AWAIT_OK(second);
        // Nor does a deleted one.
        auto removed = meals.remove(m_fx.taker, second.result().id);
        AWAIT_OK(removed);
        auto third = create(Data::lunch, {2});
        AWAIT_OK(third);
        // Nor a deleted line (the backend deletes lines).
        QVERIFY(m_data.exec(QStringLiteral("UPDATE meal_request_line SET is_deleted = ? WHERE "
                                           "meal_request_id = ?"),
                            {true, third.result().id}));
        auto fourth = create(Data::lunch, {2});
        AWAIT_OK(fourth);
        // A request of another day does not count either.
        QVERIFY(
            m_data.setRequestTime(fourth.result().id, QDateTime::currentDateTimeUtc().addDays(-1)));
        auto fifth = create(Data::lunch, {2});
        AWAIT_OK(fifth);

        // A draft (On Progress) counts: it is neither rejected nor deleted.
        MealRequestInput draft = Data::request(Data::dinner, {11});
        draft.draft = true;
        auto drafted = meals.create(m_fx.taker, draft);
        AWAIT_OK(drafted);
        const auto afterDraft = Data::failureOf(create(Data::dinner, {11}));
        QVERIFY(afterDraft);
        QCOMPARE(afterDraft->kind(), Failure::Kind::Constraint);
    }

    void theDayIsTheOfficesDay_data() { TestBackend::addColumns(); }
    void theDayIsTheOfficesDay()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        const QTimeZone office(3 * 3600);
        MealRequestService meals(m_fx.db(), m_fx.feed(), office);
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(office).date();
        auto first = meals.create(m_fx.taker, Data::request(Data::lunch, {1}));
        AWAIT_OK(first);

        // 00:00:30 at the office is 21:00:30 UTC the day before: still the office's today.
        QVERIFY(
            m_data.setRequestTime(first.result().id, QDateTime(today, QTime(0, 0, 30), office)));
        const auto e = Data::failureOf(meals.create(m_fx.taker, Data::request(Data::lunch, {1})));
        QVERIFY(e);
        QCOMPARE(e->kind(), Failure::Kind::Constraint);
        QVERIFY(e->message().contains(today.toString(Qt::ISODate)));

        // 23:59:30 at the office yesterday is another office day.
        QVERIFY(m_data.setRequestTime(first.result().id,
                                      QDateTime(today.addDays(-1), QTime(23, 59, 30), office)));
        auto again = meals.create(m_fx.taker, Data::request(Data::lunch, {1}));
        AWAIT_OK(again);
    }

    void notesAreStoredVerbatim_data() { TestBackend::addColumns(); }
    void notesAreStoredVerbatim()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const QString tricky = QStringLiteral("x'); DROP TABLE meal_request; -- %_\\ \"?\" $1 "
                                              "بدون بصل 🍽️🥗");
        MealRequestInput in = Data::request(Data::lunch, {1, 2});
        in.notes = tricky;
        in.lines[1].notes = tricky + QStringLiteral(" — سطر");
        auto created = meals.create(m_fx.requester, in);
        AWAIT_OK(created);
        auto read = meals.get(m_fx.requester, created.result().id);
        AWAIT_OK(read);
        QCOMPARE(read.result().notes, tricky);
        QCOMPARE(read.result().lines.at(1).notes, in.lines[1].notes);
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request")), qint64(1));

        // The limit counts characters, as varchar(256) does: 256 emoji (512 UTF-16 units) fit.
        MealRequestInput emoji = Data::request(Data::dinner, {1});
        emoji.notes = QStringLiteral("🥗").repeated(256);
        auto fits = meals.create(m_fx.requester, emoji);
        AWAIT_OK(fits);
        QCOMPARE(fits.result().notes, emoji.notes);
        emoji = Data::request(Data::breakfast, {1});
        emoji.notes = QStringLiteral("🥗").repeated(257);
        const auto e = Data::failureOf(meals.create(m_fx.requester, emoji));
        QVERIFY(e);
        QCOMPARE(e->field(), QStringLiteral("notes"));
        QVERIFY(e->message().contains(QStringLiteral("257")));
    }

    void copyRules_data() { TestBackend::addColumns(); }
    void copyRules()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        MealRequestInput in = Data::request(Data::lunch, {1, 2});
        in.notes = QStringLiteral("Night shift");
        in.lines[0].notes = QStringLiteral("Vegetarian");
        in.lines[0].attendanceTime = QDateTime::currentDateTimeUtc();
        in.lines[0].shiftHours = 12;
        auto original = meals.create(m_fx.requester, in);
        AWAIT_OK(original);
        const qint64 id = original.result().id;

        // Not while it is Pending.
        auto pending = Data::failureOf(meals.copy(m_fx.requester, id));
        QVERIFY(pending);
        QCOMPARE(pending->kind(), Failure::Kind::Validation);
        QCOMPARE(pending->field(), QStringLiteral("status"));

        QVERIFY(succeeded(meals.approve(m_fx.taker, id)));
        // Yesterday's request, copied for today.
        QVERIFY(m_data.setRequestTime(id, QDateTime::currentDateTimeUtc().addDays(-1)));
        // Only one's own: not even a super admin copies another's request.
        for (const Actor& other : {m_fx.taker, m_fx.admin}) {
            const auto e = Data::failureOf(meals.copy(other, id));
            QVERIFY(e);
            QCOMPARE(e->kind(), Failure::Kind::Permission);
        }
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto copied = meals.copy(m_fx.requester, id);
        AWAIT_OK(copied);
        const MealRequestRecord c = copied.result();
        QVERIFY(c.id != id);
        QCOMPARE(c.status, MealRequestStatus::Pending);
        QCOMPARE(c.originalRequestId, id);
        QCOMPARE(c.requesterId, m_fx.requester.accountId);
        QCOMPARE(c.mealTypeId, Data::lunch);
        QCOMPARE(c.notes, in.notes);
        QVERIFY(c.requestTime >= before);
        QCOMPARE(c.closedById, qint64(0));
        QCOMPARE(employeesOf(c), (QList<qint64>{1, 2}));
        QCOMPARE(c.lines.at(0).notes, QStringLiteral("Vegetarian"));
        QVERIFY(!c.lines.at(0).attendanceTime.isValid());
        QVERIFY(!c.lines.at(0).shiftHours);
        QVERIFY(c.lines.at(0).id != original.result().lines.at(0).id);
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.copy")), qint64(1));

        // No second Pending copy of the same original.
        const auto second = Data::failureOf(meals.copy(m_fx.requester, id));
        QVERIFY(second);
        QCOMPARE(second->kind(), Failure::Kind::Constraint);
        QVERIFY(second->message().contains(QStringLiteral("request %1").arg(c.id)));
        // Once that copy is gone (deleted) another may be made.
        QVERIFY(succeeded(meals.remove(m_fx.requester, c.id)));
        auto again = meals.copy(m_fx.requester, id);
        AWAIT_OK(again);

        // The duplicate rule holds for copies: Huda is on today's dinner already.
        auto dinner = meals.create(m_fx.requester, Data::request(Data::dinner, {11}));
        AWAIT_OK(dinner);
        QVERIFY(succeeded(meals.reject(m_fx.taker, dinner.result().id)));
        auto taken = meals.create(m_fx.taker, Data::request(Data::dinner, {11}));
        AWAIT_OK(taken);
        const auto clash = Data::failureOf(meals.copy(m_fx.requester, dinner.result().id));
        QVERIFY(clash);
        QCOMPARE(clash->kind(), Failure::Kind::Constraint);
        QVERIFY(clash->message().contains(QStringLiteral("request %1").arg(taken.result().id)));

        // A rejected request of today copies for today: rejected requests do not count.
        auto breakfast = meals.create(m_fx.requester, Data::request(Data::breakfast, {3}));
        AWAIT_OK(breakfast);
        QVERIFY(succeeded(meals.reject(m_fx.captain, breakfast.result().id)));
        auto retry = meals.copy(m_fx.requester, breakfast.result().id);
        AWAIT_OK(retry);
        QCOMPARE(employeesOf(retry.result()), QList<qint64>{3});
    }

    void deleteRules_data() { TestBackend::addColumns(); }
    void deleteRules()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        auto mine = meals.create(m_fx.requester, Data::request(Data::lunch, {1}));
        AWAIT_OK(mine);
        const qint64 id = mine.result().id;

        // Not by another account without super admin rights, even one that approves.
        const auto other = Data::failureOf(meals.remove(m_fx.taker, id));
        QVERIFY(other);
        QCOMPARE(other->kind(), Failure::Kind::Permission);

        QVERIFY(succeeded(meals.remove(m_fx.requester, id)));
        auto read = meals.get(m_fx.requester, id);
        AWAIT_OK(read);
        QVERIFY(read.result().deleted);
        QCOMPARE(read.result().version, 2);
        QCOMPARE(m_fx.rowCount(QStringLiteral("meal_request")), qint64(1)); // soft
        auto visible = meals.count(m_fx.requester, {});
        AWAIT_OK(visible);
        QCOMPARE(visible.result(), qint64(0));
        MealRequestFilter withDeleted;
        withDeleted.includeDeleted = true;
        auto all = meals.count(m_fx.requester, withDeleted);
        AWAIT_OK(all);
        QCOMPARE(all.result(), qint64(1));

        // Deleted already: a conflict, as any other state but Pending.
        const auto twice = Data::failureOf(meals.remove(m_fx.requester, id));
        QVERIFY(twice);
        QCOMPARE(twice->kind(), Failure::Kind::Conflict);
        auto approved = meals.create(m_fx.requester, Data::request(Data::lunch, {2}));
        AWAIT_OK(approved);
        QVERIFY(succeeded(meals.approve(m_fx.captain, approved.result().id)));
        const auto closed = Data::failureOf(meals.remove(m_fx.requester, approved.result().id));
        QVERIFY(closed);
        QCOMPARE(closed->kind(), Failure::Kind::Conflict);
        QVERIFY(closed->message().contains(QStringLiteral("Approved by captain")));
        MealRequestInput draft = Data::request(Data::dinner, {2});
        draft.draft = true;
        auto drafted = meals.create(m_fx.requester, draft);
        AWAIT_OK(drafted);
        const auto notPending = Data::failureOf(meals.remove(m_fx.requester, drafted.result().id));
        QVERIFY(notPending);
        QCOMPARE(notPending->kind(), Failure::Kind::Conflict);

        // A super admin deletes anyone's Pending request.
        auto theirs = meals.create(m_fx.requester, Data::request(Data::breakfast, {3}));
        AWAIT_OK(theirs);
        QVERIFY(succeeded(meals.remove(m_fx.admin, theirs.result().id)));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.delete")), qint64(2));
        const auto unknown = Data::failureOf(meals.remove(m_fx.admin, 4242));
        QVERIFY(unknown);
        QCOMPARE(unknown->kind(), Failure::Kind::NotFound);
    }

    void listFiltersAndStatusCounts_data() { TestBackend::addColumns(); }
    void listFiltersAndStatusCounts()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const auto create = [&](const Actor& who, const MealRequestInput& in) {
            auto f = meals.create(who, in);
            return settle(f).value_or(MealRequestRecord()).id;
        };
        const qint64 r1 = create(m_fx.taker, Data::request(Data::lunch, {1}));
        const qint64 r2 = create(m_fx.taker, Data::request(Data::breakfast, {11}));
        const qint64 r3 = create(m_fx.requester, Data::request(Data::dinner, {2, 12}));
        MealRequestInput draft = Data::request(Data::lunch, {3});
        draft.draft = true;
        const qint64 r4 = create(m_fx.requester, draft);
        const qint64 r5 = create(m_fx.captain, Data::request(Data::breakfast, {21}));
        const qint64 r6 = create(m_fx.requester, Data::request(Data::breakfast, {2}));
        QVERIFY(r1 > 0 && r2 > 0 && r3 > 0 && r4 > 0 && r5 > 0 && r6 > 0);
        QVERIFY(succeeded(meals.approve(m_fx.taker, r2)));
        QVERIFY(succeeded(meals.reject(m_fx.taker, r3)));
        QVERIFY(succeeded(meals.remove(m_fx.requester, r6)));
        QVERIFY(m_data.setRequestTime(r5, QDateTime::currentDateTimeUtc().addDays(-3)));

        const auto ids = [&](const MealRequestFilter& filter) {
            PageRequest page;
            page.sortKey = QStringLiteral("id");
            page.limit = 100;
            QList<qint64> found;
            if (const auto result = settle(meals.list(m_fx.stock, filter, page))) {
                for (const MealRequestRecord& r : result->rows)
                    found << r.id;
            }
            return found;
        };
        const QDate today =
            QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone::systemTimeZone()).date();
        MealRequestFilter f;
        QCOMPARE(ids(f), (QList<qint64>{r1, r2, r3, r4, r5}));
        f.status = MealRequestStatus::Pending;
        QCOMPARE(ids(f), (QList<qint64>{r1, r5}));
        f = {};
        f.mealTypeId = Data::breakfast;
        QCOMPARE(ids(f), (QList<qint64>{r2, r5}));
        f = {};
        f.requesterId = m_fx.requester.accountId;
        QCOMPARE(ids(f), (QList<qint64>{r3, r4}));
        f = {};
        f.departmentId = m_data.workshop;
        QCOMPARE(ids(f), (QList<qint64>{r2, r3}));
        f.departmentId = m_data.kitchen;
        QCOMPARE(ids(f), (QList<qint64>{r1, r3, r4}));
        f = {};
        f.from = today;
        f.to = today;
        QCOMPARE(ids(f), (QList<qint64>{r1, r2, r3, r4}));
        f.from = today.addDays(-5);
        f.to = today.addDays(-2);
        QCOMPARE(ids(f), QList<qint64>{r5});
        f = {};
        f.includeDeleted = true;
        QCOMPARE(ids(f), (QList<qint64>{r1, r2, r3, r4, r5, r6}));
        f.requesterId = m_fx.requester.accountId;
        f.mealTypeId = Data::breakfast;
        QCOMPARE(ids(f), QList<qint64>{r6});

        auto counts = meals.statusCounts(m_fx.stock, {});
        AWAIT_OK(counts);
        QCOMPARE(counts.result().of(MealRequestStatus::Pending), qint64(2));
        QCOMPARE(counts.result().of(MealRequestStatus::Approved), qint64(1));
        QCOMPARE(counts.result().of(MealRequestStatus::Rejected), qint64(1));
        QCOMPARE(counts.result().of(MealRequestStatus::OnProgress), qint64(1));
        QCOMPARE(counts.result().total(), qint64(5));
        MealRequestFilter kitchen;
        kitchen.departmentId = m_data.kitchen;
        kitchen.status = MealRequestStatus::Approved; // ignored: every status is counted
        auto kitchenCounts = meals.statusCounts(m_fx.stock, kitchen);
        AWAIT_OK(kitchenCounts);
        QCOMPARE(kitchenCounts.result().of(MealRequestStatus::Pending), qint64(1));
        QCOMPARE(kitchenCounts.result().of(MealRequestStatus::Approved), qint64(0));
        QCOMPARE(kitchenCounts.result().of(MealRequestStatus::Rejected), qint64(1));
        QCOMPARE(kitchenCounts.result().of(MealRequestStatus::OnProgress), qint64(1));
        auto n = meals.count(m_fx.stock, kitchen);
        AWAIT_OK(n);
        QCOMPARE(n.result(), qint64(0));

        // Keyset pages of two, newest first, and the rows' line counts.
        QList<qint64> paged;
        PageRequest request;
        request.descending = true;
        request.limit = 2;
        for (;;) {
            auto page = meals.list(m_fx.captain, {}, request);
            AWAIT_OK(page);
            for (const MealRequestRecord& r : page.result().rows) {
                paged << r.id;
                QVERIFY(r.lines.isEmpty());
                QCOMPARE(r.lineCount, r.id == r3 ? 2 : 1);
            }
            if (!page.result().hasMore)
                break;
            request.hasCursor = true;
            request.afterValue = page.result().lastValue;
            request.afterId = page.result().lastId;
        }
        // Made one after another; r5 moved to three days ago.
        QCOMPARE(paged, (QList<qint64>{r4, r3, r2, r1, r5}));

        PageRequest bad;
        bad.sortKey = QStringLiteral("notes");
        const auto refused = Data::failureOf(meals.list(m_fx.captain, {}, bad));
        QVERIFY(refused);
        QCOMPARE(refused->kind(), Failure::Kind::Validation);
    }

    void exportWritesTheListsRows_data() { TestBackend::addColumns(); }
    void exportWritesTheListsRows()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const auto create = [&](const Actor& who, const MealRequestInput& in) {
            auto f = meals.create(who, in);
            return settle(f).value_or(MealRequestRecord()).id;
        };
        MealRequestInput noted = Data::request(Data::lunch, {1, 11});
        noted.notes = QStringLiteral("@home, \"late\"\nبدون بصل");
        const qint64 r1 = create(m_fx.taker, noted);
        const qint64 r2 = create(m_fx.requester, Data::request(Data::dinner, {12}));
        const qint64 r3 = create(m_fx.requester, Data::request(Data::breakfast, {2}));
        QVERIFY(r1 > 0 && r2 > 0 && r3 > 0);
        QVERIFY(succeeded(meals.approve(m_fx.taker, r1)));

        MealRequestFilter workshop;
        workshop.departmentId = m_data.workshop;
        PageRequest byId;
        byId.sortKey = QStringLiteral("id");
        byId.descending = true;
        auto csv = meals.exportCsv(m_fx.stock, workshop, byId);
        AWAIT_OK(csv);
        const QList<QStringList> rows = TestCsv::records(csv.result());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).join(u','),
                 QStringLiteral("ID,Requested at (UTC),Meal type,Meal type (Arabic),Requester,"
                                "Status,Lines,Closed by,Closed at (UTC),Notes,Copy of"));
        QCOMPARE(rows.at(1).at(0), QString::number(r2));
        QCOMPARE(rows.at(1).mid(4, 4).join(u','), QStringLiteral("requester,Pending,1,"));
        QCOMPARE(rows.at(1).at(8), QString());
        const QStringList& approved = rows.at(2);
        QCOMPARE(approved.at(0), QString::number(r1));
        QVERIFY(QDateTime::fromString(approved.at(1), Qt::ISODateWithMs).isValid());
        QVERIFY(approved.at(1).endsWith(u'Z'));
        QCOMPARE(approved.mid(2, 6).join(u'|'), QStringLiteral("Lunch|%1|taker|Approved|2|taker")
                                                    .arg(settle(meals.get(m_fx.taker, r1))
                                                             .value_or(MealRequestRecord())
                                                             .mealTypeNameAr));
        QVERIFY(approved.at(8).endsWith(u'Z'));
        QCOMPARE(approved.at(9), noted.notes);
        QCOMPARE(approved.at(10), QString());

        // An account limited to departments exports what it lists: its departments' requests
        // (and its own), their lines counted in its departments.
        QVERIFY(m_data.assignDepartments(m_fx.captain, {m_data.workshop}));
        auto limited = meals.exportCsv(m_fx.captain, {}, byId);
        AWAIT_OK(limited);
        const QList<QStringList> mine = TestCsv::records(limited.result());
        QCOMPARE(mine.size(), 3);
        QCOMPARE(mine.at(1).at(0), QString::number(r2));
        QCOMPARE(mine.at(2).at(0), QString::number(r1));
        QCOMPARE(mine.at(2).at(6), QStringLiteral("1"));
    }

    void choicesListMealTypesAndRequesters_data() { TestBackend::addColumns(); }
    void choicesListMealTypesAndRequesters()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        QVERIFY(succeeded(meals.create(m_fx.taker, Data::request(Data::lunch, {1}))));
        QVERIFY(succeeded(meals.create(m_fx.requester, Data::request(Data::dinner, {2}))));
        QVERIFY(m_data.exec(QStringLiteral("UPDATE meal_type SET is_active = ? WHERE id = ?"),
                            {false, Data::dinner}));

        const auto choices = settle(meals.choices(m_fx.stock));
        QVERIFY(choices);
        // In the order of the day (Breakfast, Lunch, Dinner); retired types stay listed for
        // filtering past requests. The default is the active one of highest priority (Lunch 3).
        QList<qint64> types;
        for (const MealRequestChoices::MealType& type : choices->mealTypes)
            types << type.id;
        QCOMPARE(types, (QList<qint64>{Data::breakfast, Data::lunch, Data::dinner}));
        QCOMPARE(choices->mealTypes.at(1).nameEn, QStringLiteral("Lunch"));
        QCOMPARE(choices->mealTypes.at(1).nameAr, QStringLiteral("غداء"));
        QVERIFY(choices->mealTypes.at(1).active);
        QVERIFY(!choices->mealTypes.at(2).active);
        QCOMPARE(choices->defaultMealTypeId, Data::lunch);
        // With Lunch retired too, Breakfast (1) is the only active one, so the default.
        QVERIFY(m_data.exec(QStringLiteral("UPDATE meal_type SET is_active = ? WHERE id = ?"),
                            {false, Data::lunch}));
        const auto fewer = settle(meals.choices(m_fx.stock));
        QVERIFY(fewer);
        QCOMPARE(fewer->defaultMealTypeId, Data::breakfast);
        // Only the accounts that have made requests, by username.
        QStringList requesters;
        for (const MealRequestChoices::Requester& r : choices->requesters)
            requesters << r.username;
        QCOMPARE(requesters, (QStringList{QStringLiteral("requester"), QStringLiteral("taker")}));
        QCOMPARE(choices->requesters.at(1).id, m_fx.taker.accountId);

        // Behind the role map like every read: an inactive account gets nothing.
        QVERIFY(m_data.exec(QStringLiteral("UPDATE account SET is_active = ? WHERE id = ?"),
                            {false, m_fx.stock.accountId}));
        auto refused = meals.choices(m_fx.stock);
        AWAIT(refused);
        QVERIFY(errorOf(refused));
        QCOMPARE(errorOf(refused)->kind(), Failure::Kind::Permission);
    }

    void dailySummaryCountsTheKitchensDay_data() { TestBackend::addColumns(); }
    void dailySummaryCountsTheKitchensDay()
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
        // Counted: Lunch Kitchen 1, 2 and Workshop 11 (Pending), Breakfast Kitchen 1 (its line
        // for 2 rejected), Dinner Pastry 21 (Approved, made at 00:10 office time).
        const MealRequestRecord lunch = create(Data::request(Data::lunch, {1, 2, 11}));
        const MealRequestRecord breakfast = create(Data::request(Data::breakfast, {1, 2}));
        const MealRequestRecord dinner = create(Data::request(Data::dinner, {21}));
        // Not counted: rejected, deleted, yesterday's.
        const MealRequestRecord rejected = create(Data::request(Data::dinner, {3}));
        const MealRequestRecord removed = create(Data::request(Data::dinner, {12}));
        const MealRequestRecord yesterday = create(Data::request(Data::lunch, {3, 12}));
        QVERIFY(lunch.id && breakfast.id && dinner.id && rejected.id && removed.id && yesterday.id);
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, breakfast.lines.at(1).id, false)));
        QVERIFY(succeeded(meals.approve(m_fx.captain, dinner.id)));
        QVERIFY(m_data.setRequestTime(dinner.id, QDateTime(today, QTime(0, 10), office)));
        QVERIFY(succeeded(meals.reject(m_fx.captain, rejected.id)));
        QVERIFY(succeeded(meals.remove(m_fx.taker, removed.id)));
        QVERIFY(m_data.setRequestTime(yesterday.id,
                                      QDateTime(today.addDays(-1), QTime(23, 50), office)));

        auto day = meals.dailySummary(m_fx.stock, today);
        AWAIT_OK(day);
        const DailySummary s = day.result();
        QCOMPARE(s.day, today);
        QCOMPARE(s.total(), qsizetype(5));
        QCOMPARE(s.count(Data::lunch, m_data.kitchen), qsizetype(2));
        QCOMPARE(s.count(Data::lunch, m_data.workshop), qsizetype(1));
        QCOMPARE(s.count(Data::breakfast, m_data.kitchen), qsizetype(1));
        QCOMPARE(s.count(Data::dinner, m_data.pastry), qsizetype(1));
        QCOMPARE(s.count(Data::dinner, m_data.kitchen), qsizetype(0));
        QCOMPARE(s.count(Data::dinner, m_data.workshop), qsizetype(0));
        // In the order of the day (Breakfast, Lunch, Dinner), departments by name.
        QCOMPARE(s.rows.size(), 4);
        QCOMPARE(s.rows.at(0).mealTypeNameEn, QStringLiteral("Breakfast"));
        QCOMPARE(s.rows.at(1).mealTypeNameEn, QStringLiteral("Lunch"));
        QCOMPARE(s.rows.at(1).departmentNameEn, QStringLiteral("Kitchen"));
        QCOMPARE(s.rows.at(2).departmentNameEn, QStringLiteral("Workshop"));
        QCOMPARE(s.rows.at(3).mealTypeNameEn, QStringLiteral("Dinner"));
        const QList<DailySummaryEmployee>& names = s.rows.at(1).employees;
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.at(0).code, 1001);
        QCOMPARE(names.at(0).nameEn, QStringLiteral("Ahmed Ali"));
        QCOMPARE(names.at(1).code, 1002);
        QCOMPARE(names.at(1).nameAr, QStringLiteral("Sara Khan (ar)"));
        QCOMPARE(s.rows.at(0).employees.at(0).employeeId, qint64(1));

        auto before = meals.dailySummary(m_fx.captain, today.addDays(-1));
        AWAIT_OK(before);
        QCOMPARE(before.result().total(), qsizetype(2));
        QCOMPARE(before.result().count(Data::lunch, m_data.workshop), qsizetype(1));

        const auto invalid = Data::failureOf(meals.dailySummary(m_fx.stock, QDate()));
        QVERIFY(invalid);
        QCOMPARE(invalid->field(), QStringLiteral("day"));
    }
};

QTEST_GUILESS_MAIN(tst_MealRequestService)
#include "tst_mealrequestservice.moc"
