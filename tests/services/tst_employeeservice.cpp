#include "Await.h"
#include "DepartmentService.h"
#include "EmployeeImporter.h"
#include "EmployeeService.h"
#include "ServiceFixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>

namespace {

EmployeeInput input(qint64 id, qint64 code, const QString& nameEn, const QString& nameAr = {})
{
    EmployeeInput in;
    in.id = id;
    in.code = code;
    in.nameEn = nameEn;
    in.nameAr = nameAr;
    in.title = QStringLiteral("Technician");
    return in;
}

QByteArray csv(const QString& text)
{
    return text.toUtf8();
}

using Outcome = EmployeeImportReport::Outcome;

} // namespace

// The kind of error a finished future failed with; none when it succeeded.
template <typename T> std::optional<Failure::Kind> kindOf(const QFuture<T>& future)
{
    const auto e = errorOf(future);
    return e ? std::optional(e->kind()) : std::nullopt;
}

class tst_EmployeeService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    // Limits the account to these departments (DOMAIN.md's account_department).
    bool limit(const Actor& actor, const QList<qint64>& departmentIds)
    {
        const qint64 account = actor.accountId;
        return m_fx.write([account, departmentIds](Connection& c) {
            for (const qint64 d : departmentIds)
                c.exec(QStringLiteral("INSERT INTO account_department (account_id, department_id) "
                                      "VALUES (?, ?)"),
                       {account, d});
        });
    }

    qint64 department(const QString& name, qint64 parentId = 0)
    {
        DepartmentService departments(m_fx.db(), m_fx.feed());
        auto f = departments.create(m_fx.admin, {name, name + QStringLiteral(" ع"), parentId});
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000) || errorOf(f))
            return 0;
        return f.result().id;
    }

    // Every employee the filter selects, page after page, by the given order.
    QList<qint64> allIds(EmployeeService& employees, const EmployeeFilter& filter,
                         PageRequest request, int* pages = nullptr)
    {
        QList<qint64> ids;
        for (int page = 1;; ++page) {
            auto f = employees.list(m_fx.requester, filter, request);
            if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000) || errorOf(f))
                return {-1};
            for (const EmployeeRecord& r : f.result().rows)
                ids << r.id;
            if (pages)
                *pages = page;
            if (!f.result().hasMore)
                return ids;
            request.hasCursor = true;
            request.afterValue = f.result().lastValue;
            request.afterId = f.result().lastId;
        }
    }

    // The ids the actor's list() shows, by id.
    QList<qint64> idsFoundBy(EmployeeService& employees, const Actor& actor,
                             const EmployeeFilter& filter)
    {
        PageRequest request;
        request.limit = 1000;
        auto f = employees.list(actor, filter, request);
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000) || errorOf(f))
            return {-1};
        QList<qint64> ids;
        for (const EmployeeRecord& r : f.result().rows)
            ids << r.id;
        return ids;
    }

    QList<qint64> idsFound(EmployeeService& employees, const EmployeeFilter& filter)
    {
        PageRequest request;
        request.limit = 1000;
        return allIds(employees, filter, request);
    }

    static EmployeeFilter search(const QString& text)
    {
        EmployeeFilter filter;
        filter.search = text;
        return filter;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void createUpdateActivateWithAudit_data() { TestBackend::addColumns(); }
    void createUpdateActivateWithAudit()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const qint64 kitchen = department(QStringLiteral("Kitchen"));
        QVERIFY(kitchen);
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);

        EmployeeInput in =
            input(700123, 4501, QStringLiteral("  Layla Ahmed "), QStringLiteral("ليلى أحمد"));
        in.departmentId = kitchen;
        auto created = employees.create(m_fx.captain, in);
        AWAIT_OK(created);
        const EmployeeRecord r = created.result();
        QCOMPARE(r.id, qint64(700123));
        QCOMPARE(r.code, qint64(4501));
        QCOMPARE(r.nameEn, QStringLiteral("Layla Ahmed")); // trimmed
        QCOMPARE(r.nameAr, QStringLiteral("ليلى أحمد"));
        QCOMPARE(r.title, QStringLiteral("Technician"));
        QCOMPARE(r.departmentId, kitchen);
        QCOMPARE(r.departmentNameEn, QStringLiteral("Kitchen"));
        QVERIFY(r.active);
        QCOMPARE(r.version, 1);
        QVERIFY(r.updatedAt.isValid());
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("employee"));
        QCOMPARE(changed.last().at(1).value<QList<qint64>>(), QList<qint64>{700123});

        EmployeeInput edit = in;
        edit.id = 1; // ignored: the id is fixed
        edit.title = QString();
        edit.nameEn = QString(); // the Arabic name alone is enough
        edit.departmentId = 0;
        auto updated = employees.update(m_fx.admin, 700123, 1, edit);
        AWAIT_OK(updated);
        QCOMPARE(updated.result().id, qint64(700123));
        QCOMPARE(updated.result().version, 2);
        QCOMPARE(updated.result().title, QString());
        QCOMPARE(updated.result().nameEn, QString());
        QCOMPARE(updated.result().departmentId, qint64(0));
        QVERIFY(m_fx.scalar(QStringLiteral("SELECT name_en FROM employee WHERE id = ?"), {700123})
                    .isNull());

        auto stale = employees.update(m_fx.admin, 700123, 1, in);
        AWAIT(stale);
        QCOMPARE(kindOf(stale), std::optional(Failure::Kind::Conflict));

        auto off = employees.setActive(m_fx.captain, 700123, false);
        AWAIT_OK(off);
        QVERIFY(!off.result().active);
        QCOMPARE(off.result().version, 3);
        auto on = employees.setActive(m_fx.captain, 700123, true);
        AWAIT_OK(on);
        QVERIFY(on.result().active);

        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.create")), 1);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.update")), 1);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.deactivate")), 1);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.activate")), 1);
        const QJsonObject details =
            QJsonDocument::fromJson(
                m_fx.scalar(QStringLiteral("SELECT details FROM audit_log WHERE "
                                           "action = ?"),
                            {QStringLiteral("employee.update")})
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(details.value(QStringLiteral("old")).toObject().value(QStringLiteral("name_en")),
                 QJsonValue(QStringLiteral("Layla Ahmed")));
        QCOMPARE(details.value(QStringLiteral("new")).toObject().value(QStringLiteral("name_en")),
                 QJsonValue());
        QCOMPARE(
            details.value(QStringLiteral("old")).toObject().value(QStringLiteral("department_id")),
            QJsonValue(kitchen));
    }

    void badInputNamesTheFieldAndChangesNothing_data() { TestBackend::addColumns(); }
    void badInputNamesTheFieldAndChangesNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        auto first = employees.create(m_fx.admin, input(1, 100, QStringLiteral("First")));
        AWAIT_OK(first);
        struct Case {
            EmployeeInput in;
            QString field;
            Failure::Kind kind;
            QString mention;
        };
        const auto withTitle = [](EmployeeInput in, const QString& title) {
            in.title = title;
            return in;
        };
        const auto withDepartment = [](EmployeeInput in, qint64 department) {
            in.departmentId = department;
            return in;
        };
        const Failure::Kind validation = Failure::Kind::Validation;
        const QList<Case> cases = {
            {input(0, 200, QStringLiteral("No id")), QStringLiteral("id"), validation, {}},
            {input(-5, 200, QStringLiteral("Negative id")), QStringLiteral("id"), validation, {}},
            {input(2, 0, QStringLiteral("No code")), QStringLiteral("code"), validation, {}},
            {input(2, 2147483648LL, QStringLiteral("Huge code")), QStringLiteral("code"),
             validation, QStringLiteral("2147483647")},
            {input(2, 200, QString(), QStringLiteral("  ")), QStringLiteral("name_en"), validation,
             QStringLiteral("Arabic")},
            {input(2, 200, QString(129, QLatin1Char('x'))), QStringLiteral("name_en"), validation,
             QStringLiteral("129")},
            {input(2, 200, QString(10000, QLatin1Char('x'))), QStringLiteral("name_en"), validation,
             QStringLiteral("The English name has 10000 characters; at most 128 are allowed.")},
            {input(2, 200, QStringLiteral("Ok"), QString(129, QChar(0x0639))),
             QStringLiteral("name_ar"), validation, QStringLiteral("Arabic name")},
            {input(2, 200, QStringLiteral("Tab\there")), QStringLiteral("name_en"), validation,
             QStringLiteral("control")},
            {withTitle(input(2, 200, QStringLiteral("Ok")), QString(129, QLatin1Char('t'))),
             QStringLiteral("title"), validation, QStringLiteral("title")},
            {withDepartment(input(2, 200, QStringLiteral("Ok")), 4242),
             QStringLiteral("department_id"), validation, QStringLiteral("4242")},
            {input(2, 100, QStringLiteral("Same code")), QStringLiteral("code"),
             Failure::Kind::Constraint, QStringLiteral("100")},
            {input(1, 300, QStringLiteral("Same id")), QStringLiteral("id"),
             Failure::Kind::Constraint, QStringLiteral("1")},
        };
        for (const Case& c : cases) {
            auto f = employees.create(m_fx.captain, c.in);
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY2(e, qPrintable(c.field));
            QCOMPARE(e->kind(), c.kind);
            QCOMPARE(e->field(), c.field);
            QVERIFY(!e->message().isEmpty());
            QVERIFY2(e->message().contains(c.mention), qPrintable(e->message()));
        }
        // Updating onto another employee's code is refused the same way.
        auto second = employees.create(m_fx.captain, input(2, 200, QStringLiteral("Second")));
        AWAIT_OK(second);
        auto taken = employees.update(m_fx.captain, 2, 1, input(2, 100, QStringLiteral("Second")));
        AWAIT(taken);
        QCOMPARE(kindOf(taken), std::optional(Failure::Kind::Constraint));
        QCOMPARE(errorOf(taken)->field(), QStringLiteral("code"));
        auto missing =
            employees.update(m_fx.captain, 99, 1, input(99, 999, QStringLiteral("Nobody")));
        AWAIT(missing);
        QCOMPARE(kindOf(missing), std::optional(Failure::Kind::NotFound));

        auto n = employees.count(m_fx.admin, {});
        AWAIT_OK(n);
        QCOMPARE(n.result(), qint64(2));
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.create")), 2);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.update")), 0);
    }

    void textIsStoredVerbatim_data() { TestBackend::addColumns(); }
    void textIsStoredVerbatim()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const QStringList texts = {
            QStringLiteral("Robert'); DROP TABLE employee; --"),
            QStringLiteral("\"Quoted\" O'Neil, 100% _under_ \\back\\slash ?"),
            QStringLiteral("عبد الله بن محمد"),
            QStringLiteral("👩‍💻 Zoë 🇸🇦 ✓"),
            QString(QStringLiteral("🍲")).repeated(128), // 128 characters, 256 UTF-16 units
        };
        for (int i = 0; i < texts.size(); ++i) {
            EmployeeInput in = input(i + 1, 1000 + i, texts.at(i), texts.at(texts.size() - 1 - i));
            in.title = texts.at(i).left(60);
            auto f = employees.create(m_fx.captain, in);
            AWAIT_OK(f);
        }
        for (int i = 0; i < texts.size(); ++i) {
            auto f = employees.get(m_fx.stock, i + 1);
            AWAIT_OK(f);
            QCOMPARE(f.result().nameEn, texts.at(i));
            QCOMPARE(f.result().nameAr, texts.at(texts.size() - 1 - i));
            QCOMPARE(f.result().title, texts.at(i).left(60));
        }
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(),
                 texts.size());
    }

    void deletingSomeoneOnARequestLineDeactivates_data() { TestBackend::addColumns(); }
    void deletingSomeoneOnARequestLineDeactivates()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        for (int id : {11, 12}) {
            auto f = employees.create(m_fx.captain,
                                      input(id, qint64{id} * 10, QStringLiteral("E%1").arg(id)));
            AWAIT_OK(f);
        }
        const qint64 requester = m_fx.requester.accountId;
        QVERIFY(m_fx.write([requester](Connection& c) {
            const qint64 request =
                c.insert(QStringLiteral("INSERT INTO meal_request (requester_id, "
                                        "meal_type_id) VALUES (?, ?)"),
                         {requester, 1});
            c.exec(QStringLiteral("INSERT INTO meal_request_line (meal_request_id, employee_id, "
                                  "employee_code) VALUES (?, ?, ?)"),
                   {request, 11, 110});
        }));

        auto kept = employees.remove(m_fx.captain, 11);
        AWAIT_OK(kept);
        QCOMPARE(kept.result(), EmployeeRemoval::Deactivated);
        auto still = employees.get(m_fx.captain, 11);
        AWAIT_OK(still);
        QVERIFY(!still.result().active);
        QCOMPARE(still.result().version, 2);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.deactivate")), 1);
        // Asking again keeps it as it is.
        auto again = employees.remove(m_fx.admin, 11);
        AWAIT_OK(again);
        QCOMPARE(again.result(), EmployeeRemoval::Deactivated);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.deactivate")), 1);

        auto deleted = employees.remove(m_fx.admin, 12);
        AWAIT_OK(deleted);
        QCOMPARE(deleted.result(), EmployeeRemoval::Deleted);
        auto gone = employees.get(m_fx.captain, 12);
        AWAIT(gone);
        QCOMPARE(kindOf(gone), std::optional(Failure::Kind::NotFound));
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.delete")), 1);
        auto none = employees.remove(m_fx.admin, 12);
        AWAIT(none);
        QCOMPARE(kindOf(none), std::optional(Failure::Kind::NotFound));
    }

    void searchByCodeOrEitherName_data() { TestBackend::addColumns(); }
    void searchByCodeOrEitherName()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const QList<EmployeeInput> people = {
            input(1, 1234, QStringLiteral("Ali Hassan"), QStringLiteral("علي حسن")),
            input(2, 12345, QStringLiteral("KHALID ALI"), QStringLiteral("خالد علي")),
            input(3, 77, QStringLiteral("Mona 100% Sure"), QStringLiteral("منى")),
            input(4, 88, QString(), QStringLiteral("محمد عبد الله")),
            input(5, 99, QStringLiteral("Sara_Lee"), QString()),
        };
        for (const EmployeeInput& in : people) {
            auto f = employees.create(m_fx.admin, in);
            AWAIT_OK(f);
        }
        const QList<std::pair<QString, QList<qint64>>> cases = {
            {QStringLiteral("1234"), {1}}, // the exact code, not a prefix
            {QStringLiteral(" 12345 "), {2}}, {QStringLiteral("١٢٣٤"), {1}}, // Arabic-Indic digits
            {QStringLiteral("4"), {}},        {QStringLiteral("ali"), {1, 2}}, // any case, anywhere
            {QStringLiteral("hAsSaN"), {1}},  {QStringLiteral("علي"), {1, 2}}, // the Arabic name
            {QStringLiteral("عبد"), {4}},     {QStringLiteral("100%"), {3}}, // % and _ are literal
            {QStringLiteral("%"), {3}},       {QStringLiteral("_"), {5}},
            {QStringLiteral("a_l"), {5}},     {QStringLiteral("x' OR '1'='1"), {}},
            {QString(), {1, 2, 3, 4, 5}},
        };
        for (const auto& [text, expected] : cases) {
            QCOMPARE(idsFound(employees, search(text)), expected);
            auto n = employees.count(m_fx.taker, search(text));
            AWAIT_OK(n);
            QCOMPARE(n.result(), qint64(expected.size()));
        }
        EmployeeFilter inactive = search(QStringLiteral("ali"));
        inactive.active = false;
        QCOMPARE(idsFound(employees, inactive), QList<qint64>{});
        auto off = employees.setActive(m_fx.admin, 2, false);
        AWAIT_OK(off);
        QCOMPARE(idsFound(employees, inactive), QList<qint64>{2});
    }

    // Each word is looked for on its own, in either name: all of them must be found.
    void searchMatchesEveryWordInAnyOrder_data() { TestBackend::addColumns(); }
    void searchMatchesEveryWordInAnyOrder()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const QList<EmployeeInput> people = {
            input(1, 11, QStringLiteral("Salma Ibrahim Darwish"), QStringLiteral("سلمى درويش")),
            input(2, 12, QStringLiteral("Salma Khalil"), QStringLiteral("سلمى خليل")),
            input(3, 13, QStringLiteral("Omar Darwish"), QString()),
            input(4, 14, QStringLiteral("50% Salma"), QString()),
        };
        for (const EmployeeInput& in : people) {
            auto f = employees.create(m_fx.admin, in);
            AWAIT_OK(f);
        }
        const QList<std::pair<QString, QList<qint64>>> cases = {
            {QStringLiteral("Salma Darwish"), {1}},
            {QStringLiteral("darwish SALMA"), {1}},
            {QStringLiteral("  Salma \t Darwish  "), {1}},
            {QStringLiteral("Salma"), {1, 2, 4}},
            {QStringLiteral("Darwish"), {1, 3}},
            {QStringLiteral("Salma Darwish Khalil"), {}},
            {QStringLiteral("Salma خليل"), {2}}, // a word in each language
            {QStringLiteral("سلمى درويش"), {1}},
            {QStringLiteral("% salma"), {4}}, // % stays literal in each word
            {QStringLiteral("Ibrahim' OR '1'='1"), {}},
        };
        for (const auto& [text, expected] : cases) {
            QVERIFY2(idsFound(employees, search(text)) == expected, qPrintable(text));
            auto n = employees.count(m_fx.taker, search(text));
            AWAIT_OK(n);
            QCOMPARE(n.result(), qint64(expected.size()));
        }
    }

    void nextFreeIdFollowsTheHighest_data() { TestBackend::addColumns(); }
    void nextFreeIdFollowsTheHighest()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        auto first = employees.nextFreeId(m_fx.captain);
        AWAIT_OK(first);
        QCOMPARE(first.result(), qint64(1));
        for (const qint64 id : {7, 3}) {
            auto f = employees.create(m_fx.admin, input(id, id, QStringLiteral("E%1").arg(id)));
            AWAIT_OK(f);
        }
        auto next = employees.nextFreeId(m_fx.captain);
        AWAIT_OK(next);
        QCOMPARE(next.result(), qint64(8));
        // Only those who may add employees are told.
        auto refused = employees.nextFreeId(m_fx.requester);
        AWAIT(refused);
        QCOMPARE(kindOf(refused), std::optional(Failure::Kind::Permission));
    }

    void departmentFilterIncludesSubDepartments_data() { TestBackend::addColumns(); }
    void departmentFilterIncludesSubDepartments()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const qint64 a = department(QStringLiteral("A"));
        const qint64 b = department(QStringLiteral("B"), a);
        const qint64 c = department(QStringLiteral("C"), b);
        const qint64 other = department(QStringLiteral("Other"));
        QVERIFY(a && b && c && other);
        // Two employees in each department, one more without one.
        const QList<qint64> tree = {a, b, c, other};
        for (int i = 0; i < 9; ++i) {
            EmployeeInput in = input(i + 1, 500 + i, QStringLiteral("E%1").arg(i + 1));
            in.departmentId = i < 8 ? tree.at(i / 2) : 0;
            in.active = i % 2 == 0;
            auto f = employees.create(m_fx.captain, in);
            AWAIT_OK(f);
        }
        const auto filter = [](qint64 department, bool sub, std::optional<bool> active = {}) {
            EmployeeFilter f;
            f.departmentId = department;
            f.includeSubDepartments = sub;
            f.active = active;
            return f;
        };
        QCOMPARE(idsFound(employees, filter(a, true)), (QList<qint64>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(idsFound(employees, filter(b, true)), (QList<qint64>{3, 4, 5, 6}));
        QCOMPARE(idsFound(employees, filter(c, true)), (QList<qint64>{5, 6}));
        QCOMPARE(idsFound(employees, filter(a, false)), (QList<qint64>{1, 2}));
        QCOMPARE(idsFound(employees, filter(other, true)), (QList<qint64>{7, 8}));
        QCOMPARE(idsFound(employees, filter(a, true, true)), (QList<qint64>{1, 3, 5}));
        QCOMPARE(idsFound(employees, filter(0, true)), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(idsFound(employees, filter(4242, true)), QList<qint64>{});
        EmployeeFilter searched = filter(b, true);
        searched.search = QStringLiteral("e6");
        QCOMPARE(idsFound(employees, searched), QList<qint64>{6});
        auto n = employees.count(m_fx.requester, filter(b, true, false));
        AWAIT_OK(n);
        QCOMPARE(n.result(), qint64(2));
    }

    void countsTheActiveEmployeesOfWholeDepartments_data() { TestBackend::addColumns(); }
    void countsTheActiveEmployeesOfWholeDepartments()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const qint64 kitchen = department(QStringLiteral("Kitchen"));
        const qint64 pantry = department(QStringLiteral("Pantry"), kitchen);
        const qint64 workshop = department(QStringLiteral("Workshop"));
        QVERIFY(kitchen && pantry && workshop);
        // Kitchen: 1 and 2 active, 3 not; Pantry (under Kitchen): 4; Workshop: 5; 6 in none.
        const QList<std::pair<qint64, bool>> placed = {{kitchen, true},  {kitchen, true},
                                                       {kitchen, false}, {pantry, true},
                                                       {workshop, true}, {0, true}};
        for (int i = 0; i < placed.size(); ++i) {
            EmployeeInput in = input(i + 1, 600 + i, QStringLiteral("E%1").arg(i + 1));
            in.departmentId = placed.at(i).first;
            in.active = placed.at(i).second;
            auto f = employees.create(m_fx.admin, in);
            AWAIT_OK(f);
        }
        const auto count = [&](const Actor& actor, const QList<qint64>& departments,
                               const QList<qint64>& except) {
            auto f = employees.countActiveIn(actor, departments, except);
            if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000) || errorOf(f))
                return qint64(-1);
            return f.result();
        };
        // The department's own active employees: not the inactive one, not its sub-department's.
        QCOMPARE(count(m_fx.admin, {kitchen}, {}), qint64(2));
        QCOMPARE(count(m_fx.admin, {kitchen, workshop}, {}), qint64(3));
        // A department named twice counts once.
        QCOMPARE(count(m_fx.admin, {kitchen, workshop, kitchen}, {}), qint64(3));
        // Employees listed on their own are not counted again.
        QCOMPARE(count(m_fx.admin, {kitchen, workshop}, {1, 4, 6}), qint64(2));
        QCOMPARE(count(m_fx.admin, {}, {}), qint64(0));
        QCOMPARE(count(m_fx.admin, {4242}, {}), qint64(0));
        // An account limited to some departments counts only within them.
        QVERIFY(limit(m_fx.requester, {workshop}));
        QCOMPARE(count(m_fx.requester, {kitchen, workshop}, {}), qint64(1));
        QCOMPARE(count(m_fx.taker, {kitchen, workshop}, {}), qint64(3));
    }

    void keysetPagingVisitsEveryRowOnceInOrder_data() { TestBackend::addColumns(); }
    void keysetPagingVisitsEveryRowOnceInOrder()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        // 250 employees: codes in another order than ids, names repeating (ties are broken by
        // id), in mixed case, Latin and Arabic, and some missing (they sort as empty).
        struct Row {
            qint64 id;
            qint64 code;
            QString nameEn;
            QString nameAr;
        };
        QList<Row> rows;
        const QStringList arabic = {QStringLiteral("أحمد"), QStringLiteral("زينب"),
                                    QStringLiteral("بدر"), QStringLiteral("يوسف"),
                                    QStringLiteral("ثامر")};
        for (int i = 0; i < 250; ++i) {
            const qint64 id = 1000 + (i * 7919) % 100000;
            const QString en = i % 9 == 0
                                   ? QString()
                                   : QStringLiteral("%1name %2")
                                         .arg(i % 2 ? QStringLiteral("N") : QStringLiteral("n"))
                                         .arg(i % 17);
            const QString ar = i % 11 == 0 ? QString() : arabic.at(i % arabic.size());
            rows.append({id, (i * 97) % 250 + 1, en,
                         ar.isEmpty() && en.isEmpty() ? QStringLiteral("x") : ar});
        }
        QVERIFY(m_fx.write([rows](Connection& c) {
            for (const Row& r : rows)
                c.exec(
                    QStringLiteral("INSERT INTO employee (id, code, name_en, name_ar) VALUES (?, "
                                   "?, ?, ?)"),
                    {r.id, r.code, r.nameEn.isEmpty() ? QVariant() : QVariant(r.nameEn),
                     r.nameAr.isEmpty() ? QVariant() : QVariant(r.nameAr)});
        }));

        // The test server's collation is C.UTF-8 and SQLite compares bytes: both order text by
        // code point, as QString's operator< does for these (BMP) names.
        const QList<std::pair<QString, std::function<QVariant(const Row&)>>> keys = {
            {QStringLiteral("id"), [](const Row& r) { return QVariant(r.id); }},
            {QStringLiteral("code"), [](const Row& r) { return QVariant(r.code); }},
            {QStringLiteral("name_en"), [](const Row& r) { return QVariant(r.nameEn); }},
            {QStringLiteral("name_ar"), [](const Row& r) { return QVariant(r.nameAr); }},
        };
        for (const auto& [key, value] : keys) {
            for (const bool descending : {false, true}) {
                QList<Row> sorted = rows;
                std::sort(sorted.begin(), sorted.end(),
                          [&value = value](const Row& x, const Row& y) {
                              const QVariant vx = value(x);
                              const QVariant vy = value(y);
                              const auto c = QVariant::compare(vx, vy);
                              return c == QPartialOrdering::Less ||
                                     (c == QPartialOrdering::Equivalent && x.id < y.id);
                          });
                if (descending)
                    std::reverse(sorted.begin(), sorted.end());
                // An empty name comes last both ways (among them, by id in the direction).
                std::stable_partition(sorted.begin(), sorted.end(), [&value = value](const Row& r) {
                    const QVariant v = value(r);
                    return v.typeId() != QMetaType::QString || !v.toString().isEmpty();
                });
                QList<qint64> expected;
                for (const Row& r : sorted)
                    expected << r.id;

                PageRequest request;
                request.sortKey = key;
                request.descending = descending;
                request.limit = 40;
                int pages = 0;
                const QList<qint64> ids = allIds(employees, {}, request, &pages);
                const QString what =
                    key + (descending ? QStringLiteral(" desc") : QStringLiteral(" asc"));
                QVERIFY2(ids.size() == 250, qPrintable(what));
                QVERIFY2(QSet<qint64>(ids.cbegin(), ids.cend()).size() == 250, qPrintable(what));
                QVERIFY2(ids == expected, qPrintable(what));
                QCOMPARE(pages, 7);
                // A jump lands where paging would, on either side of the empty names.
                for (const qint64 skip : {1, 120, 200, 230, 249, 250}) {
                    PageRequest jump = request;
                    jump.skip = skip;
                    auto f = employees.list(m_fx.requester, {}, jump);
                    AWAIT_OK(f);
                    QList<qint64> page;
                    for (const EmployeeRecord& r : f.result().rows)
                        page << r.id;
                    QVERIFY2(page == expected.mid(skip, 40),
                             qPrintable(what + QStringLiteral(" skip %1").arg(skip)));
                }
            }
        }
        PageRequest bad;
        bad.sortKey = QStringLiteral("title; DROP TABLE employee");
        auto refused = employees.list(m_fx.admin, {}, bad);
        AWAIT(refused);
        QCOMPARE(kindOf(refused), std::optional(Failure::Kind::Validation));
    }

    // One read hands every selected employee over in id order, in chunks, on a worker.
    void scanHandsOverEveryRowInChunks_data() { TestBackend::addColumns(); }
    void scanHandsOverEveryRowInChunks()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        // Ids in another order than insertion; every third one inactive.
        QList<qint64> ids;
        for (int i = 0; i < 2345; ++i)
            ids << 10 + (i * 7919) % 100000;
        QVERIFY(m_fx.write([ids](Connection& c) {
            for (int i = 0; i < ids.size(); ++i)
                c.exec(QStringLiteral("INSERT INTO employee (id, code, name_en, is_active) "
                                      "VALUES (?, ?, ?, ?)"),
                       {ids.at(i), i + 1, QStringLiteral("Scan %1").arg(i), i % 3 != 0});
        }));
        QList<qint64> sorted = ids;
        std::sort(sorted.begin(), sorted.end());

        struct Handed {
            QList<int> chunks;
            QList<qint64> ids;
            bool onWorker = true;
        };
        const auto scan = [&](const EmployeeFilter& filter, Handed* handed) {
            QThread* main = QThread::currentThread();
            return employees.scan(
                m_fx.requester, filter, 1000, [handed, main](QList<EmployeeRecord>&& rows) {
                    handed->onWorker = handed->onWorker && QThread::currentThread() != main;
                    handed->chunks << int(rows.size());
                    for (const EmployeeRecord& r : rows)
                        handed->ids << r.id;
                });
        };

        Handed all;
        auto everyone = scan({}, &all);
        AWAIT_OK(everyone);
        QCOMPARE(everyone.result(), qint64(2345));
        QCOMPARE(all.chunks, (QList<int>{1000, 1000, 345}));
        QCOMPARE(all.ids, sorted);
        QVERIFY(all.onWorker);

        EmployeeFilter inactive;
        inactive.active = false;
        Handed some;
        auto filtered = scan(inactive, &some);
        AWAIT_OK(filtered);
        QCOMPARE(filtered.result(), qint64(782));
        QCOMPARE(some.chunks, (QList<int>{782}));
        QList<qint64> expected;
        for (int i = 0; i < ids.size(); i += 3)
            expected << ids.at(i);
        std::sort(expected.begin(), expected.end());
        QCOMPARE(some.ids, expected);
    }

    void onlyCaptainsAndAdminsChangeEmployees_data() { TestBackend::addColumns(); }
    void onlyCaptainsAndAdminsChangeEmployees()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        auto seed = employees.create(m_fx.admin, input(1, 10, QStringLiteral("Seed")));
        AWAIT_OK(seed);
        const QByteArray file = csv(QStringLiteral("id,code,name_en\n2,20,New\n"));
        for (const Actor& actor : {m_fx.requester, m_fx.taker, m_fx.stock}) {
            auto c = employees.create(actor, input(3, 30, QStringLiteral("X")));
            auto u = employees.update(actor, 1, 1, input(1, 10, QStringLiteral("Changed")));
            auto a = employees.setActive(actor, 1, false);
            auto d = employees.remove(actor, 1);
            auto i = employees.importCsv(actor, file);
            AWAIT(c);
            AWAIT(u);
            AWAIT(a);
            AWAIT(d);
            AWAIT(i);
            QCOMPARE(kindOf(c), std::optional(Failure::Kind::Permission));
            QCOMPARE(kindOf(u), std::optional(Failure::Kind::Permission));
            QCOMPARE(kindOf(a), std::optional(Failure::Kind::Permission));
            QCOMPARE(kindOf(d), std::optional(Failure::Kind::Permission));
            QCOMPARE(kindOf(i), std::optional(Failure::Kind::Permission));
        }
        for (const Actor& actor :
             {m_fx.requester, m_fx.taker, m_fx.captain, m_fx.stock, m_fx.admin}) {
            auto l = employees.list(actor, {}, {});
            auto g = employees.get(actor, 1);
            AWAIT_OK(l);
            AWAIT_OK(g);
            QCOMPARE(l.result().rows.size(), 1);
            QCOMPARE(g.result().nameEn, QStringLiteral("Seed"));
        }
        auto byCaptain = employees.create(m_fx.captain, input(3, 30, QStringLiteral("By captain")));
        AWAIT_OK(byCaptain);
        auto imported = employees.importCsv(m_fx.captain, file);
        AWAIT_OK(imported);
        QVERIFY(imported.result().applied);
        auto removed = employees.remove(m_fx.captain, 3);
        AWAIT_OK(removed);
        QCOMPARE(removed.result(), EmployeeRemoval::Deleted);
        auto byAdmin = employees.update(m_fx.admin, 1, 1, input(1, 10, QStringLiteral("Renamed")));
        AWAIT_OK(byAdmin);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(), 2);
    }

    void departmentLimitsEveryReadAndWrite_data() { TestBackend::addColumns(); }
    void departmentLimitsEveryReadAndWrite()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const qint64 mine = department(QStringLiteral("Mine"));
        const qint64 other = department(QStringLiteral("Other"));
        QVERIFY(mine && other);
        EmployeeInput inMine = input(1, 10, QStringLiteral("In mine"));
        inMine.departmentId = mine;
        EmployeeInput inOther = input(2, 20, QStringLiteral("In other"));
        inOther.departmentId = other;
        for (const EmployeeInput& in : {inMine, inOther, input(3, 30, QStringLiteral("In none"))}) {
            auto f = employees.create(m_fx.admin, in);
            AWAIT_OK(f);
        }
        QVERIFY(limit(m_fx.captain, {mine}));
        QVERIFY(limit(m_fx.requester, {mine}));

        // Reads: only the employees of its departments.
        for (const Actor& actor : {m_fx.captain, m_fx.requester}) {
            QCOMPARE(idsFoundBy(employees, actor, {}), QList<qint64>{1});
            auto n = employees.count(actor, {});
            auto x = employees.exportCsv(actor, {});
            AWAIT_OK(n);
            AWAIT_OK(x);
            QCOMPARE(n.result(), qint64(1));
            const QStringList lines =
                QString::fromUtf8(x.result()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 2); // the header and employee 1
            QVERIFY(lines.at(1).startsWith(QStringLiteral("1,10,In mine")));
            auto mineRead = employees.get(actor, 1);
            AWAIT_OK(mineRead);
            for (const qint64 outside : {2, 3}) {
                auto g = employees.get(actor, outside);
                AWAIT(g);
                QCOMPARE(kindOf(g), std::optional(Failure::Kind::Permission));
            }
        }
        QCOMPARE(idsFoundBy(employees, m_fx.taker, {}), (QList<qint64>{1, 2, 3}));
        QCOMPARE(idsFoundBy(employees, m_fx.admin, {}), (QList<qint64>{1, 2, 3}));

        // Writes: refused outside its departments, and nothing changes.
        const int audited = m_fx.auditCount(QStringLiteral("employee.update"));
        EmployeeInput newInOther = input(4, 40, QStringLiteral("New in other"));
        newInOther.departmentId = other;
        EmployeeInput movedOut = inMine;
        movedOut.departmentId = other;
        EmployeeInput renamedOther = inOther;
        renamedOther.nameEn = QStringLiteral("Renamed");
        auto createdOutside = employees.create(m_fx.captain, newInOther);
        auto createdInNone = employees.create(m_fx.captain, input(5, 50, QStringLiteral("None")));
        auto movedAway = employees.update(m_fx.captain, 1, 1, movedOut);
        auto updatedOutside = employees.update(m_fx.captain, 2, 1, renamedOther);
        auto deactivated = employees.setActive(m_fx.captain, 2, false);
        auto removed = employees.remove(m_fx.captain, 3);
        for (auto* f :
             {&createdOutside, &createdInNone, &movedAway, &updatedOutside, &deactivated}) {
            AWAIT(*f);
            QCOMPARE(kindOf(*f), std::optional(Failure::Kind::Permission));
        }
        AWAIT(removed);
        QCOMPARE(kindOf(removed), std::optional(Failure::Kind::Permission));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(), 3);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT department_id FROM employee WHERE id = 1"))
                     .toLongLong(),
                 mine);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT name_en FROM employee WHERE id = 2")).toString(),
            QStringLiteral("In other"));
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT is_active FROM employee WHERE id = 2")).toBool(),
            true);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.update")), audited);

        // The import refuses each row outside, naming the column; nothing is written.
        const QByteArray file = csv(QStringLiteral("id,code,name_en,department_id\n"
                                                   "2,20,Renamed,%1\n"
                                                   "6,60,New,%2\n"
                                                   "7,70,Fine,%1\n")
                                        .arg(mine)
                                        .arg(other));
        auto imported = employees.importCsv(m_fx.captain, file);
        AWAIT_OK(imported);
        const EmployeeImportReport report = imported.result();
        QVERIFY(!report.applied);
        QCOMPARE(report.size(), 3);
        QCOMPARE(report.row(0).outcome, Outcome::Refused);
        QCOMPARE(report.row(0).field, QStringLiteral("id"));
        QCOMPARE(report.row(1).outcome, Outcome::Refused);
        QCOMPARE(report.row(1).field, QStringLiteral("department_id"));
        QCOMPARE(report.row(2).outcome, Outcome::Created);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(), 3);

        // Inside its departments the captain works as before.
        EmployeeInput newInMine = input(8, 80, QStringLiteral("New in mine"));
        newInMine.departmentId = mine;
        auto created = employees.create(m_fx.captain, newInMine);
        AWAIT_OK(created);
        auto renamed = employees.update(m_fx.captain, 8, 1, newInMine);
        AWAIT_OK(renamed);
        auto gone = employees.remove(m_fx.captain, 8);
        AWAIT_OK(gone);
        QCOMPARE(gone.result(), EmployeeRemoval::Deleted);
    }

    void importCreatesUpdatesAndReports_data() { TestBackend::addColumns(); }
    void importCreatesUpdatesAndReports()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const qint64 kitchen = department(QStringLiteral("Kitchen"));
        QVERIFY(kitchen);
        EmployeeInput toUpdate =
            input(10, 1010, QStringLiteral("Old Name"), QStringLiteral("قديم"));
        EmployeeInput same = input(20, 1020, QStringLiteral("Same Person"), QStringLiteral("نفسه"));
        same.departmentId = kitchen;
        for (const EmployeeInput& in : {toUpdate, same}) {
            auto f = employees.create(m_fx.admin, in);
            AWAIT_OK(f);
        }
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        // Columns in another order and case, CRLF, a BOM, and spaces around a number.
        const QByteArray file =
            QByteArray("\xEF\xBB\xBF") +
            csv(QStringLiteral("Code,ID,name_en,name_ar,title,department_id,is_active\r\n"
                               "2001,1,New One,جديد,Cook,%1,1\r\n"
                               " 2002 ,2,\"Two, Second\",,,,true\r\n"
                               "1010,10,New Name,قديم,Technician,,0\r\n"
                               "1020,20,Same Person,نفسه,Technician,%1,yes\r\n"
                               "2003,3,,ثالث,,,\r\n")
                    .arg(kitchen));
        auto imported = employees.importCsv(m_fx.captain, file);
        AWAIT_OK(imported);
        const EmployeeImportReport report = imported.result();
        QVERIFY(report.applied);
        QCOMPARE(report.size(), 5);
        QCOMPARE(report.countOf(Outcome::Created), 3);
        QCOMPARE(report.countOf(Outcome::Updated), 1);
        QCOMPARE(report.countOf(Outcome::Unchanged), 1);
        const QList<Outcome> outcomes = {Outcome::Created, Outcome::Created, Outcome::Updated,
                                         Outcome::Unchanged, Outcome::Created};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(report.row(i).row, i + 1);
            QCOMPARE(report.row(i).line, i + 2);
            QCOMPARE(report.row(i).outcome, outcomes.at(i));
        }
        QCOMPARE(report.row(2).id, qint64(10));

        auto one = employees.get(m_fx.admin, 1);
        AWAIT_OK(one);
        QCOMPARE(one.result().code, qint64(2001));
        QCOMPARE(one.result().nameAr, QStringLiteral("جديد"));
        QCOMPARE(one.result().title, QStringLiteral("Cook"));
        QCOMPARE(one.result().departmentId, kitchen);
        auto two = employees.get(m_fx.admin, 2);
        AWAIT_OK(two);
        QCOMPARE(two.result().code, qint64(2002));
        QCOMPARE(two.result().nameEn, QStringLiteral("Two, Second"));
        QCOMPARE(two.result().nameAr, QString());
        auto updated = employees.get(m_fx.admin, 10);
        AWAIT_OK(updated);
        QCOMPARE(updated.result().nameEn, QStringLiteral("New Name"));
        QVERIFY(!updated.result().active);
        QCOMPARE(updated.result().version, 2);
        auto unchanged = employees.get(m_fx.admin, 20);
        AWAIT_OK(unchanged);
        QCOMPARE(unchanged.result().version, 1);
        auto three = employees.get(m_fx.admin, 3);
        AWAIT_OK(three);
        QVERIFY(three.result().active); // an empty is_active: new employees are active

        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.create")), 2 + 3);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.update")), 1);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.import")), 1);
        // A bulk change: screens reload every employee.
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toString(), QStringLiteral("employee"));
        QVERIFY(changed.last().at(1).value<QList<qint64>>().isEmpty());

        // Missing columns keep each employee's values; codes may move between employees of
        // the file (here two swap theirs).
        auto partial = employees.importCsv(
            m_fx.captain, csv(QStringLiteral("id,code\n1,2002\n2,2001\n20,1020\n")));
        AWAIT_OK(partial);
        QVERIFY(partial.result().applied);
        QCOMPARE(partial.result().countOf(Outcome::Updated), 2);
        QCOMPARE(partial.result().countOf(Outcome::Unchanged), 1);
        auto swapped = employees.get(m_fx.admin, 1);
        AWAIT_OK(swapped);
        QCOMPARE(swapped.result().code, qint64(2002));
        QCOMPARE(swapped.result().nameEn, QStringLiteral("New One"));
        QCOMPARE(swapped.result().departmentId, kitchen);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT code FROM employee WHERE id = 2")).toLongLong(),
                 2001);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee WHERE code < 0")).toInt(), 0);
    }

    void aRefusedRowChangesNothing_data() { TestBackend::addColumns(); }
    void aRefusedRowChangesNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        for (const EmployeeInput& in :
             {input(1, 100, QStringLiteral("Kept")), input(2, 200, QStringLiteral("Other"))}) {
            auto f = employees.create(m_fx.admin, in);
            AWAIT_OK(f);
        }
        // One bad row among good ones: nothing at all is written. (The name is within the CSV
        // field limit, which would refuse the whole file.)
        const QString longName(4000, QLatin1Char('L'));
        auto one = employees.importCsv(
            m_fx.captain, csv(QStringLiteral("id,code,name_en\n5,500,Good\n1,100,Renamed\n"
                                             "6,600,%1\n7,700,Also good\n")
                                  .arg(longName)));
        AWAIT_OK(one);
        QVERIFY(!one.result().applied);
        QCOMPARE(one.result().countOf(Outcome::Refused), 1);
        const EmployeeImportReport::Row bad = one.result().row(2);
        QCOMPARE(bad.row, 3);
        QCOMPARE(bad.line, 4);
        QCOMPARE(bad.id, qint64(6));
        QCOMPARE(bad.outcome, Outcome::Refused);
        QCOMPARE(bad.field, QStringLiteral("name_en"));
        QCOMPARE(bad.reason,
                 QStringLiteral("The English name has 4000 characters; at most 128 are allowed."));
        QCOMPARE(one.result().row(0).outcome, Outcome::Created); // what would have happened
        QCOMPARE(one.result().row(1).outcome, Outcome::Updated);

        // Every kind of refusal names its row and column.
        const QString file = QStringLiteral("id,code,name_en,name_ar,department_id,is_active\n"
                                            "abc,1,A,,,\n"        // 1: id not a number
                                            "0,1,A,,,\n"          // 2: id not positive
                                            "8,800,A,,,\n"        // 3: fine
                                            "8,801,A,,,\n"        // 4: id twice in the file
                                            "9,800,A,,,\n"        // 5: code twice in the file
                                            "10,200,A,,,\n"       // 6: code held by employee 2
                                            "11,,A,,,\n"          // 7: a new employee without code
                                            "12,x12,A,,,\n"       // 8: code not a number
                                            "13,1300,,,,\n"       // 9: no name
                                            "14,1400,A,,4242,\n"  // 10: no such department
                                            "15,1500,A,,-1,\n"    // 11: department not an id
                                            "16,1600,A,,,maybe\n" // 12: is_active
                                            "17,1700,A\n"         // 13: too few fields
                                            "18,1800,\"Tab\there\",,,\n" // 14: control character
                                            "1,100,Kept,,,\n");          // 15: unchanged
        const QList<std::pair<int, QString>> refused = {
            {1, QStringLiteral("id")},
            {2, QStringLiteral("id")},
            {4, QStringLiteral("id")},
            {5, QStringLiteral("code")},
            {6, QStringLiteral("code")},
            {7, QStringLiteral("code")},
            {8, QStringLiteral("code")},
            {9, QStringLiteral("name_en")},
            {10, QStringLiteral("department_id")},
            {11, QStringLiteral("department_id")},
            {12, QStringLiteral("is_active")},
            {13, QString()},
            {14, QStringLiteral("name_en")},
        };
        auto many = employees.importCsv(m_fx.captain, csv(file));
        AWAIT_OK(many);
        const EmployeeImportReport report = many.result();
        QVERIFY(!report.applied);
        QCOMPARE(report.size(), 15);
        QCOMPARE(report.countOf(Outcome::Refused), refused.size());
        for (const auto& [row, field] : refused) {
            const EmployeeImportReport::Row& r = report.row(row - 1);
            QVERIFY2(r.outcome == Outcome::Refused, qPrintable(QString::number(row)));
            QCOMPARE(r.row, row);
            QCOMPARE(r.field, field);
            QVERIFY(!r.reason.isEmpty());
        }
        QVERIFY2(report.row(3).reason.contains(QStringLiteral("row 3")),
                 qPrintable(report.row(3).reason));
        QVERIFY2(report.row(5).reason.contains(QStringLiteral("employee 2")),
                 qPrintable(report.row(5).reason));
        QCOMPARE(report.row(2).outcome, Outcome::Created);
        QCOMPARE(report.row(14).outcome, Outcome::Unchanged);

        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(), 2);
        auto kept = employees.get(m_fx.admin, 1);
        AWAIT_OK(kept);
        QCOMPARE(kept.result().nameEn, QStringLiteral("Kept"));
        QCOMPARE(kept.result().version, 1);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.import")), 0);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.update")), 0);
    }

    void unreadableFilesAreRefused_data() { TestBackend::addColumns(); }
    void unreadableFilesAreRefused()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const QList<std::tuple<QByteArray, QString, QString>> cases = {
            {QByteArray(), QStringLiteral("header"), QStringLiteral("empty")},
            {csv(QStringLiteral("id,code,salary\n1,1,100\n")), QStringLiteral("header"),
             QStringLiteral("salary")},
            {csv(QStringLiteral("code,name_en\n1,A\n")), QStringLiteral("header"),
             QStringLiteral("id")},
            {csv(QStringLiteral("id,code,ID\n1,1,1\n")), QStringLiteral("header"),
             QStringLiteral("twice")},
            {csv(QStringLiteral("id,code,name_en\n1,1,A\n2,2,\"B\n3,3,C\n")),
             QStringLiteral("file"), QStringLiteral("Line 3")},
            {QByteArray("id,code,name_en\n1,1,\xff\n"), QStringLiteral("file"),
             QStringLiteral("Line 2")},
            {QByteArray("id,code,name_en\n1,1,") + QByteArray(5000, 'x'), QStringLiteral("file"),
             QStringLiteral("Line 2: field 3 has 5000 characters; at most 4096")},
            {QByteArray("id,code,name_en\n1,1,A\n").leftJustified(64 * 1024 * 1024 + 1, 'x'),
             QStringLiteral("file"), QStringLiteral("larger than 64 MiB")},
        };
        for (const auto& [file, field, mention] : cases) {
            auto f = employees.importCsv(m_fx.captain, file);
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY2(e, qPrintable(mention));
            QCOMPARE(e->kind(), Failure::Kind::Validation);
            QCOMPARE(e->field(), field);
            QVERIFY2(e->message().contains(mention), qPrintable(e->message()));
        }
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(), 0);
        // A header alone imports nothing, successfully.
        auto empty = employees.importCsv(m_fx.captain, csv(QStringLiteral("id,code,name_en\r\n")));
        AWAIT_OK(empty);
        QVERIFY(empty.result().applied);
        QCOMPARE(empty.result().size(), 0);
    }

    void importKeepsTextVerbatim_data() { TestBackend::addColumns(); }
    void importKeepsTextVerbatim()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const QString file = QStringLiteral(
            "id,code,name_en,name_ar,title\n"
            "1,1,\"Robert'); DROP TABLE employee; --\",عبد الله,\"a \"\"title\"\", with commas\"\n"
            "2,2,\"100% \\\\ _x_ ?\",👩‍💻 زينب,;--\n");
        auto f = employees.importCsv(m_fx.captain, csv(file));
        AWAIT_OK(f);
        QVERIFY(f.result().applied);
        auto first = employees.get(m_fx.admin, 1);
        AWAIT_OK(first);
        QCOMPARE(first.result().nameEn, QStringLiteral("Robert'); DROP TABLE employee; --"));
        QCOMPARE(first.result().nameAr, QStringLiteral("عبد الله"));
        QCOMPARE(first.result().title, QStringLiteral("a \"title\", with commas"));
        auto second = employees.get(m_fx.admin, 2);
        AWAIT_OK(second);
        QCOMPARE(second.result().nameEn, QStringLiteral("100% \\\\ _x_ ?"));
        QCOMPARE(second.result().nameAr, QStringLiteral("👩‍💻 زينب"));
        QCOMPARE(second.result().title, QStringLiteral(";--"));
    }

    void exportThenImportChangesNothing_data() { TestBackend::addColumns(); }
    void exportThenImportChangesNothing()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const qint64 a = department(QStringLiteral("A"));
        const qint64 b = department(QStringLiteral("B"), a);
        QVERIFY(a && b);
        QList<EmployeeInput> people = {
            input(3, 30, QStringLiteral("O'Brien, \"Pat\""), QStringLiteral("باتريك")),
            input(1, 10, QString(), QStringLiteral("محمد, \"الأمين\"")),
            input(2, 20, QStringLiteral("🎉 Zoë"), QString()),
            input(4, 40, QStringLiteral("Plain"), QStringLiteral("عادي")),
        };
        people[0].departmentId = a;
        people[1].departmentId = b;
        people[2].active = false;
        people[3].title = QString();
        for (const EmployeeInput& in : people) {
            auto f = employees.create(m_fx.captain, in);
            AWAIT_OK(f);
        }
        auto exported = employees.exportCsv(m_fx.requester, {});
        AWAIT_OK(exported);
        const QByteArray file = exported.result();
        // The department's names beside its id, for people reading the file; import skips them.
        QVERIFY(file.startsWith("\xEF\xBB\xBF"
                                "id,code,name_en,name_ar,title,department_id,department_name_en,"
                                "department_name_ar,is_active\r\n"));
        QVERIFY(file.contains(
            QStringLiteral("\r\n1,10,,\"محمد, \"\"الأمين\"\"\",Technician,%1,B,B ع,1\r\n")
                .arg(b)
                .toUtf8()));
        QVERIFY(file.contains("\r\n2,20,"));
        QVERIFY(file.endsWith("\r\n4,40,Plain,عادي,,,,,1\r\n"));
        QCOMPARE(file.count("\r\n"), 5);

        auto reimported = employees.importCsv(m_fx.captain, file);
        AWAIT_OK(reimported);
        QVERIFY(reimported.result().applied);
        QCOMPARE(reimported.result().size(), 4);
        QCOMPARE(reimported.result().countOf(Outcome::Unchanged), 4);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.update")), 0);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.import")), 0);

        // The export follows the filter: department A with its sub-department, active only.
        EmployeeFilter filter;
        filter.departmentId = a;
        filter.active = true;
        auto some = employees.exportCsv(m_fx.captain, filter);
        AWAIT_OK(some);
        QCOMPARE(some.result().count("\r\n"), 3);
        QVERIFY(some.result().contains("\r\n1,10,"));
        QVERIFY(some.result().contains("\r\n3,30,"));
    }

    void formulasAreExportedAsTextAndImportedBack_data() { TestBackend::addColumns(); }
    void formulasAreExportedAsTextAndImportedBack()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const QStringList names = {
            QStringLiteral("=SUM(A1)"), QStringLiteral("-5"),  QStringLiteral("@x"),
            QStringLiteral("'=y"),      QStringLiteral("+1"),  QStringLiteral("''-z"),
            QStringLiteral("'"),        QStringLiteral("'ab"), QStringLiteral("=1,\"2\""),
        };
        for (int i = 0; i < names.size(); ++i) {
            EmployeeInput in = input(i + 1, i + 1, names.at(i), names.at(i));
            in.title = names.at(i);
            auto f = employees.create(m_fx.captain, in);
            AWAIT_OK(f);
        }
        auto exported = employees.exportCsv(m_fx.captain, {});
        AWAIT_OK(exported);
        const QByteArray file = exported.result();
        // No field starts with a formula character: a spreadsheet shows them as text.
        QVERIFY2(file.contains("\r\n1,1,'=SUM(A1),'=SUM(A1),'=SUM(A1),,,,1\r\n"), file.constData());
        QVERIFY2(file.contains("\r\n4,4,''=y,''=y,''=y,,,,1\r\n"), file.constData());
        QVERIFY2(file.contains("\r\n9,9,\"'=1,\"\"2\"\"\","), file.constData());
        QVERIFY(!file.contains(",=") && !file.contains(",-") && !file.contains(",@") &&
                !file.contains(",+"));

        auto reimported = employees.importCsv(m_fx.captain, file);
        AWAIT_OK(reimported);
        QVERIFY(reimported.result().applied);
        QCOMPARE(reimported.result().countOf(Outcome::Unchanged), names.size());
        for (int i = 0; i < names.size(); ++i) {
            auto e = employees.get(m_fx.admin, i + 1);
            AWAIT_OK(e);
            QCOMPARE(e.result().nameEn, names.at(i));
            QCOMPARE(e.result().nameAr, names.at(i));
            QCOMPARE(e.result().title, names.at(i));
        }
    }

    // The import preview's check: the report an import would give, and nothing written.
    void checkReportsWithoutWriting_data() { TestBackend::addColumns(); }
    void checkReportsWithoutWriting()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        auto existing = employees.create(m_fx.admin, input(10, 1010, QStringLiteral("Old")));
        AWAIT_OK(existing);
        const qint64 audited = m_fx.auditCount(QStringLiteral("employee.create"));

        auto flawed = employees.checkCsv(m_fx.admin, csv(QStringLiteral("id,code,name_en\n"
                                                                        "10,1010,Renamed\n"
                                                                        "11,1011,New\n"
                                                                        "12,,No code\n")));
        AWAIT_OK(flawed);
        const EmployeeImportReport report = flawed.result();
        QVERIFY(!report.applied);
        QCOMPARE(report.size(), 3);
        QCOMPARE(report.row(0).outcome, Outcome::Updated);
        QCOMPARE(report.row(1).outcome, Outcome::Created);
        QCOMPARE(report.row(2).outcome, Outcome::Refused);
        QCOMPARE(report.row(2).reason, QStringLiteral("A new employee needs a code."));

        auto sound = employees.checkCsv(m_fx.admin, csv(QStringLiteral("id,code,name_en\n"
                                                                       "11,1011,New\n")));
        AWAIT_OK(sound);
        QVERIFY(!sound.result().applied);
        QCOMPARE(sound.result().countOf(Outcome::Created), 1);

        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt(), 1);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT name_en FROM employee WHERE id = 10")).toString(),
            QStringLiteral("Old"));
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.create")), audited);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.import")), qint64(0));

        // A file that cannot be read is refused as the import refuses it.
        auto unreadable = employees.checkCsv(m_fx.admin, csv(QStringLiteral("name_en\nX\n")));
        AWAIT(unreadable);
        QCOMPARE(errorOf(unreadable)->kind(), Failure::Kind::Validation);
    }

    // The import reads, checks and writes a chunk at a time: codes move between chunks, and a
    // refusal in a later chunk leaves nothing of the earlier ones.
    void importAcrossChunks_data() { TestBackend::addColumns(); }
    void importAcrossChunks()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        for (const EmployeeInput& in : {input(1, 1001, QStringLiteral("First")),
                                        input(900000, 9001, QStringLiteral("Last"))}) {
            auto f = employees.create(m_fx.admin, in);
            AWAIT_OK(f);
        }
        // `first` on the first row, `last` on the last one, new employees from id `fillers` on
        // between them: more rows than a chunk holds.
        const auto file = [](const QString& first, const QString& last, int fillers) {
            QString text = QStringLiteral("id,code,name_en\n") + first + QLatin1Char('\n');
            for (int id = fillers; id < fillers + EmployeeImporter::chunkRows + 10; ++id)
                text += QStringLiteral("%1,%2,Filler %1\n").arg(id).arg(100000 + id);
            return csv(text + last + QLatin1Char('\n'));
        };
        const auto employeeCount = [this] {
            return m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee")).toInt();
        };

        // The first row takes the code of an employee the last row gives a new one.
        auto swapped =
            employees.importCsv(m_fx.admin, file(QStringLiteral("1,9001,First"),
                                                 QStringLiteral("900000,1001,Last"), 10000));
        AWAIT_OK(swapped);
        QVERIFY(swapped.result().applied);
        QCOMPARE(swapped.result().countOf(Outcome::Updated), 2);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT code FROM employee WHERE id = 1")).toLongLong(),
                 qint64(9001));
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT code FROM employee WHERE id = 900000")).toLongLong(),
            qint64(1001));
        // The audit's old values are the codes as they were, not the parked ones.
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = ? AND "
                                            "entity_id = ?"),
                             {QStringLiteral("employee.update"), QStringLiteral("900000")})
                     .toString()
                     .contains(QStringLiteral("9001")),
                 true);
        const int count = employeeCount();
        const int audited = m_fx.auditCount(QStringLiteral("employee.create"));

        // A code taken from an employee the file never names: refused once the file has been
        // read, and the chunk already written (the holder's code parked) is undone.
        auto taken =
            employees.importCsv(m_fx.admin, file(QStringLiteral("900001,1001,Newest"),
                                                 QStringLiteral("900002,900002,Other"), 20000));
        AWAIT_OK(taken);
        QVERIFY(!taken.result().applied);
        const EmployeeImportReport::Row refused = taken.result().row(0);
        QCOMPARE(refused.outcome, Outcome::Refused);
        QCOMPARE(refused.reason, QStringLiteral("Code 1001 belongs to employee 900000."));
        QCOMPARE(taken.result().countOf(Outcome::Refused), 1);

        // A bad row after the first chunk: nothing written either.
        auto late = employees.importCsv(m_fx.admin, file(QStringLiteral("7000001,7000001,Early"),
                                                         QStringLiteral("7000002,x,Late"), 30000));
        AWAIT_OK(late);
        QVERIFY(!late.result().applied);
        QCOMPARE(late.result().row(late.result().size() - 1).field, QStringLiteral("code"));
        QCOMPARE(employeeCount(), count);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.create")), audited);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee WHERE code < 0")).toInt(), 0);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT code FROM employee WHERE id = 900000")).toLongLong(),
            qint64(1001));
    }

    void tenThousandRowImport_data() { TestBackend::addColumns(); }
    void tenThousandRowImport()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        EmployeeService employees(m_fx.db(), m_fx.feed());
        const qint64 kitchen = department(QStringLiteral("Kitchen"));
        QVERIFY(kitchen);
        QString file = QStringLiteral("id,code,name_en,name_ar,title,department_id,is_active\n");
        for (int i = 1; i <= 10000; ++i)
            file += QStringLiteral("%1,%2,Employee %1,موظف %1,Worker,%3,%4\n")
                        .arg(i)
                        .arg(50000 + i)
                        .arg(i % 3 ? QString::number(kitchen) : QString())
                        .arg(i % 10 ? 1 : 0);
        QElapsedTimer timer;
        timer.start();
        auto created = employees.importCsv(m_fx.captain, csv(file));
        AWAIT_OK(created);
        const qint64 createMs = timer.restart();
        QVERIFY(created.result().applied);
        QCOMPARE(created.result().countOf(Outcome::Created), 10000);

        auto exported = employees.exportCsv(m_fx.captain, {});
        AWAIT_OK(exported);
        const qint64 exportMs = timer.restart();
        auto unchanged = employees.importCsv(m_fx.captain, exported.result());
        AWAIT_OK(unchanged);
        const qint64 unchangedMs = timer.restart();
        QCOMPARE(unchanged.result().countOf(Outcome::Unchanged), 10000);

        file.replace(QStringLiteral(",Worker,"), QStringLiteral(",Senior Worker,"));
        auto updated = employees.importCsv(m_fx.captain, csv(file));
        AWAIT_OK(updated);
        const qint64 updateMs = timer.restart();
        QCOMPARE(updated.result().countOf(Outcome::Updated), 10000);
        QCOMPARE(m_fx.scalar(QStringLiteral(
                                 "SELECT count(*) FROM employee WHERE version = 2 AND title = ?"),
                             {QStringLiteral("Senior Worker")})
                     .toInt(),
                 10000);
        QCOMPARE(m_fx.auditCount(QStringLiteral("employee.update")), 10000);
        qInfo(
            "%s: 10,000 rows: import (create) %lld ms, export %lld ms, import (unchanged) %lld ms, "
            "import (update) %lld ms",
            qPrintable(backend), createMs, exportMs, unchangedMs, updateMs);
    }
};

QTEST_GUILESS_MAIN(tst_EmployeeService)
#include "tst_employeeservice.moc"
