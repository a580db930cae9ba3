#pragma once

#include <QFuture>
#include <QtGlobal>

class Database;

// The few figures the main window's overview shows, read in one query.
struct OverviewCounts {
    qint64 employees = 0;
    qint64 departments = 0;
    qint64 pendingRequests = 0;
    qint64 revokedTokens = 0;
    qint64 activeOrigins = 0;

    static QFuture<OverviewCounts> load(Database& db);
};
