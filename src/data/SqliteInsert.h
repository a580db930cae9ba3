#pragma once

#include "Failure.h"

#include <QList>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A multi-row INSERT prepared on SQLite's own handle, its values bound one by one: QSqlResult
// files each positional value under a generated name in a hash (about 0.4 us a value), most of
// what binding a bulk insert cost. Values bind as QSQLITE binds them. Belongs to the Connection
// whose handle it uses, and is finalized before that handle closes.
class SqliteInsert {
public:
    // Throws Failure when SQLite refuses the statement.
    SqliteInsert(sqlite3* db, const QString& sql);
    ~SqliteInsert();
    SqliteInsert(const SqliteInsert&) = delete;
    SqliteInsert& operator=(const SqliteInsert&) = delete;

    // Runs the statement once with rows [from, from + count), each one value per column, in
    // parameter order; throws Failure.
    void run(const QList<QVariantList>& rows, qsizetype from, qsizetype count);

private:
    // SQLite's last error on the handle.
    Failure failure(const QString& what) const;

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};
