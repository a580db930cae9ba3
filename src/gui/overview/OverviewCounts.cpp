#include "OverviewCounts.h"

#include "Database.h"

namespace {

// meal_request_status has fixed ids; 1 is Pending.
constexpr int pendingStatusId = 1;

} // namespace

QFuture<OverviewCounts> OverviewCounts::load(Database& db)
{
    return db.read([](Connection& c) {
        QSqlQuery& q =
            c.exec(QStringLiteral("SELECT (SELECT count(*) FROM employee),"
                                  " (SELECT count(*) FROM department),"
                                  " (SELECT count(*) FROM meal_request"
                                  "   WHERE status_id = ? AND is_deleted = ?),"
                                  " (SELECT count(*) FROM revoked_tokens),"
                                  " (SELECT count(*) FROM allowed_origins WHERE is_active = ?)"),
                   {pendingStatusId, false, true});
        OverviewCounts counts;
        if (q.next()) {
            counts.employees = q.value(0).toLongLong();
            counts.departments = q.value(1).toLongLong();
            counts.pendingRequests = q.value(2).toLongLong();
            counts.revokedTokens = q.value(3).toLongLong();
            counts.activeOrigins = q.value(4).toLongLong();
        }
        q.finish();
        return counts;
    });
}
