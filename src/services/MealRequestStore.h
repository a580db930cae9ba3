#pragma once

#include "MealLineRecord.h"
#include "MealRequestRecord.h"
#include "SqlCondition.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

class Connection;
class Statement;

// The meal request tables' SQL and row mapping, for MealRequestService: the rules stay there.
// Values are bound. Reads name their columns (RequestColumn; the lines' likewise), so that a
// column list and the code reading it cannot drift apart.
class MealRequestStore {
public:
    enum RequestColumn {
        RequestId,
        RequesterId,
        RequesterName,
        StatusId,
        MealTypeId,
        MealTypeNameEn,
        MealTypeNameAr,
        RequestTime,
        ClosedById,
        ClosedByName,
        ClosedTime,
        Notes,
        OriginalRequestId,
        RequestDeleted,
        RequestVersion,
        LineCount,
        RequestColumnCount
    };

    // The columns readRequest() reads, from requestFrom(), as `r`; the line count counts every
    // line not deleted, or with requestColumnsLimitedTo() only those matching `mine` (over
    // `cl`, its values bound after the columns'), for an account limited to departments.
    static const QStringList& requestColumns();
    static QStringList requestColumnsLimitedTo(const SqlCondition& mine);
    static const QString& requestFrom();
    static MealRequestRecord readRequest(const Statement& q);

    // The requests `ids` with their lines, by id, in three statements at most whatever their
    // number; those that do not exist are left out. `forChange`: on PostgreSQL their rows stay
    // locked until commit, so that a concurrent change waits and then reads what the first one
    // committed (SQLite has a single writer); taken in id order, so that two changes of
    // overlapping requests take turns rather than deadlock.
    static QMap<qint64, MealRequestRecord> loadAll(Connection& c, const QList<qint64>& ids,
                                                   bool forChange);
    // The request with its lines; NotFound when there is no such request.
    static MealRequestRecord load(Connection& c, qint64 id);
    // load() for a change, as loadAll() says.
    static MealRequestRecord loadForChange(Connection& c, qint64 id);
    // The request of each of `lineIds` that exists (deleted lines too).
    static QHash<qint64, qint64> requestsOfLines(Connection& c, const QList<qint64>& lineIds);

    struct MealType {
        QString nameEn;
        QString nameAr;
        bool active = false;
    };
    // Empty when there is no such meal type.
    static std::optional<MealType> mealType(Connection& c, qint64 id);

    struct Employee {
        int code = 0;
        QString nameEn;
        QString nameAr;
        qint64 departmentId = 0;
        QString departmentNameEn;
        QString departmentNameAr;
        bool active = false;
    };
    // The employees `ids` and those of `departmentIds`, by id. On PostgreSQL their rows
    // stay locked until commit, taken in id order: two requests naming one employee take turns,
    // so the second checks the duplicate rule against what the first committed, while requests
    // of other employees go on at the same time.
    static std::map<qint64, Employee> lockEmployees(Connection& c, const QList<qint64>& ids,
                                                    const QList<qint64>& departmentIds);
    // The English names of those of `ids` that exist.
    static QHash<qint64, QString> departmentNames(Connection& c, const QList<qint64>& ids);

    // For each of `employeeIds` already on a request of the meal type made in [from, to) that is
    // neither Rejected nor deleted (nor on a deleted line): that request's id.
    static QHash<qint64, qint64> requestsOf(Connection& c, qint64 mealTypeId, const QDateTime& from,
                                            const QDateTime& to, const QList<qint64>& employeeIds);

    // Writes `r` (its requester, status, meal type, request time, notes, original) and its
    // lines, setting the ids the database gave them; `r` must carry everything a request read
    // back would (the names, version 1): it is what the caller reports, not a re-read.
    static void insert(Connection& c, MealRequestRecord& r);
};
