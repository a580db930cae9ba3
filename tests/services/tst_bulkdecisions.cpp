#include "Await.h"
#include "BulkResult.h"
#include "MealRequestService.h"
#include "MealRequestTestData.h"
#include "ServiceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using Data = MealRequestTestData;

// Decisions on several meal requests, or several lines, in one call: each refused one is named
// with why, the others are done in the same transaction.
class tst_BulkDecisions : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;
    MealRequestTestData m_data{m_fx};

    MealRequestStatus statusOf(MealRequestService& meals, qint64 id)
    {
        return settle(meals.get(m_fx.admin, id)).value_or(MealRequestRecord()).status;
    }

    // Pending requests of one employee each, from `firstEmployee` on.
    QList<qint64> pendingRequests(MealRequestService& meals, qint64 firstEmployee, int count)
    {
        QList<qint64> ids;
        for (qint64 e = firstEmployee; e < firstEmployee + count; ++e) {
            const auto r = settle(meals.create(m_fx.requester, Data::request(Data::lunch, {e})));
            if (!r)
                return {};
            ids.append(r->id);
        }
        return ids;
    }

    static QList<MealRequestSeen> pending(const QList<qint64>& ids)
    {
        QList<MealRequestSeen> seen;
        for (const qint64 id : ids)
            seen.append({id, MealRequestStatus::Pending});
        return seen;
    }

    static const BulkResult::Refusal* refusalOf(const BulkResult& result, qint64 id)
    {
        for (const BulkResult::Refusal& r : result.refused) {
            if (r.key == QString::number(id))
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void approveSeveral_data() { TestBackend::addColumns(); }
    void approveSeveral()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.assignDepartments(m_fx.taker, {m_data.kitchen}));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const auto mixed =
            settle(meals.create(m_fx.requester, Data::request(Data::lunch, {1, 2, 3})));
        QVERIFY(mixed);
        const qint64 turnedDown = mixed->lines.at(1).id;
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, turnedDown, false)));
        const auto taken = settle(meals.create(m_fx.requester, Data::request(Data::dinner, {1})));
        QVERIFY(taken);
        QVERIFY(succeeded(meals.approve(m_fx.captain, taken->id)));
        const auto outside =
            settle(meals.create(m_fx.requester, Data::request(Data::breakfast, {2, 11})));
        QVERIFY(outside);
        const auto plain = settle(meals.create(m_fx.requester, Data::request(Data::dinner, {2})));
        QVERIFY(plain);
        const qint64 missing = plain->id + 1000;

        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        auto decided = meals.changeStatuses(
            m_fx.taker, pending({mixed->id, taken->id, outside->id, missing, plain->id}),
            MealRequestStatus::Approved);
        AWAIT_OK(decided);
        const BulkResult result = decided.result();
        QCOMPARE(result.done,
                 (QStringList{QString::number(mixed->id), QString::number(plain->id)}));
        QCOMPARE(result.refused.size(), 3);
        const auto* conflict = refusalOf(result, taken->id);
        QVERIFY(conflict);
        QCOMPARE(conflict->kind, Failure::Kind::Conflict);
        QVERIFY2(conflict->message.contains(QStringLiteral("Approved by captain")),
                 qPrintable(conflict->message));
        const auto* permission = refusalOf(result, outside->id);
        QVERIFY(permission);
        QCOMPARE(permission->kind, Failure::Kind::Permission);
        QVERIFY2(permission->message.contains(QStringLiteral("Huda Nasser")),
                 qPrintable(permission->message));
        const auto* notFound = refusalOf(result, missing);
        QVERIFY(notFound);
        QCOMPARE(notFound->kind, Failure::Kind::NotFound);
        QVERIFY(notFound->message.contains(QString::number(missing)));
        QVERIFY(result.summary().contains(conflict->message));

        // Approving keeps the line turned down before; the refused stay as they were.
        const auto approved = settle(meals.get(m_fx.admin, mixed->id));
        QVERIFY(approved);
        QCOMPARE(approved->status, MealRequestStatus::Approved);
        QCOMPARE(approved->closedByName, QStringLiteral("taker"));
        for (const MealLineRecord& line : approved->lines)
            QCOMPARE(line.accepted, line.id != turnedDown);
        QCOMPARE(statusOf(meals, plain->id), MealRequestStatus::Approved);
        QCOMPARE(statusOf(meals, outside->id), MealRequestStatus::Pending);
        // One audit row per request decided (and the captain's own); one announcement.
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.approve")), qint64(3));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("meal_request"));
        QList<qint64> announced = changed.at(0).at(1).value<QList<qint64>>();
        std::sort(announced.begin(), announced.end());
        QCOMPARE(announced, (QList<qint64>{mixed->id, plain->id}));
    }

    void rejectSeveral_data() { TestBackend::addColumns(); }
    void rejectSeveral()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        MealRequestInput noted = Data::request(Data::lunch, {1, 2});
        noted.notes = QStringLiteral("late shift");
        const auto first = settle(meals.create(m_fx.requester, noted));
        QVERIFY(first);
        const auto second = settle(meals.create(m_fx.requester, Data::request(Data::lunch, {3})));
        QVERIFY(second);
        // Seen as On Progress, but it is Pending: refused; and the same request twice.
        auto rejected =
            meals.changeStatuses(m_fx.taker,
                                 {{first->id, MealRequestStatus::Pending},
                                  {second->id, MealRequestStatus::OnProgress},
                                  {first->id, MealRequestStatus::Pending}},
                                 MealRequestStatus::Rejected, QStringLiteral("kitchen closed"));
        AWAIT_OK(rejected);
        QCOMPARE(rejected.result().done, QStringList{QString::number(first->id)});
        QCOMPARE(rejected.result().refused.size(), 2);
        QCOMPARE(rejected.result().refused.at(0).key, QString::number(second->id));
        QCOMPARE(rejected.result().refused.at(0).kind, Failure::Kind::Validation);
        QCOMPARE(rejected.result().refused.at(1).key, QString::number(first->id));
        QVERIFY(rejected.result().refused.at(1).message.contains(QStringLiteral("twice")));
        const auto after = settle(meals.get(m_fx.admin, first->id));
        QVERIFY(after);
        QCOMPARE(after->status, MealRequestStatus::Rejected);
        QVERIFY2(after->notes.startsWith(QStringLiteral("late shift")), qPrintable(after->notes));
        QVERIFY2(after->notes.contains(QStringLiteral("kitchen closed")), qPrintable(after->notes));
        for (const MealLineRecord& line : after->lines)
            QVERIFY(!line.accepted);
        QCOMPARE(statusOf(meals, second->id), MealRequestStatus::Pending);
        const QJsonObject details =
            QJsonDocument::fromJson(
                m_fx.scalar(QStringLiteral("SELECT details FROM audit_log WHERE action = ?"),
                            {QStringLiteral("meal_request.reject")})
                    .toString()
                    .toUtf8())
                .object()
                .value(QStringLiteral("new"))
                .toObject();
        QCOMPARE(details.value(QStringLiteral("lines_changed")).toArray().size(), 2);
        QCOMPARE(details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("kitchen closed"));
        // A reason belongs to rejections only.
        const auto e = Data::failureOf(meals.changeStatuses(
            m_fx.taker, pending({second->id}), MealRequestStatus::Approved, QStringLiteral("why")));
        QVERIFY(e);
        QCOMPARE(e->kind(), Failure::Kind::Validation);
        QCOMPARE(statusOf(meals, second->id), MealRequestStatus::Pending);
    }

    // The statements sent do not grow with the number of requests.
    void statementsDoNotGrow_data() { TestBackend::addColumns(); }
    void statementsDoNotGrow()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 68, m_data.kitchen));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const QList<qint64> few = pendingRequests(meals, 100, 4);
        const QList<qint64> many = pendingRequests(meals, 104, 64);
        QVERIFY(!few.isEmpty() && !many.isEmpty());
        QList<qint64> sent;
        for (const auto& ids : {few, many}) {
            const qint64 before = m_fx.db().statementsSent();
            auto decided =
                meals.changeStatuses(m_fx.taker, pending(ids), MealRequestStatus::Rejected);
            AWAIT_OK(decided);
            QCOMPARE(decided.result().done.size(), ids.size());
            sent.append(m_fx.db().statementsSent() - before);
        }
        QCOMPARE(sent.at(1), sent.at(0));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.reject")), qint64(68));
    }

    void severalLines_data() { TestBackend::addColumns(); }
    void severalLines()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.assignDepartments(m_fx.taker, {m_data.kitchen}));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const auto one =
            settle(meals.create(m_fx.requester, Data::request(Data::lunch, {1, 2, 11})));
        const auto two = settle(meals.create(m_fx.requester, Data::request(Data::dinner, {3})));
        const auto closed =
            settle(meals.create(m_fx.requester, Data::request(Data::breakfast, {1})));
        QVERIFY(one && two && closed);
        QVERIFY(succeeded(meals.approve(m_fx.admin, closed->id)));
        const qint64 outside = one->lines.at(2).id;
        const qint64 missing = closed->lines.at(0).id + 1000;
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        auto decided = meals.setLinesAccepted(
            m_fx.taker,
            {one->lines.at(0).id, outside, two->lines.at(0).id, closed->lines.at(0).id, missing},
            false);
        AWAIT_OK(decided);
        const BulkResult result = decided.result();
        QCOMPARE(result.done, (QStringList{QString::number(one->lines.at(0).id),
                                           QString::number(two->lines.at(0).id)}));
        QCOMPARE(refusalOf(result, outside)->kind, Failure::Kind::Permission);
        QCOMPARE(refusalOf(result, closed->lines.at(0).id)->kind, Failure::Kind::Conflict);
        QCOMPARE(refusalOf(result, missing)->kind, Failure::Kind::NotFound);
        const auto after = settle(meals.get(m_fx.admin, one->id));
        QVERIFY(after);
        QCOMPARE(after->lines.at(0).accepted, false);
        QCOMPARE(after->lines.at(1).accepted, true);
        QCOMPARE(after->lines.at(2).accepted, true);
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request_line.reject")), qint64(2));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("meal_request_line"));
    }

    // Two desktops approving the same requests at the same moment, given in opposite orders:
    // each request is approved once (the other desktop told of the conflict), none is lost,
    // and neither transaction deadlocks the other.
    void twoDesktopsAtOnce_data() { TestBackend::addColumns(); }
    void twoDesktopsAtOnce()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 120, m_data.kitchen));
        Database secondDb(m_fx.db().settings());
        ChangeFeed secondFeed;
        MealRequestService one(m_fx.db(), m_fx.feed());
        MealRequestService two(secondDb, secondFeed);
        constexpr int perRound = 40;
        for (int round = 0; round < 3; ++round) {
            const QList<qint64> ids = pendingRequests(one, 100 + round * perRound, perRound);
            QCOMPARE(ids.size(), perRound);
            QList<qint64> reversed(ids.crbegin(), ids.crend());
            auto first = one.changeStatuses(m_fx.taker, pending(ids), MealRequestStatus::Approved);
            auto second =
                two.changeStatuses(m_fx.captain, pending(reversed), MealRequestStatus::Approved);
            AWAIT_OK(first);
            AWAIT_OK(second);
            QCOMPARE(first.result().done.size() + second.result().done.size(), perRound);
            for (const qint64 id : ids) {
                const QString key = QString::number(id);
                QVERIFY(first.result().done.contains(key) != second.result().done.contains(key));
                const BulkResult& loser =
                    first.result().done.contains(key) ? second.result() : first.result();
                QVERIFY(loser.isRefused(key));
                QCOMPARE(refusalOf(loser, id)->kind, Failure::Kind::Conflict);
            }
        }
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.approve")), qint64(3 * perRound));
    }
};

QTEST_MAIN(tst_BulkDecisions)
#include "tst_bulkdecisions.moc"
