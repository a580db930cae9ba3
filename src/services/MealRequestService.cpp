#include "MealRequestService.h"

#include "CsvExport.h"
#include "DepartmentScope.h"
#include "IdRows.h"
#include "KeysetQuery.h"
#include "MealRequestRules.h"
#include "MealRequestStore.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace {

constexpr double maxShiftHours = 24;
// Employees named in a duplicate-rule message before "and N more".
constexpr int maxNamesInMessage = 10;

const QString requestEntity = QStringLiteral("meal_request");
const QString lineEntity = QStringLiteral("meal_request_line");

// "Approved by taker", "Pending", "deleted": for messages about the request's state.
QString stateOf(const MealRequestRecord& r)
{
    if (r.deleted)
        return MealRequestService::tr("deleted");
    const QString status = mealRequestStatusName(r.status);
    return r.closedByName.isEmpty()
               ? status
               : MealRequestService::tr("%1 by %2").arg(status, r.closedByName);
}

void requireInScope(const Actor& actor, const MealRequestRecord& r)
{
    if (!DepartmentScope::isLimited(actor) || r.requesterId == actor.accountId)
        return;
    for (const MealLineRecord& line : r.lines) {
        if (AccessPolicy::coversDepartment(actor, line.departmentId))
            return;
    }
    throw Failure(
        Failure::Kind::Permission,
        MealRequestService::tr("Meal request %1 has no employees of your departments.").arg(r.id));
}

// A decision on the whole request turns every line: each must be of the actor's departments.
void requireAllLinesInScope(const Actor& actor, const MealRequestRecord& r)
{
    QStringList outside;
    for (const MealLineRecord& line : r.lines) {
        if (!AccessPolicy::coversDepartment(actor, line.departmentId))
            outside << line.employeeLabel();
    }
    if (!outside.isEmpty())
        throw Failure(Failure::Kind::Permission,
                      MealRequestService::tr("Meal request %1 has employees outside your "
                                             "departments (%2): decide their lines one by one, or "
                                             "ask someone who covers every department.")
                          .arg(r.id)
                          .arg(outside.join(QStringLiteral(", "))));
}

void requireRequester(const Actor& actor, const MealRequestRecord& r, const QString& why)
{
    if (r.requesterId != actor.accountId && !actor.superAdmin)
        throw Failure(Failure::Kind::Permission, why);
}

void checkNotes(const QString& notes)
{
    if (MealRequestRules::characters(notes) > MealRequestRules::maxNotes)
        throw Failure(
            Failure::Kind::Validation,
            MealRequestService::tr("The notes have %1 characters; at most %2 are allowed.")
                .arg(MealRequestRules::characters(notes))
                .arg(MealRequestRules::maxNotes),
            QStringLiteral("notes"));
}

QVariant notesValue(const QString& notes)
{
    return notes.isEmpty() ? QVariant() : QVariant(notes);
}

QDateTime dayStart(const QDate& day, const QTimeZone& zone)
{
    return day.startOfDay(zone).toUTC();
}

// Appends the WHERE clause of the kitchen's meals (dailySummary, mealsPerDay): accepted lines,
// not deleted, of requests neither Rejected nor deleted, made on the office days first..last, of
// the actor's departments when it has some. `r` is meal_request, `l` meal_request_line.
void whereKitchenMeals(QString& sql, QVariantList& values, const Connection& c, const Actor& actor,
                       const QDate& first, const QDate& last, const QTimeZone& zone)
{
    sql += QStringLiteral(" WHERE r.request_time >= ? AND r.request_time < ? AND r.is_deleted = ? "
                          "AND r.status_id <> ? AND l.is_deleted = ? AND l.is_accepted = ?");
    values << c.toDb(dayStart(first, zone)) << c.toDb(dayStart(last.addDays(1), zone)) << false
           << static_cast<int>(MealRequestStatus::Rejected) << false << true;
    if (DepartmentScope::isLimited(actor)) {
        const SqlCondition mine =
            DepartmentScope::condition(actor, QStringLiteral("l.department_id"));
        sql += QStringLiteral(" AND ") + mine.sql;
        values << mine.values;
    }
}

// The meal type, which must be offered.
MealRequestStore::MealType checkMealType(Connection& c, qint64 id)
{
    const auto type = MealRequestStore::mealType(c, id);
    if (!type)
        throw Failure(Failure::Kind::Validation,
                      MealRequestService::tr("Meal type %1 does not exist.").arg(id),
                      QStringLiteral("meal_type_id"));
    if (!type->active)
        throw Failure(
            Failure::Kind::Validation,
            MealRequestService::tr("The meal type %1 is not offered any more.").arg(type->nameEn),
            QStringLiteral("meal_type_id"));
    return *type;
}

// A line of `employee` as the employee is now.
MealLineRecord lineOfEmployee(qint64 id, const MealRequestStore::Employee& employee)
{
    MealLineRecord line;
    line.employeeId = id;
    line.employeeCode = employee.code;
    line.employeeNameEn = employee.nameEn;
    line.employeeNameAr = employee.nameAr;
    line.departmentId = employee.departmentId;
    line.departmentNameEn = employee.departmentNameEn;
    line.departmentNameAr = employee.departmentNameAr;
    return line;
}

// The explicit line, checked and completed from its employee.
MealLineRecord resolveLine(const std::map<qint64, MealRequestStore::Employee>& employees,
                           const Actor& actor, const MealLineInput& in, int number)
{
    const auto found = employees.find(in.employeeId);
    if (found == employees.end())
        throw Failure(Failure::Kind::Validation,
                      MealRequestService::tr("Line %1: employee %2 does not exist.")
                          .arg(number)
                          .arg(in.employeeId),
                      QStringLiteral("employee_id"));
    MealLineRecord line = lineOfEmployee(in.employeeId, found->second);
    line.notes = in.notes;
    // In UTC, as a read gives it back.
    line.attendanceTime = in.attendanceTime.isValid() ? in.attendanceTime.toUTC() : QDateTime();
    line.shiftHours = in.shiftHours;
    if (!found->second.active)
        throw Failure(Failure::Kind::Validation,
                      MealRequestService::tr("Line %1: employee %2 is inactive.")
                          .arg(number)
                          .arg(line.employeeLabel()),
                      QStringLiteral("employee_id"));
    if (!AccessPolicy::coversDepartment(actor, line.departmentId))
        throw Failure(
            Failure::Kind::Permission,
            MealRequestService::tr("Line %1: employee %2 is not in one of your departments.")
                .arg(number)
                .arg(line.employeeLabel()));
    if (MealRequestRules::characters(in.notes) > MealRequestRules::maxNotes)
        throw Failure(Failure::Kind::Validation,
                      MealRequestService::tr(
                          "Line %1 (%2): the notes have %3 characters; at most %4 are allowed.")
                          .arg(number)
                          .arg(line.employeeLabel())
                          .arg(MealRequestRules::characters(in.notes))
                          .arg(MealRequestRules::maxNotes),
                      QStringLiteral("line_notes"));
    if (in.shiftHours &&
        !(std::isfinite(*in.shiftHours) && *in.shiftHours > 0 && *in.shiftHours <= maxShiftHours))
        throw Failure(
            Failure::Kind::Validation,
            MealRequestService::tr("Line %1 (%2): shift hours must be more than 0 and at most %3.")
                .arg(number)
                .arg(line.employeeLabel())
                .arg(maxShiftHours),
            QStringLiteral("shift_hours"));
    return line;
}

// Every line of the input, checked; an employee listed twice is refused, except that a
// department adds (in id order) only those of its active employees not listed already.
QList<MealLineRecord> resolveLines(Connection& c, const Actor& actor, const MealRequestInput& in)
{
    QList<qint64> ids;
    ids.reserve(in.lines.size());
    for (const MealLineInput& line : in.lines)
        ids.append(line.employeeId);
    const auto employees = MealRequestStore::lockEmployees(c, ids, in.departmentIds);
    QList<MealLineRecord> lines;
    QSet<qint64> listed;
    for (int i = 0; i < in.lines.size(); ++i) {
        const MealLineRecord line = resolveLine(employees, actor, in.lines.at(i), i + 1);
        if (listed.contains(line.employeeId))
            throw Failure(
                Failure::Kind::Validation,
                MealRequestService::tr("Employee %1 is listed twice.").arg(line.employeeLabel()),
                QStringLiteral("lines"));
        listed.insert(line.employeeId);
        lines.append(line);
    }
    const QHash<qint64, QString> departments =
        in.departmentIds.isEmpty() ? QHash<qint64, QString>()
                                   : MealRequestStore::departmentNames(c, in.departmentIds);
    for (const qint64 departmentId : in.departmentIds) {
        const auto name = departments.constFind(departmentId);
        if (name == departments.constEnd())
            throw Failure(Failure::Kind::Validation,
                          MealRequestService::tr("Department %1 does not exist.").arg(departmentId),
                          QStringLiteral("department_id"));
        if (!AccessPolicy::coversDepartment(actor, departmentId))
            throw Failure(
                Failure::Kind::Permission,
                MealRequestService::tr("The department %1 is not one of your departments.")
                    .arg(*name));
        for (const auto& [id, employee] : employees) {
            if (employee.departmentId == departmentId && employee.active && !listed.contains(id)) {
                listed.insert(id);
                lines.append(lineOfEmployee(id, employee));
            }
        }
    }
    if (lines.isEmpty())
        throw Failure(Failure::Kind::Validation,
                      MealRequestService::tr("A meal request needs at least one active employee."),
                      QStringLiteral("lines"));
    return lines;
}

// DOMAIN.md: an employee appears once per meal type and office day among requests that are
// neither Rejected nor deleted (nor on deleted lines).
void checkDuplicates(Connection& c, qint64 mealTypeId, const QString& mealTypeName,
                     const QDate& day, const QTimeZone& zone, const QList<MealLineRecord>& lines)
{
    QList<qint64> ids;
    ids.reserve(lines.size());
    for (const MealLineRecord& line : lines)
        ids.append(line.employeeId);
    const QHash<qint64, qint64> requestOf = MealRequestStore::requestsOf(
        c, mealTypeId, dayStart(day, zone), dayStart(day.addDays(1), zone), ids);
    QStringList clashes;
    for (const MealLineRecord& line : lines) {
        const auto it = requestOf.constFind(line.employeeId);
        if (it != requestOf.constEnd())
            clashes << MealRequestService::tr("%1 (request %2)")
                           .arg(line.employeeLabel())
                           .arg(it.value());
    }
    if (clashes.isEmpty())
        return;
    QString names = clashes.mid(0, maxNamesInMessage).join(QStringLiteral(", "));
    if (clashes.size() > maxNamesInMessage)
        names += MealRequestService::tr(" and %1 more").arg(clashes.size() - maxNamesInMessage);
    throw Failure(Failure::Kind::Constraint,
                  MealRequestService::tr("Already requested for %1 on %2: %3.")
                      .arg(mealTypeName, day.toString(Qt::ISODate), names),
                  QStringLiteral("lines"));
}

// The one way requests come to be (create and copy): checks, then the request and its lines,
// reported as written rather than read back.
MealRequestRecord insertRequest(Connection& c, ChangeSet& changes, const MealRequestInput& in,
                                qint64 originalId, const QTimeZone& zone, const QString& action)
{
    checkNotes(in.notes);
    const MealRequestStore::MealType type = checkMealType(c, in.mealTypeId);
    MealRequestRecord r;
    r.lines = resolveLines(c, changes.actor(), in);
    r.requestTime = QDateTime::currentDateTimeUtc();
    checkDuplicates(c, in.mealTypeId, type.nameEn, r.requestTime.toTimeZone(zone).date(), zone,
                    r.lines);

    r.requesterId = changes.actor().accountId;
    r.requesterName = changes.actor().username;
    r.status = in.draft ? MealRequestStatus::OnProgress : MealRequestStatus::Pending;
    r.mealTypeId = in.mealTypeId;
    r.mealTypeNameEn = type.nameEn;
    r.mealTypeNameAr = type.nameAr;
    r.notes = in.notes;
    r.originalRequestId = originalId;
    r.version = 1;
    QJsonArray employees;
    for (const MealLineRecord& line : r.lines)
        employees.append(line.employeeId);
    MealRequestStore::insert(c, r);
    for (const MealLineRecord& line : r.lines)
        changes.touch(lineEntity, line.id);
    QJsonObject details = r.toJson();
    details.insert(QStringLiteral("employee_ids"), employees);
    changes.record(c, action, requestEntity, r.id, {}, details);
    return r;
}

const MealLineRecord& lineOf(const MealRequestRecord& r, qint64 lineId)
{
    for (const MealLineRecord& line : r.lines) {
        if (line.id == lineId)
            return line;
    }
    throw Failure(Failure::Kind::NotFound,
                  MealRequestService::tr("Meal request line %1 does not exist.").arg(lineId));
}

// What a change of several lines or requests did, and the rows as they are after it.
template <typename Record> struct Changed {
    BulkResult result;
    QMap<qint64, Record> after;

    // The one row of a change of one: its refusal thrown as the Failure it is.
    Record only(qint64 id) const
    {
        if (!result.refused.isEmpty())
            throw result.refused.constFirst().failure();
        return after.value(id);
    }
};

// Lines for a change, each refused alone unless its request is Pending and the line is of the
// actor's departments; apply(ids) changes those that pass in one statement (their ids bound as
// one value, IdRows). The statements do not grow with the number of lines.
template <typename Fn>
Changed<MealLineRecord> updateLines(Connection& c, ChangeSet& changes, const QList<qint64>& lineIds,
                                    const QString& action, Fn apply)
{
    Changed<MealLineRecord> changed;
    const QHash<qint64, qint64> requestOf = MealRequestStore::requestsOfLines(c, lineIds);
    QList<qint64> requestIds = requestOf.values();
    std::sort(requestIds.begin(), requestIds.end());
    requestIds.erase(std::unique(requestIds.begin(), requestIds.end()), requestIds.end());
    const QMap<qint64, MealRequestRecord> before = MealRequestStore::loadAll(c, requestIds, true);
    QMap<qint64, MealLineRecord> passed;
    for (const qint64 lineId : lineIds) {
        try {
            if (passed.contains(lineId) || changed.result.isRefused(QString::number(lineId)))
                throw Failure(
                    Failure::Kind::Validation,
                    MealRequestService::tr("Meal request line %1 is listed twice.").arg(lineId),
                    QStringLiteral("id"));
            const auto request = before.constFind(requestOf.value(lineId));
            if (request == before.constEnd())
                throw Failure(
                    Failure::Kind::NotFound,
                    MealRequestService::tr("Meal request line %1 does not exist.").arg(lineId));
            const MealLineRecord& line = lineOf(*request, lineId);
            if (!AccessPolicy::coversDepartment(changes.actor(), line.departmentId))
                throw Failure(Failure::Kind::Permission,
                              MealRequestService::tr("Employee %1 is not in one of your "
                                                     "departments.")
                                  .arg(line.employeeLabel()));
            if (request->deleted || !isOpenMealRequestStatus(request->status))
                throw Failure(Failure::Kind::Conflict,
                              MealRequestService::tr("Meal request %1 is %2: its lines can "
                                                     "change only while it is Pending.")
                                  .arg(request->id)
                                  .arg(stateOf(*request)));
            passed.insert(lineId, line);
        } catch (const Failure& refusal) {
            changed.result.refuse(QString::number(lineId), refusal);
        }
    }
    if (passed.isEmpty())
        return changed;
    apply(IdRows::value(passed.keys()));
    QList<qint64> touched;
    for (const MealLineRecord& line : passed)
        touched.append(line.requestId);
    std::sort(touched.begin(), touched.end());
    touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
    const QMap<qint64, MealRequestRecord> after = MealRequestStore::loadAll(c, touched, false);
    QList<ChangeSet::Entry> entries;
    for (const MealLineRecord& line : passed) {
        const MealLineRecord now = lineOf(after.value(line.requestId), line.id);
        entries.append({line.id, line.toJson(), now.toJson()});
        changed.after.insert(line.id, now);
        changed.result.done.append(QString::number(line.id));
    }
    changes.recordAll(c, action, lineEntity, entries);
    return changed;
}

void applyFilter(Connection& c, KeysetQuery& query, const Actor& actor,
                 const MealRequestFilter& filter, const QTimeZone& zone)
{
    if (DepartmentScope::isLimited(actor))
        query.where(QStringLiteral("r.requester_id = ? OR EXISTS (SELECT 1 FROM "
                                   "meal_request_line sl JOIN account_department ad ON "
                                   "ad.department_id = sl.department_id WHERE sl.meal_request_id "
                                   "= r.id AND ad.account_id = ? AND sl.is_deleted = ?)"),
                    {actor.accountId, actor.accountId, false});
    if (!filter.includeDeleted)
        query.where(QStringLiteral("r.is_deleted = ?"), {false});
    if (filter.status)
        query.where(QStringLiteral("r.status_id = ?"), {static_cast<int>(*filter.status)});
    if (filter.mealTypeId)
        query.where(QStringLiteral("r.meal_type_id = ?"), {filter.mealTypeId});
    if (filter.requesterId)
        query.where(QStringLiteral("r.requester_id = ?"), {filter.requesterId});
    if (filter.departmentId)
        query.where(QStringLiteral("EXISTS (SELECT 1 FROM meal_request_line fl WHERE "
                                   "fl.meal_request_id = r.id AND fl.department_id = ? AND "
                                   "fl.is_deleted = ?)"),
                    {filter.departmentId, false});
    if (filter.from.isValid())
        query.where(QStringLiteral("r.request_time >= ?"), {c.toDb(dayStart(filter.from, zone))});
    if (filter.to.isValid())
        query.where(QStringLiteral("r.request_time < ?"),
                    {c.toDb(dayStart(filter.to.addDays(1), zone))});
}

KeysetQuery listQuery(Connection& c, const Actor& actor, const MealRequestFilter& filter,
                      const QTimeZone& zone)
{
    const bool limited = DepartmentScope::isLimited(actor);
    const SqlCondition mine = DepartmentScope::condition(actor, QStringLiteral("cl.department_id"));
    KeysetQuery query(limited ? MealRequestStore::requestColumnsLimitedTo(mine)
                              : MealRequestStore::requestColumns(),
                      MealRequestStore::requestFrom(),
                      {{QStringLiteral("request_time"), QStringLiteral("r.request_time")},
                       {QStringLiteral("id"), QStringLiteral("r.id")}},
                      QStringLiteral("request_time"));
    if (limited)
        query.bindColumns(mine.values);
    applyFilter(c, query, actor, filter, zone);
    return query;
}

QString actionOf(MealRequestStatus target)
{
    switch (target) {
    case MealRequestStatus::Pending:
        return QStringLiteral("meal_request.submit");
    case MealRequestStatus::Approved:
        return QStringLiteral("meal_request.approve");
    case MealRequestStatus::Rejected:
        return QStringLiteral("meal_request.reject");
    case MealRequestStatus::OnProgress:
        break;
    }
    return {};
}

// Submitting is the requester's part; approving and rejecting the request takers'.
Operation operationOf(MealRequestStatus target)
{
    return target == MealRequestStatus::Pending ? Operation::CreateMealRequest
                                                : Operation::DecideMealRequest;
}

// Why `s` may not move to `target` (as changeStatus() refuses it); nothing when it may.
void checkMove(const MealRequestSeen& s, const MealRequestRecord* before, const Actor& actor,
               MealRequestStatus target, const QString& reason)
{
    const QString from = mealRequestStatusName(s.status);
    const QString to = mealRequestStatusName(target);
    if (!canMoveMealRequest(s.status, target))
        throw Failure(
            Failure::Kind::Validation,
            isFinalMealRequestStatus(s.status)
                ? MealRequestService::tr("A request that is %1 is final: it cannot "
                                         "become %2.")
                      .arg(from, to)
                : MealRequestService::tr("A request cannot go from %1 to %2.").arg(from, to),
            QStringLiteral("status"));
    if (!before)
        throw Failure(Failure::Kind::NotFound,
                      MealRequestService::tr("Meal request %1 does not exist.").arg(s.id));
    if (target == MealRequestStatus::Pending)
        requireRequester(
            actor, *before,
            MealRequestService::tr("Only its requester may submit meal request %1.").arg(s.id));
    else
        requireAllLinesInScope(actor, *before);
    if (before->deleted || before->status != s.status)
        throw Failure(Failure::Kind::Conflict,
                      MealRequestService::tr("Meal request %1 was changed by someone else: it is "
                                             "%2 now, not %3. Reload it.")
                          .arg(s.id)
                          .arg(stateOf(*before), from));
    const QString problem = MealRequestRules::checkRejectionReason(before->notes, reason);
    if (!problem.isEmpty())
        throw Failure(Failure::Kind::Validation, problem, QStringLiteral("reason"));
}

// The move of several requests (or one) to `target`: each refused alone as checkMove() says,
// the others moved together in statements that do not grow with their number, with an audit
// row each. Approving keeps the decisions made while Pending: lines start accepted, so none is
// left undecided, and the rejected ones stay rejected. Rejecting turns down the lines still
// accepted, and only those; both close the request.
Changed<MealRequestRecord> moveStatuses(Connection& c, ChangeSet& changes,
                                        const QList<MealRequestSeen>& seen,
                                        MealRequestStatus target, const QString& rejectionReason)
{
    Changed<MealRequestRecord> moved;
    const QString reason = MealRequestRules::rejectionReason(rejectionReason);
    QList<qint64> ids;
    for (const MealRequestSeen& s : seen)
        ids.append(s.id);
    const QMap<qint64, MealRequestRecord> before = MealRequestStore::loadAll(c, ids, true);
    QList<qint64> passed;
    for (const MealRequestSeen& s : seen) {
        const QString key = QString::number(s.id);
        try {
            if (passed.contains(s.id) || moved.result.isRefused(key))
                throw Failure(Failure::Kind::Validation,
                              MealRequestService::tr("Meal request %1 is listed twice.").arg(s.id),
                              QStringLiteral("id"));
            const auto found = before.constFind(s.id);
            checkMove(s, found == before.constEnd() ? nullptr : &*found, changes.actor(), target,
                      reason);
            passed.append(s.id);
        } catch (const Failure& refusal) {
            moved.result.refuse(key, refusal);
        }
    }
    if (passed.isEmpty())
        return moved;
    std::sort(passed.begin(), passed.end());
    const QVariant idRows = IdRows::value(passed);
    QHash<qint64, QJsonArray> turnedDown; // per request, the lines the rejection turned down
    if (isFinalMealRequestStatus(target)) {
        // Each request's notes with the reason; without one (NULL) the notes stay as they are.
        QList<QVariantList> notes;
        for (const qint64 id : passed)
            notes.append({id, reason.isEmpty() ? QVariant()
                                               : QVariant(MealRequestRules::notesWithRejection(
                                                     before.value(id).notes, reason))});
        c.exec(QStringLiteral("UPDATE meal_request SET status_id = ?, closed_by_id = ?, "
                              "closed_time = ?, notes = coalesce(n.notes, meal_request.notes), "
                              "version = meal_request.version + 1 FROM %1 WHERE meal_request.id "
                              "= n.id")
                   .arg(c.rowsFrom({{QStringLiteral("id"), QStringLiteral("bigint")},
                                    {QStringLiteral("notes"), QStringLiteral("text")}},
                                   QStringLiteral("n"))),
               {static_cast<int>(target), changes.actor().accountId,
                c.toDb(QDateTime::currentDateTimeUtc()), Connection::rowsValue(notes)});
        if (target == MealRequestStatus::Rejected) {
            Statement q =
                c.exec(QStringLiteral("UPDATE meal_request_line SET is_accepted = ? WHERE "
                                      "meal_request_id IN (SELECT k.id FROM %1) AND is_deleted = "
                                      "? AND is_accepted = ? RETURNING id, meal_request_id")
                           .arg(IdRows::from(c, QStringLiteral("k"))),
                       {false, idRows, false, true});
            std::map<qint64, qint64> lines; // RETURNING has no order
            while (q.next())
                lines.emplace(q.value(0).toLongLong(), q.value(1).toLongLong());
            for (const auto& [line, request] : lines) {
                changes.touch(lineEntity, line);
                turnedDown[request].append(line);
            }
        }
    } else {
        c.exec(QStringLiteral("UPDATE meal_request SET status_id = ?, version = version + 1 "
                              "WHERE id IN (SELECT k.id FROM %1)")
                   .arg(IdRows::from(c, QStringLiteral("k"))),
               {static_cast<int>(target), idRows});
    }
    moved.after = MealRequestStore::loadAll(c, passed, false);
    QList<ChangeSet::Entry> entries;
    for (const qint64 id : passed) {
        const MealRequestRecord& after = moved.after[id];
        QJsonObject details = after.toJson();
        if (isFinalMealRequestStatus(target)) {
            details.insert(QStringLiteral("lines_accepted"), after.acceptedLines());
            details.insert(QStringLiteral("lines_total"), after.lines.size());
        }
        if (turnedDown.contains(id))
            details.insert(QStringLiteral("lines_changed"), turnedDown.value(id));
        if (!reason.isEmpty())
            details.insert(QStringLiteral("reason"), reason);
        entries.append({id, before.value(id).toJson(), details});
        moved.result.done.append(QString::number(id));
    }
    changes.recordAll(c, actionOf(target), requestEntity, entries);
    return moved;
}

Changed<MealLineRecord> acceptLines(Connection& c, ChangeSet& changes, const QList<qint64>& lineIds,
                                    bool accepted)
{
    return updateLines(c, changes, lineIds,
                       accepted ? QStringLiteral("meal_request_line.accept")
                                : QStringLiteral("meal_request_line.reject"),
                       [&](const QVariant& ids) {
                           c.exec(QStringLiteral("UPDATE meal_request_line SET is_accepted = ? "
                                                 "WHERE id IN (SELECT k.id FROM %1)")
                                      .arg(IdRows::from(c, QStringLiteral("k"))),
                                  {accepted, ids});
                       });
}

} // namespace

MealRequestService::MealRequestService(Database& db, ChangeFeed& feed, const QTimeZone& officeZone)
    : ServiceBase(db, feed)
    , m_officeZone(officeZone)
{
}

QFuture<MealRequestRecord> MealRequestService::get(const Actor& actor, qint64 id)
{
    return query(actor, Operation::ViewMealRequests, [id](Connection& c, const Actor& verified) {
        MealRequestRecord r = MealRequestStore::load(c, id);
        requireInScope(verified, r);
        // DOMAIN.md: the limit holds for lines too; a mixed request shows only the actor's.
        if (DepartmentScope::isLimited(verified)) {
            r.lines.removeIf([&verified](const MealLineRecord& line) {
                return !AccessPolicy::coversDepartment(verified, line.departmentId);
            });
            r.lineCount = static_cast<int>(r.lines.size());
        }
        return r;
    });
}

QFuture<Page<MealRequestRecord>> MealRequestService::list(const Actor& actor,
                                                          const MealRequestFilter& filter,
                                                          const PageRequest& page)
{
    return query(actor, Operation::ViewMealRequests,
                 [filter, page, zone = m_officeZone](Connection& c, const Actor& verified) {
                     return listQuery(c, verified, filter, zone)
                         .fetch<MealRequestRecord>(c, page, MealRequestStore::readRequest);
                 });
}

QFuture<qint64> MealRequestService::count(const Actor& actor, const MealRequestFilter& filter)
{
    return query(actor, Operation::ViewMealRequests,
                 [filter, zone = m_officeZone](Connection& c, const Actor& verified) {
                     return listQuery(c, verified, filter, zone).count(c);
                 });
}

QFuture<QByteArray> MealRequestService::exportCsv(const Actor& actor,
                                                  const MealRequestFilter& filter,
                                                  const PageRequest& order, qint64 maxRows)
{
    const auto id = [](qint64 value) { return value ? QString::number(value) : QString(); };
    return query(
        actor, Operation::ViewMealRequests,
        [filter, order, maxRows, id, zone = m_officeZone](Connection& c, const Actor& verified) {
            return CsvExport::write<MealRequestRecord>(
                c, listQuery(c, verified, filter, zone), order,
                {QStringLiteral("ID"), QStringLiteral("Requested at (UTC)"),
                 QStringLiteral("Meal type"), QStringLiteral("Meal type (Arabic)"),
                 QStringLiteral("Requester"), QStringLiteral("Status"), QStringLiteral("Lines"),
                 QStringLiteral("Closed by"), QStringLiteral("Closed at (UTC)"),
                 QStringLiteral("Notes"), QStringLiteral("Copy of")},
                MealRequestStore::readRequest,
                [&id](const MealRequestRecord& r) {
                    return QStringList{QString::number(r.id),
                                       CsvExport::time(r.requestTime),
                                       r.mealTypeNameEn,
                                       r.mealTypeNameAr,
                                       r.requesterName,
                                       mealRequestStatusName(r.status),
                                       QString::number(r.lineCount),
                                       r.closedByName,
                                       CsvExport::time(r.closedTime),
                                       r.notes,
                                       id(r.originalRequestId)};
                },
                maxRows);
        });
}

QFuture<MealRequestStatusCounts> MealRequestService::statusCounts(const Actor& actor,
                                                                  const MealRequestFilter& filter)
{
    return query(actor, Operation::ViewMealRequests,
                 [filter, zone = m_officeZone](Connection& c, const Actor& verified) {
                     MealRequestStatusCounts counts;
                     MealRequestFilter one = filter;
                     // One indexed count per status (status_id, request_time) rather than a GROUP
                     // BY that KeysetQuery does not build.
                     for (const MealRequestStatus s :
                          {MealRequestStatus::Pending, MealRequestStatus::Approved,
                           MealRequestStatus::Rejected, MealRequestStatus::OnProgress}) {
                         one.status = s;
                         counts.counts.insert(s, listQuery(c, verified, one, zone).count(c));
                     }
                     return counts;
                 });
}

QFuture<MealRequestChoices> MealRequestService::choices(const Actor& actor)
{
    return query(actor, Operation::ViewMealRequests, [](Connection& c, const Actor&) {
        MealRequestChoices choices;
        // Listed in the order of the day; the priority only picks the default choice.
        Statement types = c.exec(QStringLiteral("SELECT id, name_en, name_ar, is_active, priority "
                                                "FROM meal_type ORDER BY id"));
        int highest = 0;
        while (types.next()) {
            const MealRequestChoices::MealType type{
                types.value(0).toLongLong(), types.value(1).toString(), types.value(2).toString(),
                types.value(3).toBool()};
            const int priority = types.value(4).toInt();
            if (type.active && (!choices.defaultMealTypeId || priority > highest)) {
                choices.defaultMealTypeId = type.id;
                highest = priority;
            }
            choices.mealTypes.append(type);
        }
        // Accounts are few; each EXISTS is one probe of meal_request_requester_idx.
        Statement requesters = c.exec(
            QStringLiteral("SELECT a.id, a.username FROM account a WHERE EXISTS (SELECT 1 FROM "
                           "meal_request r WHERE r.requester_id = a.id) ORDER BY a.username"));
        while (requesters.next())
            choices.requesters.append(
                {requesters.value(0).toLongLong(), requesters.value(1).toString()});
        return choices;
    });
}

QFuture<DailySummary> MealRequestService::dailySummary(const Actor& actor, const QDate& day)
{
    return query(
        actor, Operation::ViewReports,
        [day, zone = m_officeZone](Connection& c, const Actor& verified) {
            if (!day.isValid())
                throw Failure(Failure::Kind::Validation, tr("Choose a day for the summary."),
                              QStringLiteral("day"));
            QString sql = QStringLiteral(
                "SELECT r.meal_type_id, mt.name_en, mt.name_ar, l.department_id, d.name_en, "
                "d.name_ar, l.employee_id, l.employee_code, e.name_en, e.name_ar FROM meal_request "
                "r "
                "JOIN meal_request_line l ON l.meal_request_id = r.id "
                "JOIN meal_type mt ON mt.id = r.meal_type_id JOIN employee e ON e.id = "
                "l.employee_id "
                "LEFT JOIN department d ON d.id = l.department_id");
            QVariantList values;
            whereKitchenMeals(sql, values, c, verified, day, day, zone);
            // Rows of one (meal type, department) arrive together.
            sql += QStringLiteral(" ORDER BY r.meal_type_id, coalesce(d.name_en, ''), "
                                  "coalesce(l.department_id, 0), l.employee_code, l.employee_id");
            DailySummary summary;
            summary.day = day;
            Statement q = c.exec(sql, values);
            while (q.next()) {
                const qint64 mealTypeId = q.value(0).toLongLong();
                const qint64 departmentId = q.value(3).toLongLong();
                if (summary.rows.isEmpty() || summary.rows.last().mealTypeId != mealTypeId ||
                    summary.rows.last().departmentId != departmentId) {
                    DailySummaryRow row;
                    row.mealTypeId = mealTypeId;
                    row.mealTypeNameEn = q.value(1).toString();
                    row.mealTypeNameAr = q.value(2).toString();
                    row.departmentId = departmentId;
                    row.departmentNameEn = q.value(4).toString();
                    row.departmentNameAr = q.value(5).toString();
                    summary.rows.append(row);
                }
                summary.rows.last().employees.append({q.value(6).toLongLong(), q.value(7).toInt(),
                                                      q.value(8).toString(),
                                                      q.value(9).toString()});
            }
            return summary;
        });
}

QFuture<MealRequestRecord> MealRequestService::create(const Actor& actor,
                                                      const MealRequestInput& input)
{
    return change(actor, Operation::CreateMealRequest,
                  [input, zone = m_officeZone](Connection& c, ChangeSet& changes) {
                      return insertRequest(c, changes, input, 0, zone,
                                           QStringLiteral("meal_request.create"));
                  });
}

QFuture<MealRequestRecord> MealRequestService::changeStatus(const Actor& actor, qint64 id,
                                                            MealRequestStatus expected,
                                                            MealRequestStatus target)
{
    return moveStatus(actor, id, expected, target, {});
}

QFuture<MealRequestRecord> MealRequestService::moveStatus(const Actor& actor, qint64 id,
                                                          MealRequestStatus expected,
                                                          MealRequestStatus target,
                                                          const QString& rejectionReason)
{
    return change(actor, operationOf(target), [=](Connection& c, ChangeSet& changes) {
        return moveStatuses(c, changes, {{id, expected}}, target, rejectionReason).only(id);
    });
}

QFuture<BulkResult> MealRequestService::changeStatuses(const Actor& actor,
                                                       const QList<MealRequestSeen>& requests,
                                                       MealRequestStatus target,
                                                       const QString& rejectionReason)
{
    return change(actor, operationOf(target), [=](Connection& c, ChangeSet& changes) {
        if (target != MealRequestStatus::Rejected && !rejectionReason.trimmed().isEmpty())
            throw Failure(Failure::Kind::Validation, tr("A reason is given only when rejecting."),
                          QStringLiteral("reason"));
        return moveStatuses(c, changes, requests, target, rejectionReason).result;
    });
}

QFuture<MealRequestRecord> MealRequestService::submit(const Actor& actor, qint64 id)
{
    return changeStatus(actor, id, MealRequestStatus::OnProgress, MealRequestStatus::Pending);
}

QFuture<MealRequestRecord> MealRequestService::approve(const Actor& actor, qint64 id)
{
    return changeStatus(actor, id, MealRequestStatus::Pending, MealRequestStatus::Approved);
}

QFuture<MealRequestRecord> MealRequestService::reject(const Actor& actor, qint64 id,
                                                      const QString& reason)
{
    return moveStatus(actor, id, MealRequestStatus::Pending, MealRequestStatus::Rejected, reason);
}

QFuture<MealLineRecord> MealRequestService::setLineAccepted(const Actor& actor, qint64 lineId,
                                                            bool accepted)
{
    return change(actor, Operation::DecideMealRequest, [=](Connection& c, ChangeSet& changes) {
        return acceptLines(c, changes, {lineId}, accepted).only(lineId);
    });
}

QFuture<BulkResult> MealRequestService::setLinesAccepted(const Actor& actor,
                                                         const QList<qint64>& lineIds,
                                                         bool accepted)
{
    return change(actor, Operation::DecideMealRequest, [=](Connection& c, ChangeSet& changes) {
        return acceptLines(c, changes, lineIds, accepted).result;
    });
}

QFuture<MealLineRecord> MealRequestService::setLineNotes(const Actor& actor, qint64 lineId,
                                                         const QString& notes)
{
    return change(actor, Operation::DecideMealRequest, [=](Connection& c, ChangeSet& changes) {
        checkNotes(notes);
        return updateLines(c, changes, {lineId}, QStringLiteral("meal_request_line.notes"),
                           [&](const QVariant& ids) {
                               c.exec(QStringLiteral("UPDATE meal_request_line SET notes = ? "
                                                     "WHERE id IN (SELECT k.id FROM %1)")
                                          .arg(IdRows::from(c, QStringLiteral("k"))),
                                      {notesValue(notes), ids});
                           })
            .only(lineId);
    });
}

QFuture<MealRequestRecord> MealRequestService::copy(const Actor& actor, qint64 id)
{
    return change(
        actor, Operation::CreateMealRequest,
        [id, zone = m_officeZone](Connection& c, ChangeSet& changes) {
            const MealRequestRecord original = MealRequestStore::loadForChange(c, id);
            if (original.requesterId != changes.actor().accountId)
                throw Failure(Failure::Kind::Permission,
                              tr("Only your own requests can be copied; meal request %1 is %2's.")
                                  .arg(id)
                                  .arg(original.requesterName));
            if (original.deleted || !canCopyMealRequest(original.status))
                throw Failure(Failure::Kind::Validation,
                              tr("Meal request %1 is %2: a request is copied once it is no longer "
                                 "Pending.")
                                  .arg(id)
                                  .arg(stateOf(original)),
                              QStringLiteral("status"));
            Statement q = c.exec(QStringLiteral("SELECT id FROM meal_request WHERE "
                                                "original_request_id = ? AND status_id = ? AND "
                                                "is_deleted = ?"),
                                 {id, static_cast<int>(MealRequestStatus::Pending), false});
            const qint64 pendingCopy = q.next() ? q.value(0).toLongLong() : 0;
            if (pendingCopy)
                throw Failure(Failure::Kind::Constraint,
                              tr("Meal request %1 already has a Pending copy: request %2.")
                                  .arg(id)
                                  .arg(pendingCopy),
                              QStringLiteral("original_request_id"));
            MealRequestInput input;
            input.mealTypeId = original.mealTypeId;
            input.notes = original.notes;
            for (const MealLineRecord& line : original.lines)
                input.lines.append({line.employeeId, line.notes, {}, std::nullopt});
            return insertRequest(c, changes, input, id, zone, QStringLiteral("meal_request.copy"));
        });
}

QFuture<void> MealRequestService::remove(const Actor& actor, qint64 id)
{
    return change(actor, Operation::CreateMealRequest, [id](Connection& c, ChangeSet& changes) {
        const MealRequestRecord before = MealRequestStore::loadForChange(c, id);
        requireRequester(
            changes.actor(), before,
            tr("Only its requester or a super admin may delete meal request %1.").arg(id));
        if (before.deleted || !isOpenMealRequestStatus(before.status))
            throw Failure(Failure::Kind::Conflict,
                          tr("Meal request %1 is %2: only Pending requests can be deleted.")
                              .arg(id)
                              .arg(stateOf(before)));
        c.exec(QStringLiteral("UPDATE meal_request SET is_deleted = ?, version = version + 1 "
                              "WHERE id = ?"),
               {true, id});
        changes.record(c, QStringLiteral("meal_request.delete"), requestEntity, id, before.toJson(),
                       MealRequestStore::load(c, id).toJson());
    });
}

QFuture<QList<MealsPerDay>> MealRequestService::mealsPerDay(const Actor& actor, const QDate& from,
                                                            const QDate& to)
{
    return query(
        actor, Operation::ViewReports,
        [from, to, zone = m_officeZone](Connection& c, const Actor& verified) {
            if (!from.isValid())
                throw Failure(Failure::Kind::Validation, tr("Choose the first day."),
                              QStringLiteral("from"));
            if (!to.isValid())
                throw Failure(Failure::Kind::Validation, tr("Choose the last day."),
                              QStringLiteral("to"));
            if (to < from)
                throw Failure(Failure::Kind::Validation,
                              tr("The last day (%1) is before the first day (%2).")
                                  .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                              QStringLiteral("to"));
            if (from.daysTo(to) >= maxChartDays)
                throw Failure(Failure::Kind::Validation,
                              tr("Choose at most %1 days; %2 to %3 are %4 days.")
                                  .arg(maxChartDays)
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                  .arg(from.daysTo(to) + 1),
                              QStringLiteral("to"));
            // One row per request: the office day of its time is found here, where the zone's
            // daylight saving rules are known, rather than in either dialect's SQL.
            QString sql = QStringLiteral(
                "SELECT r.request_time, r.meal_type_id, mt.name_en, mt.name_ar, count(*) FROM "
                "meal_request r JOIN meal_request_line l ON l.meal_request_id = r.id "
                "JOIN meal_type mt ON mt.id = r.meal_type_id");
            QVariantList values;
            whereKitchenMeals(sql, values, c, verified, from, to, zone);
            sql += QStringLiteral(" GROUP BY r.id, r.request_time, r.meal_type_id, mt.name_en, "
                                  "mt.name_ar");
            // By day, then meal type.
            std::map<std::pair<QDate, qint64>, MealsPerDay> meals;
            Statement q = c.exec(sql, values);
            while (q.next()) {
                const QDate day = Connection::fromDb(q.value(0)).toTimeZone(zone).date();
                const qint64 mealTypeId = q.value(1).toLongLong();
                MealsPerDay& m = meals[{day, mealTypeId}];
                m.day = day;
                m.mealTypeId = mealTypeId;
                m.mealTypeNameEn = q.value(2).toString();
                m.mealTypeNameAr = q.value(3).toString();
                m.meals += q.value(4).toLongLong();
            }
            QList<MealsPerDay> list;
            list.reserve(qsizetype(meals.size()));
            for (const auto& [key, m] : meals)
                list.append(m);
            return list;
        });
}
