#include "Await.h"
#include "MealRequestRules.h"
#include "MealRequestService.h"
#include "MealRequestTestData.h"
#include "ServiceFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using Data = MealRequestTestData;

// Status moves, approving and rejecting, and line decisions of MealRequestService.
class tst_MealRequestDecisions : public QObject {
    Q_OBJECT

private:
    ServiceFixture m_fx;
    MealRequestTestData m_data{m_fx};

    // The details of the latest audit row of this action.
    QJsonObject auditDetails(const QString& action)
    {
        const QVariant details = m_fx.scalar(
            QStringLiteral("SELECT details FROM audit_log WHERE action = ? ORDER BY id DESC"),
            {action});
        return QJsonDocument::fromJson(details.toString().toUtf8()).object();
    }

    MealRequestStatus statusOf(MealRequestService& meals, qint64 id)
    {
        return settle(meals.get(m_fx.admin, id)).value_or(MealRequestRecord()).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::setMainThreadGuard(Database::GuardPolicy::Fatal);
        qRegisterMetaType<QList<qint64>>();
    }

    void everyStatusMove_data() { TestBackend::addColumns(); }
    void everyStatusMove()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 30, m_data.kitchen));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        using S = MealRequestStatus;
        const QList<S> all = {S::Pending, S::Approved, S::Rejected, S::OnProgress};
        // DOMAIN.md: On Progress -> Pending; Pending -> Approved | Rejected. Nothing else.
        const QList<QPair<S, S>> allowed = {
            {S::OnProgress, S::Pending}, {S::Pending, S::Approved}, {S::Pending, S::Rejected}};
        const QMap<S, QString> actions = {{S::Pending, QStringLiteral("meal_request.submit")},
                                          {S::Approved, QStringLiteral("meal_request.approve")},
                                          {S::Rejected, QStringLiteral("meal_request.reject")}};
        qint64 employee = 100;
        // A request of its own employee (no duplicates) in the given status.
        const auto requestIn = [&](S status) {
            const auto r =
                settle(meals.create(m_fx.taker, Data::request(Data::lunch, {employee++})));
            const qint64 id = r ? r->id : 0;
            if (id && status != S::Pending)
                m_data.setStatus(id, status);
            return id;
        };
        for (const S from : all) {
            for (const S to : all) {
                const QByteArray pair = (mealRequestStatusName(from) + QStringLiteral(" -> ") +
                                         mealRequestStatusName(to))
                                            .toUtf8();
                const qint64 id = requestIn(from);
                QVERIFY2(id, pair.constData());
                auto moved = meals.changeStatus(m_fx.admin, id, from, to);
                AWAIT(moved);
                const auto e = errorOf(moved);
                if (allowed.contains({from, to})) {
                    QVERIFY2(!e, pair.constData());
                    QCOMPARE(moved.result().status, to);
                    QCOMPARE(moved.result().version, 2);
                    QCOMPARE(auditDetails(actions.value(to))
                                 .value(QStringLiteral("new"))
                                 .toObject()
                                 .value(QStringLiteral("status_id"))
                                 .toInt(),
                             static_cast<int>(to));
                } else {
                    QVERIFY2(e, pair.constData());
                    QCOMPARE(e->kind(), Failure::Kind::Validation);
                    QCOMPARE(e->field(), QStringLiteral("status"));
                    QCOMPARE(statusOf(meals, id), from);
                }
            }
        }
        // An allowed move named from a status the request is no longer in: a conflict.
        for (const auto& [from, to] : allowed) {
            for (const S actual : all) {
                if (actual == from)
                    continue;
                const qint64 id = requestIn(actual);
                QVERIFY(id);
                const auto e = Data::failureOf(meals.changeStatus(m_fx.admin, id, from, to));
                QVERIFY(e);
                QCOMPARE(e->kind(), Failure::Kind::Conflict);
                QVERIFY(e->message().contains(mealRequestStatusName(actual)));
                QCOMPARE(statusOf(meals, id), actual);
            }
        }
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.approve")), qint64(1));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.reject")), qint64(1));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.submit")), qint64(1));
    }

    void approveAndRejectCloseTheRequest_data() { TestBackend::addColumns(); }
    void approveAndRejectCloseTheRequest()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        QSignalSpy changed(&m_fx.feed(), &ChangeFeed::changed);
        const auto created =
            settle(meals.create(m_fx.requester, Data::request(Data::lunch, {1, 2, 3})));
        QVERIFY(created);
        const qint64 turnedDown = created->lines.at(1).id;
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, turnedDown, false)));

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto approved = meals.approve(m_fx.captain, created->id);
        AWAIT_OK(approved);
        const MealRequestRecord a = approved.result();
        QCOMPARE(a.status, MealRequestStatus::Approved);
        QCOMPARE(a.closedById, m_fx.captain.accountId);
        QCOMPARE(a.closedByName, QStringLiteral("captain"));
        QVERIFY(a.closedTime >= before);
        QVERIFY(a.closedTime <= QDateTime::currentDateTimeUtc());
        QCOMPARE(a.version, 2);
        QCOMPARE(a.lines.size(), 3);
        for (const MealLineRecord& line : a.lines)
            QCOMPARE(line.accepted, line.id != turnedDown);
        const QJsonObject details = auditDetails(QStringLiteral("meal_request.approve"));
        QCOMPARE(details.value(QStringLiteral("old"))
                     .toObject()
                     .value(QStringLiteral("status_id"))
                     .toInt(),
                 1);
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& s) {
            return s.at(0).toString() == QLatin1String("meal_request") &&
                   s.at(1).value<QList<qint64>>().contains(a.id);
        }));

        // Approved is final: another decision is a conflict naming who decided.
        for (const bool approve : {true, false}) {
            const auto e = Data::failureOf(approve ? meals.approve(m_fx.taker, a.id)
                                                   : meals.reject(m_fx.taker, a.id));
            QVERIFY(e);
            QCOMPARE(e->kind(), Failure::Kind::Conflict);
            QVERIFY2(e->message().contains(QStringLiteral("Approved by captain")),
                     qPrintable(e->message()));
        }

        const auto other =
            settle(meals.create(m_fx.requester, Data::request(Data::dinner, {11, 12})));
        QVERIFY(other);
        const qint64 rejectedFirst = other->lines.at(0).id;
        const qint64 acceptedLine = other->lines.at(1).id;
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, rejectedFirst, false)));
        changed.clear();
        auto rejected = meals.reject(m_fx.taker, other->id);
        AWAIT_OK(rejected);
        QCOMPARE(rejected.result().status, MealRequestStatus::Rejected);
        QCOMPARE(rejected.result().closedByName, QStringLiteral("taker"));
        QVERIFY(rejected.result().closedTime.isValid());
        QCOMPARE(rejected.result().notes, QString()); // no reason given
        for (const MealLineRecord& line : rejected.result().lines)
            QVERIFY(!line.accepted);
        // The audit row and the announcement name the line the rejection turned down.
        const QJsonObject rejection = auditDetails(QStringLiteral("meal_request.reject"))
                                          .value(QStringLiteral("new"))
                                          .toObject();
        QCOMPARE(rejection.value(QStringLiteral("lines_changed")).toArray(),
                 (QJsonArray{acceptedLine}));
        QCOMPARE(rejection.value(QStringLiteral("lines_accepted")).toInt(-1), 0);
        QCOMPARE(rejection.value(QStringLiteral("lines_total")).toInt(-1), 2);
        QTRY_VERIFY(std::any_of(changed.cbegin(), changed.cend(), [&](const QList<QVariant>& s) {
            return s.at(0).toString() == QLatin1String("meal_request_line") &&
                   s.at(1).value<QList<qint64>>() == QList<qint64>{acceptedLine};
        }));
        const auto reopen = Data::failureOf(meals.approve(m_fx.captain, other->id));
        QVERIFY(reopen);
        QCOMPARE(reopen->kind(), Failure::Kind::Conflict);
        QVERIFY(reopen->message().contains(QStringLiteral("Rejected by taker")));

        // A draft: submitted by its requester, not approved before that.
        MealRequestInput in = Data::request(Data::breakfast, {1});
        in.draft = true;
        const auto draft = settle(meals.create(m_fx.requester, in));
        QVERIFY(draft);
        const auto early = Data::failureOf(meals.approve(m_fx.taker, draft->id));
        QVERIFY(early);
        QCOMPARE(early->kind(), Failure::Kind::Conflict);
        const auto notTheirs = Data::failureOf(meals.submit(m_fx.taker, draft->id));
        QVERIFY(notTheirs);
        QCOMPARE(notTheirs->kind(), Failure::Kind::Permission);
        auto submitted = meals.submit(m_fx.requester, draft->id);
        AWAIT_OK(submitted);
        QCOMPARE(submitted.result().status, MealRequestStatus::Pending);
        QCOMPARE(submitted.result().closedById, qint64(0));
        QVERIFY(!submitted.result().closedTime.isValid());
        const auto twice = Data::failureOf(meals.submit(m_fx.requester, draft->id));
        QVERIFY(twice);
        QCOMPARE(twice->kind(), Failure::Kind::Conflict);
        QVERIFY(succeeded(meals.approve(m_fx.taker, draft->id)));

        const auto missing = Data::failureOf(meals.approve(m_fx.taker, 4242));
        QVERIFY(missing);
        QCOMPARE(missing->kind(), Failure::Kind::NotFound);
    }

    void approveKeepsTheLineDecisions_data() { TestBackend::addColumns(); }
    void approveKeepsTheLineDecisions()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 8, m_data.kitchen));
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const auto created = settle(meals.create(
            m_fx.requester, Data::request(Data::lunch, {100, 101, 102, 103, 104, 105, 106, 107})));
        QVERIFY(created);
        QCOMPARE(created->lines.size(), 8);
        const qint64 onLeave = created->lines.at(3).id;
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, onLeave, false)));
        QVERIFY(
            succeeded(meals.setLineNotes(m_fx.taker, onLeave, QStringLiteral("On leave today"))));

        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        auto approved = meals.approve(m_fx.captain, created->id);
        AWAIT_OK(approved);
        const auto stored = settle(meals.get(m_fx.stock, created->id));
        QVERIFY(stored);
        // The line rejected while Pending stays rejected, with its note; the others accepted.
        for (const MealRequestRecord& r : {approved.result(), *stored}) {
            QCOMPARE(r.status, MealRequestStatus::Approved);
            QCOMPARE(r.closedById, m_fx.captain.accountId);
            QVERIFY(r.closedTime >= before);
            QCOMPARE(r.lines.size(), 8);
            for (const MealLineRecord& line : r.lines) {
                QCOMPARE(line.accepted, line.id != onLeave);
                QCOMPARE(line.notes,
                         line.id == onLeave ? QStringLiteral("On leave today") : QString());
            }
        }
        // The audit row says 7 of 8 accepted, and no line was changed by the approval.
        const QJsonObject details = auditDetails(QStringLiteral("meal_request.approve"))
                                        .value(QStringLiteral("new"))
                                        .toObject();
        QCOMPARE(details.value(QStringLiteral("lines_accepted")).toInt(-1), 7);
        QCOMPARE(details.value(QStringLiteral("lines_total")).toInt(-1), 8);
        QVERIFY(!details.contains(QStringLiteral("lines_changed")));
        QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM meal_request_line WHERE "
                                            "meal_request_id = ? AND is_accepted = ?"),
                             {created->id, true})
                     .toLongLong(),
                 qint64(7));
    }

    void rejectKeepsItsReason_data() { TestBackend::addColumns(); }
    void rejectKeepsItsReason()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        MealRequestInput in = Data::request(Data::lunch, {1, 2, 3});
        in.notes = QStringLiteral("Site visit");
        const auto r = settle(meals.create(m_fx.requester, in));
        QVERIFY(r);
        QVERIFY(succeeded(meals.setLineAccepted(m_fx.taker, r->lines.at(1).id, false)));

        // The reason is kept as one line after the requester's notes.
        auto rejected =
            meals.reject(m_fx.taker, r->id, QStringLiteral("  Kitchen closed\n for cleaning "));
        AWAIT_OK(rejected);
        const QString notes = QStringLiteral("Site visit\nRejected: Kitchen closed for cleaning");
        const auto stored = settle(meals.get(m_fx.stock, r->id));
        QVERIFY(stored);
        for (const MealRequestRecord& s : {rejected.result(), *stored}) {
            QCOMPARE(s.status, MealRequestStatus::Rejected);
            QCOMPARE(s.closedById, m_fx.taker.accountId);
            QCOMPARE(s.notes, notes);
            QCOMPARE(s.acceptedLines(), 0);
        }
        const QJsonObject details = auditDetails(QStringLiteral("meal_request.reject"));
        const QJsonObject now = details.value(QStringLiteral("new")).toObject();
        QCOMPARE(now.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Kitchen closed for cleaning"));
        QCOMPARE(now.value(QStringLiteral("notes")).toString(), notes);
        QCOMPARE(details.value(QStringLiteral("old"))
                     .toObject()
                     .value(QStringLiteral("notes"))
                     .toString(),
                 QStringLiteral("Site visit"));
        QCOMPARE(now.value(QStringLiteral("lines_changed")).toArray(),
                 (QJsonArray{r->lines.at(0).id, r->lines.at(2).id}));

        // Without notes the reason is all there is; 246 characters fit (256 with "Rejected: "),
        // counted as PostgreSQL counts them (an emoji is one).
        const auto bare = settle(meals.create(m_fx.requester, Data::request(Data::dinner, {1, 2})));
        QVERIFY(bare);
        const QString fits = QString(245, QLatin1Char('r')) + QStringLiteral("🍲");
        const auto tooLong =
            Data::failureOf(meals.reject(m_fx.taker, bare->id, fits + QLatin1Char('!')));
        QVERIFY(tooLong);
        QCOMPARE(tooLong->kind(), Failure::Kind::Validation);
        QCOMPARE(tooLong->field(), QStringLiteral("reason"));
        QCOMPARE(tooLong->message(),
                 QStringLiteral("The reason has 247 characters; at most 246 are allowed."));
        // Refused: nothing changed.
        const auto unchanged = settle(meals.get(m_fx.stock, bare->id));
        QVERIFY(unchanged);
        QCOMPARE(unchanged->status, MealRequestStatus::Pending);
        QCOMPARE(unchanged->version, 1);
        QCOMPARE(unchanged->notes, QString());
        QCOMPARE(unchanged->closedById, qint64(0));
        QCOMPARE(unchanged->acceptedLines(), 2);
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.reject")), qint64(1));
        auto full = meals.reject(m_fx.taker, bare->id, fits);
        AWAIT_OK(full);
        QCOMPARE(full.result().notes, QStringLiteral("Rejected: ") + fits);

        // Beside long notes less fits, and the message says how much.
        MealRequestInput wordy = Data::request(Data::breakfast, {1});
        wordy.notes = QString(200, QLatin1Char('n'));
        const auto w = settle(meals.create(m_fx.requester, wordy));
        QVERIFY(w);
        const auto beside =
            Data::failureOf(meals.reject(m_fx.taker, w->id, QString(46, QLatin1Char('x'))));
        QVERIFY(beside);
        QCOMPARE(beside->kind(), Failure::Kind::Validation);
        QCOMPARE(beside->message(),
                 QStringLiteral(
                     "The reason has 46 characters; beside the request's notes at most 45 fit."));
        const auto kept = settle(meals.get(m_fx.stock, w->id));
        QVERIFY(kept);
        QCOMPARE(kept->status, MealRequestStatus::Pending);
        QCOMPARE(kept->notes, wordy.notes);
        QCOMPARE(kept->acceptedLines(), 1);
        auto fitting = meals.reject(m_fx.taker, w->id, QString(45, QLatin1Char('x')));
        AWAIT_OK(fitting);
        QCOMPARE(MealRequestRules::characters(fitting.result().notes),
                 qsizetype(MealRequestRules::maxNotes));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.reject")), qint64(3));
    }

    // One desktop approves while another rejects a line of the same request: the line rejection
    // either lands first (and the approval keeps it) or finds the request decided (Conflict).
    void approveWhileALineIsRejectedElsewhere_data() { TestBackend::addColumns(); }
    void approveWhileALineIsRejectedElsewhere()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        constexpr int rounds = 8;
        QVERIFY(m_data.employees(100, 3 * rounds, m_data.kitchen));
        Database otherDesk(m_fx.db().settings());
        MealRequestService mine(m_fx.db(), m_fx.feed());
        MealRequestService theirs(otherDesk, m_fx.feed());
        // Both desks connected before the race, so that either may win it.
        QVERIFY(settle(theirs.choices(m_fx.captain)));
        int lineRejectionsFirst = 0;
        for (int round = 0; round < rounds; ++round) {
            const qint64 first = 100 + 3 * round;
            const auto r = settle(mine.create(
                m_fx.requester, Data::request(Data::lunch, {first, first + 1, first + 2})));
            QVERIFY(r);
            const qint64 line = r->lines.at(1).id;
            // Odd rounds start the line rejection first.
            QFuture<MealLineRecord> rejection;
            QFuture<MealRequestRecord> approval;
            if (round % 2) {
                rejection = theirs.setLineAccepted(m_fx.captain, line, false);
                approval = mine.approve(m_fx.taker, r->id);
            } else {
                approval = mine.approve(m_fx.taker, r->id);
                rejection = theirs.setLineAccepted(m_fx.captain, line, false);
            }
            AWAIT_OK(approval);
            AWAIT(rejection);
            const auto e = errorOf(rejection);
            if (e) {
                QCOMPARE(e->kind(), Failure::Kind::Conflict);
                QVERIFY2(e->message().contains(QStringLiteral("Approved by taker")),
                         qPrintable(e->message()));
            } else {
                ++lineRejectionsFirst;
            }
            const auto stored = settle(mine.get(m_fx.stock, r->id));
            QVERIFY(stored);
            QCOMPARE(stored->status, MealRequestStatus::Approved);
            QCOMPARE(stored->lines.at(1).accepted, bool(e));
            QVERIFY(stored->lines.at(0).accepted && stored->lines.at(2).accepted);
            // The approval reported the lines as they were stored.
            for (int i = 0; i < 3; ++i)
                QCOMPARE(approval.result().lines.at(i).accepted, stored->lines.at(i).accepted);
        }
        qDebug("%d of %d line rejections landed before the approval", lineRejectionsFirst, rounds);
    }

    void concurrentDecisionsOneWins_data() { TestBackend::addColumns(); }
    void concurrentDecisionsOneWins()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        QVERIFY(m_data.employees(100, 8, m_data.kitchen));
        // Two desktops: two Databases, each with its own connections.
        Database otherDesk(m_fx.db().settings());
        MealRequestService mine(m_fx.db(), m_fx.feed());
        MealRequestService theirs(otherDesk, m_fx.feed());
        for (int round = 0; round < 8; ++round) {
            const auto r =
                settle(mine.create(m_fx.requester, Data::request(Data::lunch, {100 + round})));
            QVERIFY(r);
            // Even rounds: both approve; odd rounds: one approves, the other rejects.
            auto first = mine.approve(m_fx.taker, r->id);
            auto second = round % 2 ? theirs.reject(m_fx.captain, r->id)
                                    : theirs.approve(m_fx.captain, r->id);
            AWAIT(first);
            AWAIT(second);
            const auto e1 = errorOf(first);
            const auto e2 = errorOf(second);
            QVERIFY2(bool(e1) != bool(e2), "exactly one of two decisions succeeds");
            const Failure& lost = e1 ? *e1 : *e2;
            QCOMPARE(lost.kind(), Failure::Kind::Conflict);
            const QString winner = e1 ? QStringLiteral("captain") : QStringLiteral("taker");
            QVERIFY2(lost.message().contains(QStringLiteral(" by ") + winner),
                     qPrintable(lost.message()));
            const auto now = settle(mine.get(m_fx.stock, r->id));
            QVERIFY(now);
            QCOMPARE(now->closedByName, winner);
            QCOMPARE(now->version, 2);
            QCOMPARE(now->status,
                     e1 && round % 2 ? MealRequestStatus::Rejected : MealRequestStatus::Approved);
        }
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request.approve")) +
                     m_fx.auditCount(QStringLiteral("meal_request.reject")),
                 qint64(8));
    }

    void linesChangeOnlyWhilePending_data() { TestBackend::addColumns(); }
    void linesChangeOnlyWhilePending()
    {
        QFETCH(QString, backend);
        QVERIFY(m_fx.open(backend));
        QVERIFY(m_data.seed());
        MealRequestService meals(m_fx.db(), m_fx.feed());
        const auto r = settle(meals.create(m_fx.requester, Data::request(Data::lunch, {1, 2})));
        QVERIFY(r);
        const qint64 line = r->lines.at(0).id;

        auto rejected = meals.setLineAccepted(m_fx.taker, line, false);
        AWAIT_OK(rejected);
        QVERIFY(!rejected.result().accepted);
        QCOMPARE(rejected.result().employeeCode, 1001);
        auto accepted = meals.setLineAccepted(m_fx.captain, line, true);
        AWAIT_OK(accepted);
        QVERIFY(accepted.result().accepted);
        const QString notes = QStringLiteral("'; DELETE FROM meal_request_line; -- نصف وجبة 🍲");
        auto annotated = meals.setLineNotes(m_fx.admin, line, notes);
        AWAIT_OK(annotated);
        QCOMPARE(annotated.result().notes, notes);
        const auto read = settle(meals.get(m_fx.requester, r->id));
        QVERIFY(read);
        QCOMPARE(read->lines.at(0).notes, notes);
        QVERIFY(read->lines.at(0).accepted);
        QVERIFY(read->lines.at(1).accepted);
        QCOMPARE(read->status, MealRequestStatus::Pending);
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request_line.reject")), qint64(1));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request_line.accept")), qint64(1));
        QCOMPARE(m_fx.auditCount(QStringLiteral("meal_request_line.notes")), qint64(1));
        QCOMPARE(auditDetails(QStringLiteral("meal_request_line.notes"))
                     .value(QStringLiteral("new"))
                     .toObject()
                     .value(QStringLiteral("notes"))
                     .toString(),
                 notes);

        const auto tooLong =
            Data::failureOf(meals.setLineNotes(m_fx.taker, line, QString(300, QLatin1Char('n'))));
        QVERIFY(tooLong);
        QCOMPARE(tooLong->kind(), Failure::Kind::Validation);
        QCOMPARE(tooLong->field(), QStringLiteral("notes"));
        const auto unknown = Data::failureOf(meals.setLineAccepted(m_fx.taker, 4242, false));
        QVERIFY(unknown);
        QCOMPARE(unknown->kind(), Failure::Kind::NotFound);

        // Decided: the lines are settled.
        QVERIFY(succeeded(meals.approve(m_fx.taker, r->id)));
        const auto afterApproval = Data::failureOf(meals.setLineAccepted(m_fx.taker, line, false));
        QVERIFY(afterApproval);
        QCOMPARE(afterApproval->kind(), Failure::Kind::Conflict);
        QVERIFY2(afterApproval->message().contains(QStringLiteral("Approved by taker")),
                 qPrintable(afterApproval->message()));
        const auto notesAfter =
            Data::failureOf(meals.setLineNotes(m_fx.taker, line, QStringLiteral("late")));
        QVERIFY(notesAfter);
        QCOMPARE(notesAfter->kind(), Failure::Kind::Conflict);
        const auto stored = settle(meals.get(m_fx.taker, r->id));
        QVERIFY(stored);
        QCOMPARE(stored->lines.at(0).notes, notes);
        QVERIFY(stored->lines.at(0).accepted);

        // Not in a draft, nor in a deleted request.
        MealRequestInput in = Data::request(Data::dinner, {1});
        in.draft = true;
        const auto draft = settle(meals.create(m_fx.requester, in));
        QVERIFY(draft);
        const auto inDraft =
            Data::failureOf(meals.setLineAccepted(m_fx.taker, draft->lines.at(0).id, false));
        QVERIFY(inDraft);
        QCOMPARE(inDraft->kind(), Failure::Kind::Conflict);
        const auto gone = settle(meals.create(m_fx.requester, Data::request(Data::breakfast, {2})));
        QVERIFY(gone);
        QVERIFY(succeeded(meals.remove(m_fx.requester, gone->id)));
        const auto inDeleted = Data::failureOf(
            meals.setLineNotes(m_fx.taker, gone->lines.at(0).id, QStringLiteral("x")));
        QVERIFY(inDeleted);
        QCOMPARE(inDeleted->kind(), Failure::Kind::Conflict);
        QVERIFY(inDeleted->message().contains(QStringLiteral("deleted")));
    }
};

QTEST_GUILESS_MAIN(tst_MealRequestDecisions)
#include "tst_mealrequestdecisions.moc"
