#pragma once

#include "BulkResult.h"
#include "DailySummary.h"
#include "MealLineRecord.h"
#include "MealRequestChoices.h"
#include "MealRequestFilter.h"
#include "MealRequestInput.h"
#include "MealRequestRecord.h"
#include "MealRequestSeen.h"
#include "MealRequestStatusCounts.h"
#include "MealsPerDay.h"
#include "Page.h"
#include "PageRequest.h"
#include "ServiceBase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QFuture>
#include <QTimeZone>

// Meal requests and their lines: DOMAIN.md's "Meals" rules and role map.
//
// "The same day" is the office's day: the local day of request_time in the time zone given to
// the constructor. Accounts with departments assigned act for, and see, only requests with
// lines of those departments (and their own requests); none assigned means all.
class MealRequestService : public ServiceBase {
    Q_DECLARE_TR_FUNCTIONS(MealRequestService)

public:
    MealRequestService(Database& db, ChangeFeed& feed,
                       const QTimeZone& officeZone = QTimeZone::systemTimeZone());

    // With its lines (employee and department names joined). An account limited to departments
    // gets, and counts, only the lines of its departments.
    QFuture<MealRequestRecord> get(const Actor& actor, qint64 id);
    // Sort keys: request_time (default), id. Rows come without lines; lineCount as get() has it.
    QFuture<Page<MealRequestRecord>> list(const Actor& actor, const MealRequestFilter& filter,
                                          const PageRequest& page);
    QFuture<qint64> count(const Actor& actor, const MealRequestFilter& filter);
    // The requests list() gives for the filter, in the order of `order` (maxRows 0: all of
    // them), as CSV (CsvExport): id, requested at (ISO 8601, UTC), meal type (English, Arabic),
    // requester, status, lines, closed by, closed at, notes, the request it copies.
    QFuture<QByteArray> exportCsv(const Actor& actor, const MealRequestFilter& filter,
                                  const PageRequest& order = {}, qint64 maxRows = 0);
    // Per status; the filter's own status is ignored so that every status is counted.
    QFuture<MealRequestStatusCounts> statusCounts(const Actor& actor,
                                                  const MealRequestFilter& filter);
    // Needs ViewReports.
    QFuture<DailySummary> dailySummary(const Actor& actor, const QDate& day);
    // The meal types and the accounts that have made requests, for choosing and filtering.
    QFuture<MealRequestChoices> choices(const Actor& actor);

    // Pending (On Progress when input.draft), with every line or nothing. Refused: bad input
    // (Validation), an employee already on a request for this meal type today (Constraint),
    // an employee or department outside the actor's departments (Permission).
    QFuture<MealRequestRecord> create(const Actor& actor, const MealRequestInput& input);
    // The move from `expected` to `target`: Validation when DOMAIN.md allows no such move,
    // Conflict when the request is no longer in `expected` (the message says who changed it).
    // Approving keeps the line decisions made while Pending (lines start accepted; a rejected
    // line stays rejected); rejecting rejects every line; both close the request.
    QFuture<MealRequestRecord> changeStatus(const Actor& actor, qint64 id,
                                            MealRequestStatus expected, MealRequestStatus target);
    // changeStatus() of several requests in one transaction, each with the status the caller
    // saw: those refused (as changeStatus() would refuse each alone) are listed with why, the
    // others move, each with its audit row. `rejectionReason` is reject()'s, given only when
    // rejecting (Validation otherwise): the same for every request.
    QFuture<BulkResult> changeStatuses(const Actor& actor, const QList<MealRequestSeen>& requests,
                                       MealRequestStatus target,
                                       const QString& rejectionReason = {});
    // On Progress -> Pending, by the requester (or a super admin).
    QFuture<MealRequestRecord> submit(const Actor& actor, qint64 id);
    // Pending -> Approved / Rejected (RequestTaker, Captain, super admin).
    QFuture<MealRequestRecord> approve(const Actor& actor, qint64 id);
    // `reason` is optional: kept on one line in the request's notes (after the requester's, as
    // MealRequestRules::notesWithRejection says) and in the audit row; one that does not fit in
    // the notes is refused (Validation, field "reason") and nothing changes.
    QFuture<MealRequestRecord> reject(const Actor& actor, qint64 id, const QString& reason = {});

    // While the request is Pending (RequestTaker, Captain, super admin); Conflict otherwise.
    QFuture<MealLineRecord> setLineAccepted(const Actor& actor, qint64 lineId, bool accepted);
    // setLineAccepted() of several lines in one transaction, refused one by one as
    // changeStatuses() does.
    QFuture<BulkResult> setLinesAccepted(const Actor& actor, const QList<qint64>& lineIds,
                                         bool accepted);
    QFuture<MealLineRecord> setLineNotes(const Actor& actor, qint64 lineId, const QString& notes);

    // A new Pending request of one's own request that is not Pending, with the same meal type,
    // notes, employees and line notes; attendance (time and shift hours) cleared. One Pending
    // copy of an original at a time; the duplicate rule applies.
    QFuture<MealRequestRecord> copy(const Actor& actor, qint64 id);
    // Soft delete of a Pending request, by its requester or a super admin.
    QFuture<void> remove(const Actor& actor, qint64 id);

    // The meals of the office days from..to (both included, at most maxChartDays) per day and
    // meal type, counted as dailySummary counts them: days and meal types without meals are left
    // out; ordered by day, then meal type (by id: the order of the day). Needs ViewReports.
    QFuture<QList<MealsPerDay>> mealsPerDay(const Actor& actor, const QDate& from, const QDate& to);
    static constexpr int maxChartDays = 366;

    // The time zone whose days are "the same day" (the kitchen's days).
    const QTimeZone& officeZone() const { return m_officeZone; }

private:
    // changeStatus() with the reason of a rejection (empty for the other moves).
    QFuture<MealRequestRecord> moveStatus(const Actor& actor, qint64 id, MealRequestStatus expected,
                                          MealRequestStatus target, const QString& rejectionReason);

    QTimeZone m_officeZone;
};
