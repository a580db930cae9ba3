#pragma once

#include <QLoggingCategory>

// "mealdesk.sql": what the SQL drivers and Qt's SQL classes say on their own ("QSqlQuery::exec:
// database not open", the server's notices). Off by default, so a failure shows as the one
// message MealDesk makes of it; QT_LOGGING_RULES="mealdesk.sql.warning=true" shows them.
Q_DECLARE_LOGGING_CATEGORY(lcSql)

class SqlMessages {
public:
    // Routes Qt's and the drivers' SQL messages into lcSql; other messages go on as before.
    // Called once by each program's composition root.
    static void install();
    // Every message of the calling thread's default category is the driver's from now on:
    // Database's worker threads do nothing else, and QPSQL also warns with bare libpq text
    // ("no connection to the server").
    static void markDatabaseThread();
    // For a PostgreSQL connection's native handle (a PGconn*): its server notices go to lcSql
    // instead of libpq's default, standard error.
    static void captureNotices(const QVariant& postgresHandle);
};
