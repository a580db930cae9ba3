#pragma once

#include <QList>
#include <QSqlError>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A multi-row INSERT prepared on SQLite's own handle, its values bound one by one: QSqlResult
// files each positional value under a generated name in a hash (about 0.4 us a value), most of
// what binding a bulk insert cost. Values bind as QSQLITE binds them. The handle is the one
// QSQLITE opened, through the same libsqlite3 (Debian's QSQLITE links the system library; a Qt
// with its own copy of SQLite could not share its handle). Belongs to the Connection whose
// handle it uses, and is finalized before that handle closes.
class SqliteInsert {
public:
    explicit SqliteInsert(sqlite3* db);
    ~SqliteInsert();
    SqliteInsert(const SqliteInsert&) = delete;
    SqliteInsert& operator=(const SqliteInsert&) = delete;

    // Once, before run(); as QSqlQuery's: false with lastError() when SQLite refuses.
    bool prepare(const QString& sql);
    // Runs the statement once with rows [from, from + count), each one value per column, in
    // parameter order: exactly as many values as the statement has parameters.
    bool run(const QList<QVariantList>& rows, qsizetype from, qsizetype count);
    QSqlError lastError() const { return m_error; }

private:
    // Keeps SQLite's last error on the handle, as QSQLITE reports it (extended code).
    bool failed();

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QSqlError m_error;
};
