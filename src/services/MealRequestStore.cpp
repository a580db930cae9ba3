#include "MealRequestStore.h"

#include "ColumnList.h"
#include "Connection.h"
#include "Failure.h"
#include "IdRows.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace {

enum LineColumn {
    LineId,
    LineRequestId,
    EmployeeId,
    EmployeeCode,
    EmployeeNameEn,
    EmployeeNameAr,
    DepartmentId,
    DepartmentNameEn,
    DepartmentNameAr,
    AttendanceTime,
    ShiftHours,
    LineNotes,
    Accepted,
    LineColumnCount
};

// The request's lines not deleted, and matching `condition` when there is one.
QString lineCountOf(const QString& condition)
{
    return QStringLiteral("(SELECT count(*) FROM meal_request_line cl WHERE cl.meal_request_id = "
                          "r.id AND NOT cl.is_deleted%1)")
        .arg(condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition);
}

const QString lineSelect = [] {
    using L = LineColumn;
    const QStringList columns = ColumnList::of<L, LineColumnCount>({
        {L::LineId, QStringLiteral("l.id")},
        {L::LineRequestId, QStringLiteral("l.meal_request_id")},
        {L::EmployeeId, QStringLiteral("l.employee_id")},
        {L::EmployeeCode, QStringLiteral("l.employee_code")},
        {L::EmployeeNameEn, QStringLiteral("e.name_en")},
        {L::EmployeeNameAr, QStringLiteral("e.name_ar")},
        {L::DepartmentId, QStringLiteral("l.department_id")},
        {L::DepartmentNameEn, QStringLiteral("d.name_en")},
        {L::DepartmentNameAr, QStringLiteral("d.name_ar")},
        {L::AttendanceTime, QStringLiteral("l.attendance_time")},
        {L::ShiftHours, QStringLiteral("l.shift_hours")},
        {L::LineNotes, QStringLiteral("l.notes")},
        {L::Accepted, QStringLiteral("l.is_accepted")},
    });
    return QStringLiteral("SELECT %1 FROM meal_request_line l JOIN employee e ON e.id = "
                          "l.employee_id LEFT JOIN department d ON d.id = l.department_id")
        .arg(columns.join(QStringLiteral(", ")));
}();

MealRequestStatus statusOf(const QVariant& id)
{
    const auto status = mealRequestStatusFromId(id.toInt());
    if (!status)
        throw Failure(
            Failure::Kind::Internal,
            QCoreApplication::translate("MealRequestService", "Unknown meal request status %1.")
                .arg(id.toInt()));
    return *status;
}

std::optional<double> hoursOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

MealLineRecord readLine(const Statement& q)
{
    MealLineRecord l;
    l.id = q.value(LineId).toLongLong();
    l.requestId = q.value(LineRequestId).toLongLong();
    l.employeeId = q.value(EmployeeId).toLongLong();
    l.employeeCode = q.value(EmployeeCode).toInt();
    l.employeeNameEn = q.value(EmployeeNameEn).toString();
    l.employeeNameAr = q.value(EmployeeNameAr).toString();
    l.departmentId = q.value(DepartmentId).toLongLong();
    l.departmentNameEn = q.value(DepartmentNameEn).toString();
    l.departmentNameAr = q.value(DepartmentNameAr).toString();
    l.attendanceTime = Connection::fromDb(q.value(AttendanceTime));
    l.shiftHours = hoursOf(q.value(ShiftHours));
    l.notes = q.value(LineNotes).toString();
    l.accepted = q.value(Accepted).toBool();
    return l;
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant();
}

} // namespace

const QStringList& MealRequestStore::requestColumns()
{
    using R = RequestColumn;
    static const QStringList list = ColumnList::of<R, RequestColumnCount>({
        {R::RequestId, QStringLiteral("r.id")},
        {R::RequesterId, QStringLiteral("r.requester_id")},
        {R::RequesterName, QStringLiteral("ra.username")},
        {R::StatusId, QStringLiteral("r.status_id")},
        {R::MealTypeId, QStringLiteral("r.meal_type_id")},
        {R::MealTypeNameEn, QStringLiteral("mt.name_en")},
        {R::MealTypeNameAr, QStringLiteral("mt.name_ar")},
        {R::RequestTime, QStringLiteral("r.request_time")},
        {R::ClosedById, QStringLiteral("r.closed_by_id")},
        {R::ClosedByName, QStringLiteral("ca.username")},
        {R::ClosedTime, QStringLiteral("r.closed_time")},
        {R::Notes, QStringLiteral("r.notes")},
        {R::OriginalRequestId, QStringLiteral("r.original_request_id")},
        {R::RequestDeleted, QStringLiteral("r.is_deleted")},
        {R::RequestVersion, QStringLiteral("r.version")},
        {R::LineCount, lineCountOf({})},
    });
    return list;
}

QStringList MealRequestStore::requestColumnsLimitedTo(const SqlCondition& mine)
{
    QStringList columns = requestColumns();
    columns[LineCount] = lineCountOf(mine.sql);
    return columns;
}

const QString& MealRequestStore::requestFrom()
{
    static const QString text =
        QStringLiteral("meal_request r JOIN account ra ON ra.id = r.requester_id "
                       "JOIN meal_type mt ON mt.id = r.meal_type_id "
                       "LEFT JOIN account ca ON ca.id = r.closed_by_id");
    return text;
}

MealRequestRecord MealRequestStore::readRequest(const Statement& q)
{
    MealRequestRecord r;
    r.id = q.value(RequestId).toLongLong();
    r.requesterId = q.value(RequesterId).toLongLong();
    r.requesterName = q.value(RequesterName).toString();
    r.status = statusOf(q.value(StatusId));
    r.mealTypeId = q.value(MealTypeId).toLongLong();
    r.mealTypeNameEn = q.value(MealTypeNameEn).toString();
    r.mealTypeNameAr = q.value(MealTypeNameAr).toString();
    r.requestTime = Connection::fromDb(q.value(RequestTime));
    r.closedById = q.value(ClosedById).toLongLong();
    r.closedByName = q.value(ClosedByName).toString();
    r.closedTime = Connection::fromDb(q.value(ClosedTime));
    r.notes = q.value(Notes).toString();
    r.originalRequestId = q.value(OriginalRequestId).toLongLong();
    r.deleted = q.value(RequestDeleted).toBool();
    r.version = q.value(RequestVersion).toInt();
    r.lineCount = q.value(LineCount).toInt();
    return r;
}

namespace {

MealRequestRecord loadOne(Connection& c, qint64 id, bool forChange)
{
    const QMap<qint64, MealRequestRecord> found = MealRequestStore::loadAll(c, {id}, forChange);
    if (found.isEmpty())
        throw Failure(
            Failure::Kind::NotFound,
            QCoreApplication::translate("MealRequestService", "Meal request %1 does not exist.")
                .arg(id));
    return found.first();
}

} // namespace

QMap<qint64, MealRequestRecord> MealRequestStore::loadAll(Connection& c, const QList<qint64>& ids,
                                                          bool forChange)
{
    const QVariant idRows = IdRows::value(ids);
    const QString idsFrom = IdRows::from(c, QStringLiteral("k"));
    if (forChange && c.isPostgres())
        c.exec(QStringLiteral("SELECT id FROM meal_request WHERE id IN (SELECT k.id FROM %1) "
                              "ORDER BY id FOR NO KEY UPDATE")
                   .arg(idsFrom),
               {idRows});
    QMap<qint64, MealRequestRecord> requests;
    Statement q =
        c.exec(QStringLiteral("SELECT %1 FROM %2 WHERE r.id IN (SELECT k.id FROM %3)")
                   .arg(requestColumns().join(QStringLiteral(", ")), requestFrom(), idsFrom),
               {idRows});
    while (q.next()) {
        const MealRequestRecord r = readRequest(q);
        requests.insert(r.id, r);
    }
    if (requests.isEmpty())
        return requests;
    Statement lines = c.exec(lineSelect + QStringLiteral(" WHERE l.meal_request_id IN (SELECT "
                                                         "k.id FROM %1) AND l.is_deleted = ? "
                                                         "ORDER BY l.id")
                                              .arg(idsFrom),
                             {idRows, false});
    while (lines.next()) {
        const MealLineRecord line = readLine(lines);
        requests[line.requestId].lines.append(line);
    }
    return requests;
}

MealRequestRecord MealRequestStore::load(Connection& c, qint64 id)
{
    return loadOne(c, id, false);
}

MealRequestRecord MealRequestStore::loadForChange(Connection& c, qint64 id)
{
    return loadOne(c, id, true);
}

QHash<qint64, qint64> MealRequestStore::requestsOfLines(Connection& c, const QList<qint64>& lineIds)
{
    QHash<qint64, qint64> requestOf;
    Statement q = c.exec(QStringLiteral("SELECT id, meal_request_id FROM meal_request_line WHERE "
                                        "id IN (SELECT k.id FROM %1)")
                             .arg(IdRows::from(c, QStringLiteral("k"))),
                         {IdRows::value(lineIds)});
    while (q.next())
        requestOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return requestOf;
}

std::optional<MealRequestStore::MealType> MealRequestStore::mealType(Connection& c, qint64 id)
{
    Statement q = c.exec(
        QStringLiteral("SELECT name_en, name_ar, is_active FROM meal_type WHERE id = ?"), {id});
    if (!q.next())
        return std::nullopt;
    return MealType{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()};
}

std::map<qint64, MealRequestStore::Employee>
MealRequestStore::lockEmployees(Connection& c, const QList<qint64>& ids,
                                const QList<qint64>& departmentIds)
{
    // One statement whatever the number of employees: they come in two bound values. The
    // departments' employees come inactive ones too (the caller passes them over): a condition
    // on is_active here would lead SQLite to scan every active employee by that index.
    QString sql =
        QStringLiteral("SELECT e.id, e.code, e.name_en, e.name_ar, e.department_id, d.name_en, "
                       "d.name_ar, e.is_active FROM employee e LEFT JOIN department d ON d.id = "
                       "e.department_id WHERE e.id IN (SELECT n.id FROM %1 UNION SELECT m.id FROM "
                       "employee m WHERE m.department_id IN (SELECT k.id FROM %2)) ORDER BY e.id")
            .arg(IdRows::from(c, QStringLiteral("n")), IdRows::from(c, QStringLiteral("k")));
    if (c.isPostgres())
        sql += QStringLiteral(" FOR NO KEY UPDATE OF e");
    Statement q = c.exec(sql, {IdRows::value(ids), IdRows::value(departmentIds)});
    std::map<qint64, Employee> employees;
    while (q.next())
        employees.emplace(q.value(0).toLongLong(),
                          Employee{q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toLongLong(), q.value(5).toString(),
                                   q.value(6).toString(), q.value(7).toBool()});
    return employees;
}

QHash<qint64, QString> MealRequestStore::departmentNames(Connection& c, const QList<qint64>& ids)
{
    QHash<qint64, QString> names;
    Statement q = c.exec(QStringLiteral("SELECT id, name_en FROM department WHERE id IN (SELECT "
                                        "k.id FROM %1)")
                             .arg(IdRows::from(c, QStringLiteral("k"))),
                         {IdRows::value(ids)});
    while (q.next())
        names.insert(q.value(0).toLongLong(), q.value(1).toString());
    return names;
}

QHash<qint64, qint64> MealRequestStore::requestsOf(Connection& c, qint64 mealTypeId,
                                                   const QDateTime& from, const QDateTime& to,
                                                   const QList<qint64>& employeeIds)
{
    // From these employees' lines to their requests (CROSS JOIN keeps that order on SQLite):
    // the day's other requests of the meal type are never visited, so a request costs the same
    // however many came before it.
    QHash<qint64, qint64> requestOf;
    Statement q = c.exec(
        QStringLiteral("SELECT l.employee_id, r.id FROM %1 CROSS JOIN meal_request_line l CROSS "
                       "JOIN meal_request r WHERE l.employee_id = k.id AND r.id = "
                       "l.meal_request_id AND r.meal_type_id = ? AND r.request_time >= ? AND "
                       "r.request_time < ? AND r.status_id <> ? AND r.is_deleted = ? AND "
                       "l.is_deleted = ?")
            .arg(IdRows::from(c, QStringLiteral("k"))),
        {IdRows::value(employeeIds), mealTypeId, c.toDb(from), c.toDb(to),
         static_cast<int>(MealRequestStatus::Rejected), false, false});
    while (q.next())
        requestOf.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return requestOf;
}

void MealRequestStore::insert(Connection& c, MealRequestRecord& r)
{
    r.id = c.insert(
        QStringLiteral("INSERT INTO meal_request (requester_id, status_id, meal_type_id, "
                       "request_time, notes, original_request_id, is_deleted, version) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.requesterId, static_cast<int>(r.status), r.mealTypeId, c.toDb(r.requestTime),
         textOrNull(r.notes), idOrNull(r.originalRequestId), r.deleted, r.version});
    QList<QVariantList> rows;
    rows.reserve(r.lines.size());
    for (const MealLineRecord& line : r.lines)
        rows.append({line.employeeId, line.employeeCode, idOrNull(line.departmentId),
                     c.toDb(line.attendanceTime),
                     line.shiftHours ? QVariant(*line.shiftHours) : QVariant(),
                     textOrNull(line.notes)});
    // Every line in one statement; the ids and the hours as stored (PostgreSQL rounds them to
    // its numeric(4, 2)) come back by employee, once per request.
    Statement q = c.exec(
        QStringLiteral("INSERT INTO meal_request_line (meal_request_id, employee_id, "
                       "employee_code, department_id, attendance_time, shift_hours, notes, "
                       "is_accepted, is_deleted) SELECT ?, n.employee_id, n.employee_code, "
                       "n.department_id, n.attendance_time, n.shift_hours, n.notes, ?, ? FROM "
                       "%1 RETURNING id, employee_id, shift_hours")
            .arg(c.rowsFrom({{QStringLiteral("employee_id"), QStringLiteral("bigint")},
                             {QStringLiteral("employee_code"), QStringLiteral("integer")},
                             {QStringLiteral("department_id"), QStringLiteral("bigint")},
                             {QStringLiteral("attendance_time"), QStringLiteral("timestamptz")},
                             {QStringLiteral("shift_hours"), QStringLiteral("numeric")},
                             {QStringLiteral("notes"), QStringLiteral("text")}},
                            QStringLiteral("n"))),
        {r.id, true, false, Connection::rowsValue(rows)});
    QHash<qint64, std::pair<qint64, std::optional<double>>> written;
    while (q.next())
        written.insert(q.value(1).toLongLong(), {q.value(0).toLongLong(), hoursOf(q.value(2))});
    if (written.size() != r.lines.size())
        throw Failure(Failure::Kind::Internal,
                      QStringLiteral("%1 of %2 lines of meal request %3 were written.")
                          .arg(written.size())
                          .arg(r.lines.size())
                          .arg(r.id));
    for (MealLineRecord& line : r.lines) {
        line.requestId = r.id;
        std::tie(line.id, line.shiftHours) = written.value(line.employeeId);
    }
    // In the order a read gives them.
    std::sort(r.lines.begin(), r.lines.end(),
              [](const MealLineRecord& a, const MealLineRecord& b) { return a.id < b.id; });
    r.lineCount = static_cast<int>(r.lines.size());
}
