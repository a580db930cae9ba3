#include "Await.h"
#include "DepartmentService.h"
#include "ServiceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// The kind of error a finished future failed with; none when it succeeded.
template <typename T> std::optional<Failure::Kind> kindOf(const QFuture<T>& future)
{
    const auto e = errorOf(future);
    return e ? std::optional(e->kind()) : std::nullopt;
}

class tst_DepartmentService : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;

    static DepartmentInput input(const QString& en, const QString& ar, qint64 parentId = 0)
    {
        return {en, ar, parentId};
    }

    DepartmentRecord created(DepartmentService& departments, const DepartmentInput& in)
    {
        auto f = departments.create(m_fx.admin, in);
        if (!QTest::qWaitFor([&] { return f.isFinished(); }, 60000) || errorOf(f))
            return {};
        return f.result();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void createUpdateAndList_data() { TestBackend::addColumns(); }
    void createUpdateAndList()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        auto root = departments.create(
            m_fx.captain, input(QStringLiteral("  Operations "), QStringLiteral("العمليات")));
        AWAIT_OK(root);
        QVERIFY(root.result().id > 0);
        QCOMPARE(root.result().nameEn, QStringLiteral("Operations")); // trimmed
        QCOMPARE(root.result().nameAr, QStringLiteral("العمليات"));
        QCOMPARE(root.result().parentId, qint64(0));
        QCOMPARE(root.result().version, 1);
        QTRY_VERIFY(!changed.isEmpty());
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("department"));

        auto kitchen =
            departments.create(m_fx.admin, input(QStringLiteral("Kitchen"),
                                                 QStringLiteral("المطبخ"), root.result().id));
        AWAIT_OK(kitchen);
        QCOMPARE(kitchen.result().parentId, root.result().id);

        auto renamed =
            departments.update(m_fx.captain, kitchen.result().id, 1,
                               input(QStringLiteral("Central Kitchen"),
                                     QStringLiteral("المطبخ المركزي"), root.result().id));
        AWAIT_OK(renamed);
        QCOMPARE(renamed.result().nameEn, QStringLiteral("Central Kitchen"));
        QCOMPARE(renamed.result().version, 2);

        auto stale = departments.update(m_fx.captain, kitchen.result().id, 1,
                                        input(QStringLiteral("Lost"), QStringLiteral("ضائع")));
        AWAIT(stale);
        QCOMPARE(kindOf(stale), std::optional(Failure::Kind::Conflict));

        auto list = departments.list(m_fx.requester);
        AWAIT_OK(list);
        QCOMPARE(list.result().size(), 2);
        QCOMPARE(list.result().at(0).nameEn, QStringLiteral("Central Kitchen"));
        QCOMPARE(list.result().at(0).parentId, root.result().id);
        QCOMPARE(list.result().at(1).nameEn, QStringLiteral("Operations"));

        auto missing = departments.get(m_fx.stock, 999);
        AWAIT(missing);
        QCOMPARE(kindOf(missing), std::optional(Failure::Kind::NotFound));

        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"),
                             {QStringLiteral("department.create")})
                     .toInt(),
                 2);
        const QJsonObject details =
            QJsonDocument::fromJson(
                m_fx.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = ?"),
                            {QStringLiteral("department.update")})
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(details.value(QStringLiteral("old"))
                     .toObject()
                     .value(QStringLiteral("name_en"))
                     .toString(),
                 QStringLiteral("Kitchen"));
        QCOMPARE(details.value(QStringLiteral("new"))
                     .toObject()
                     .value(QStringLiteral("name_en"))
                     .toString(),
                 QStringLiteral("Central Kitchen"));
    }

    void badInputNamesTheField_data() { TestBackend::addColumns(); }
    void badInputNamesTheField()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        const QString ar = QStringLiteral("قسم");
        const QList<std::pair<DepartmentInput, QString>> cases = {
            {input(QString(), ar), QStringLiteral("name_en")},
            {input(QStringLiteral("   "), ar), QStringLiteral("name_en")},
            {input(QStringLiteral("Stores"), QString()), QStringLiteral("name_ar")},
            {input(QString(129, QLatin1Char('x')), ar), QStringLiteral("name_en")},
            {input(QStringLiteral("Stores"), QString(129, QChar(0x0642))),
             QStringLiteral("name_ar")},
            {input(QStringLiteral("Two\nlines"), ar), QStringLiteral("name_en")},
            {input(QStringLiteral("Stores"), ar, 4242), QStringLiteral("parent_id")},
        };
        for (const auto& [in, field] : cases) {
            auto f = departments.create(m_fx.admin, in);
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY2(e, qPrintable(field));
            QCOMPARE(e->kind(), Failure::Kind::Validation);
            QCOMPARE(e->field(), field);
            QVERIFY(!e->message().isEmpty());
        }
        auto f = departments.create(m_fx.admin, input(QString(10000, QLatin1Char('n')), ar));
        AWAIT(f);
        QVERIFY(errorOf(f));
        QVERIFY2(errorOf(f)->message().contains(QStringLiteral("10000")) &&
                     errorOf(f)->message().contains(QStringLiteral("128")),
                 qPrintable(errorOf(f)->message()));
        // 128 characters are allowed, counted as the database counts them (an emoji is one).
        auto emoji =
            departments.create(m_fx.admin, input(QString(QStringLiteral("🍲")).repeated(128), ar));
        AWAIT_OK(emoji);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM department")).toInt(), 1);
    }

    void aDepartmentCannotMoveBelowItself_data() { TestBackend::addColumns(); }
    void aDepartmentCannotMoveBelowItself()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        const DepartmentRecord a =
            created(departments, input(QStringLiteral("A"), QStringLiteral("أ")));
        const DepartmentRecord b =
            created(departments, input(QStringLiteral("B"), QStringLiteral("ب"), a.id));
        const DepartmentRecord c =
            created(departments, input(QStringLiteral("C"), QStringLiteral("ج"), b.id));
        QVERIFY(a.id && b.id && c.id);
        for (const qint64 parent : {a.id, b.id, c.id}) {
            auto f = departments.update(m_fx.captain, a.id, 1,
                                        input(QStringLiteral("A"), QStringLiteral("أ"), parent));
            AWAIT(f);
            const auto e = errorOf(f);
            QVERIFY(e);
            QCOMPARE(e->kind(), Failure::Kind::Validation);
            QCOMPARE(e->field(), QStringLiteral("parent_id"));
        }
        // Moving down the other way is fine: C goes directly below A.
        auto moved = departments.update(m_fx.captain, c.id, 1,
                                        input(QStringLiteral("C"), QStringLiteral("ج"), a.id));
        AWAIT_OK(moved);
        QCOMPARE(moved.result().parentId, a.id);
        // Now B has no descendants and may go below C.
        auto again = departments.update(m_fx.captain, b.id, 1,
                                        input(QStringLiteral("B"), QStringLiteral("ب"), c.id));
        AWAIT_OK(again);
        QCOMPARE(again.result().parentId, c.id);
    }

    void deleteDetachesChildrenAndEmployees_data() { TestBackend::addColumns(); }
    void deleteDetachesChildrenAndEmployees()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        const DepartmentRecord a =
            created(departments, input(QStringLiteral("A"), QStringLiteral("أ")));
        const DepartmentRecord b =
            created(departments, input(QStringLiteral("B"), QStringLiteral("ب"), a.id));
        QVERIFY(a.id && b.id);
        QVERIFY(m_fx.write([a](Connection& c) {
            for (int i = 1; i <= 3; ++i)
                c.exec(QStringLiteral("INSERT INTO employee (id, code, name_en, department_id) "
                                      "VALUES (?, ?, ?, ?)"),
                       {i, 100 + i, QStringLiteral("E%1").arg(i), a.id});
        }));
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        auto removed = departments.remove(m_fx.captain, a.id);
        AWAIT_OK(removed);

        auto child = departments.get(m_fx.captain, b.id);
        AWAIT_OK(child);
        QCOMPARE(child.result().parentId, qint64(0));
        QCOMPARE(child.result().version, 2);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT count(*) FROM employee WHERE department_id IS NULL "
                                       "AND version = 2"))
                .toInt(),
            3);
        auto gone = departments.get(m_fx.captain, a.id);
        AWAIT(gone);
        QCOMPARE(kindOf(gone), std::optional(Failure::Kind::NotFound));

        const QJsonObject details =
            QJsonDocument::fromJson(
                m_fx.scalar(QStringLiteral("SELECT details FROM audit_log WHERE "
                                           "action = ? AND entity_id = ?"),
                            {QStringLiteral("department.delete"), QString::number(a.id)})
                    .toString()
                    .toUtf8())
                .object();
        const QJsonObject old = details.value(QStringLiteral("old")).toObject();
        QCOMPARE(old.value(QStringLiteral("name_en")).toString(), QStringLiteral("A"));
        QCOMPARE(old.value(QStringLiteral("sub_departments")).toArray(), QJsonArray{b.id});
        QCOMPARE(old.value(QStringLiteral("employees")).toArray(), (QJsonArray{1, 2, 3}));

        QTRY_COMPARE(changed.size(), 2);
        QMap<QString, QList<qint64>> announced;
        for (const QList<QVariant>& signal : changed)
            announced.insert(signal.at(0).toString(), signal.at(1).value<QList<qint64>>());
        QList<qint64> touchedDepartments = announced.value(QStringLiteral("department"));
        std::sort(touchedDepartments.begin(), touchedDepartments.end());
        QCOMPARE(touchedDepartments, (QList<qint64>{a.id, b.id}));
        QList<qint64> touchedEmployees = announced.value(QStringLiteral("employee"));
        std::sort(touchedEmployees.begin(), touchedEmployees.end());
        QCOMPARE(touchedEmployees, (QList<qint64>{1, 2, 3}));
    }

    void deleteKeepsLimitedAccountsLimited_data() { TestBackend::addColumns(); }
    void deleteKeepsLimitedAccountsLimited()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        const DepartmentRecord a =
            created(departments, input(QStringLiteral("A"), QStringLiteral("أ")));
        const DepartmentRecord b =
            created(departments, input(QStringLiteral("B"), QStringLiteral("ب")));
        QVERIFY(a.id && b.id);
        const qint64 requester = m_fx.requester.accountId;
        QVERIFY(m_fx.write([a, requester](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO account_department (account_id, department_id) "
                                  "VALUES (?, ?)"),
                   {requester, a.id});
        }));
        auto refused = departments.remove(m_fx.captain, a.id);
        AWAIT(refused);
        QCOMPARE(kindOf(refused), std::optional(Failure::Kind::Constraint));
        QVERIFY2(errorOf(refused)->message().contains(QStringLiteral("requester")),
                 qPrintable(errorOf(refused)->message()));

        // With another department left, the account stays limited: deleting is fine.
        QVERIFY(m_fx.write([b, requester](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO account_department (account_id, department_id) "
                                  "VALUES (?, ?)"),
                   {requester, b.id});
        }));
        auto removed = departments.remove(m_fx.captain, a.id);
        AWAIT_OK(removed);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT department_id FROM account_department WHERE "
                                            "account_id = ?"),
                             {requester})
                     .toLongLong(),
                 b.id);
    }

    void aLimitedAccountReadsAndChangesOnlyItsDepartments_data() { TestBackend::addColumns(); }
    void aLimitedAccountReadsAndChangesOnlyItsDepartments()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        // top > mine > {sub, foreignSub}; other beside.
        const DepartmentRecord top =
            created(departments, input(QStringLiteral("Top"), QStringLiteral("أعلى")));
        const DepartmentRecord mine =
            created(departments, input(QStringLiteral("Mine"), QStringLiteral("لي"), top.id));
        const DepartmentRecord sub =
            created(departments, input(QStringLiteral("Sub"), QStringLiteral("فرع"), mine.id));
        const DepartmentRecord other =
            created(departments, input(QStringLiteral("Other"), QStringLiteral("آخر")));
        QVERIFY(top.id && mine.id && sub.id && other.id);
        const qint64 captain = m_fx.captain.accountId;
        QVERIFY(m_fx.write([=](Connection& c) {
            for (const qint64 d : {mine.id, sub.id})
                c.exec(QStringLiteral("INSERT INTO account_department (account_id, "
                                      "department_id) VALUES (?, ?)"),
                       {captain, d});
        }));

        auto listed = departments.list(m_fx.captain);
        AWAIT_OK(listed);
        QStringList names;
        for (const DepartmentRecord& d : listed.result())
            names << d.nameEn;
        QCOMPARE(names, (QStringList{QStringLiteral("Mine"), QStringLiteral("Sub")}));
        auto everyone = departments.list(m_fx.taker);
        AWAIT_OK(everyone);
        QCOMPARE(everyone.result().size(), 4);
        auto readMine = departments.get(m_fx.captain, mine.id);
        auto readOther = departments.get(m_fx.captain, other.id);
        AWAIT_OK(readMine);
        AWAIT(readOther);
        QCOMPARE(kindOf(readOther), std::optional(Failure::Kind::Permission));

        const auto refused = [&](auto future) {
            AWAIT(future);
            QCOMPARE(kindOf(future), std::optional(Failure::Kind::Permission));
        };
        refused(departments.create(m_fx.captain,
                                   input(QStringLiteral("New"), QStringLiteral("جديد"), mine.id)));
        refused(departments.update(m_fx.captain, other.id, 1,
                                   input(QStringLiteral("Renamed"), QStringLiteral("مسمى"))));
        // Moving its department under one that is not its own, or to the top, changes the tree
        // outside its departments.
        refused(departments.update(m_fx.captain, sub.id, 1,
                                   input(QStringLiteral("Sub"), QStringLiteral("فرع"), other.id)));
        refused(departments.update(m_fx.captain, sub.id, 1,
                                   input(QStringLiteral("Sub"), QStringLiteral("فرع"))));
        refused(departments.remove(m_fx.captain, other.id));
        const DepartmentRecord foreignSub = created(
            departments, input(QStringLiteral("Foreign sub"), QStringLiteral("فرع غريب"), mine.id));
        QVERIFY(foreignSub.id);
        refused(departments.remove(m_fx.captain, mine.id)); // foreignSub would move to the top
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM department")).toInt(), 5);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT parent_id FROM department WHERE id = ?"), {sub.id})
                .toLongLong(),
            mine.id);
        QCOMPARE(
            m_fx.scalar(QStringLiteral("SELECT name_en FROM department WHERE id = ?"), {other.id})
                .toString(),
            QStringLiteral("Other"));

        // Its own departments it renames, and moves under one another.
        auto renamed = departments.update(
            m_fx.captain, mine.id, 1,
            input(QStringLiteral("Mine, renamed"), QStringLiteral("لي"), top.id));
        AWAIT_OK(renamed);
        QVERIFY(m_fx.write([=](Connection& c) {
            c.exec(QStringLiteral("INSERT INTO account_department (account_id, department_id) "
                                  "VALUES (?, ?)"),
                   {captain, foreignSub.id});
        }));
        auto moved = departments.update(
            m_fx.captain, foreignSub.id, 1,
            input(QStringLiteral("Foreign sub"), QStringLiteral("فرع غريب"), sub.id));
        AWAIT_OK(moved);
        QCOMPARE(moved.result().parentId, sub.id);
    }

    void onlyCaptainsAndAdminsChangeDepartments_data() { TestBackend::addColumns(); }
    void onlyCaptainsAndAdminsChangeDepartments()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        DepartmentService departments(m_fx.db(), m_fx.feed());
        const DepartmentRecord a =
            created(departments, input(QStringLiteral("A"), QStringLiteral("أ")));
        QVERIFY(a.id);
        for (const Actor& actor : {m_fx.requester, m_fx.taker, m_fx.stock}) {
            auto c = departments.create(actor, input(QStringLiteral("X"), QStringLiteral("س")));
            auto u =
                departments.update(actor, a.id, 1, input(QStringLiteral("Y"), QStringLiteral("ص")));
            auto d = departments.remove(actor, a.id);
            AWAIT(c);
            AWAIT(u);
            AWAIT(d);
            QCOMPARE(kindOf(c), std::optional(Failure::Kind::Permission));
            QCOMPARE(kindOf(u), std::optional(Failure::Kind::Permission));
            QCOMPARE(kindOf(d), std::optional(Failure::Kind::Permission));
        }
        for (const Actor& actor :
             {m_fx.requester, m_fx.taker, m_fx.captain, m_fx.stock, m_fx.admin}) {
            auto l = departments.list(actor);
            auto g = departments.get(actor, a.id);
            AWAIT_OK(l);
            AWAIT_OK(g);
            QCOMPARE(l.result().size(), 1);
        }
        auto byCaptain = departments.update(m_fx.captain, a.id, 1,
                                            input(QStringLiteral("A2"), QStringLiteral("أ٢")));
        AWAIT_OK(byCaptain);
        auto byAdmin = departments.remove(m_fx.admin, a.id);
        AWAIT_OK(byAdmin);
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM department")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DepartmentService)
#include "tst_departmentservice.moc"
