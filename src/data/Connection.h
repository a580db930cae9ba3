#pragma once

#include "ConnectionSettings.h"
#include "Statement.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>
#include <utility>

class ServerWatch;
class SqliteInsert;
class WatchedConnection;

// One worker thread's database connection. Lives and dies in that thread (see Database).
class Connection {
public:
    // With a watch (PostgreSQL), work on a server that stopped answering is cut short. Every
    // statement sent adds one to `statementsSent` when given (Database's count).
    Connection(const ConnectionSettings& settings, QString name, ServerWatch* watch = nullptr,
               std::atomic<qint64>* statementsSent = nullptr);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // How long a SQLite writer waits for another program's write to end, as a person would
    // wait for a click to finish; Database stops retrying a busy write after it too.
    static constexpr int sqliteBusyTimeoutMs = 30000;

    Dialect dialect() const { return m_settings.dialect(); }
    bool isPostgres() const { return dialect() == Dialect::PostgreSQL; }

    // Runs one statement with positional (?) bound values; throws Failure. The statement is
    // prepared once per connection and leased to the caller until the Statement goes out of
    // scope; running the same SQL text again while its lease is alive (a nested loop over the
    // same statement) would end the outer result, so it throws Failure Internal instead.
    Statement exec(const QString& sql, const QVariantList& values = {});
    // Runs statements that take no values (DDL); not cached.
    void execDirect(const QString& sql);
    // INSERT ... RETURNING id on both dialects.
    qint64 insert(const QString& sql, const QVariantList& values = {});
    // The caller's own column names with their SQL types, never input.
    using Column = std::pair<QString, QString>;
    // Writes `rows` (each one value per column, in the form toDb() gives them): on PostgreSQL in
    // INSERTs of up to 500 rows, each column's values as one bound array of its type; on SQLite
    // in multi-row INSERTs of up to 64 rows. `table` is the caller's own name, never input.
    void insertRows(const QString& table, const QList<Column>& columns,
                    const QList<QVariantList>& rows);

    // Rows handed to one statement as a single bound value (rowsValue()): a FROM item named
    // `alias` with `columns`, so that one statement text, prepared once, serves any number of
    // rows in one round trip.
    QString rowsFrom(const QList<Column>& columns, const QString& alias) const;
    // The rows for rowsFrom(), each one value per column in the form toDb() gives them.
    static QVariant rowsValue(const QList<QVariantList>& rows);

    // Thrown by inTransaction when the task was canceled before its COMMIT.
    struct Canceled {};

    // fn between BEGIN (IMMEDIATE on SQLite) and COMMIT; rolls back on any exception, and
    // instead of committing when the task is canceled by then (throws Canceled).
    void inTransaction(const std::function<void()>& fn);

    // Timestamps as each dialect stores them (UTC; SQLite as 'YYYY-MM-DD HH:MM:SS.ffffff').
    QVariant toDb(const QDateTime& value) const;
    static QDateTime fromDb(const QVariant& value);
    // SQL for the database server's clock, in the stored form: the instants the web backend
    // compares must not depend on a desktop's clock. serverNowPlus() takes one bound value:
    // seconds to add (negative to subtract).
    QString serverNow() const;
    QString serverNowPlus() const;
    // SQL folding `expression` under ASCII case folding, the one rule names are compared and
    // searched by on both dialects (usernames are unique under it): SQLite's lower() folds A-Z
    // alone, PostgreSQL's every script (ZOË to zoë), so there translate() folds A-Z. The unique
    // index on usernames is on this same expression, so lookups by username use it.
    static QString asciiFolded(Dialect dialect, const QString& expression);
    QString asciiFolded(const QString& expression) const
    {
        return asciiFolded(dialect(), expression);
    }
    // "`expression` equals one bound value" under that folding.
    QString foldedEquals(const QString& expression) const
    {
        return asciiFolded(expression) + QStringLiteral(" = ") + asciiFolded(QStringLiteral("?"));
    }
    // Microseconds since 1970 UTC, kept whole (QDateTime has milliseconds): for comparisons
    // that must be exact, such as a token's iat against tokens_valid_after.
    QVariant toDbMicros(qint64 microsSinceEpoch) const;

    // Long reads call this between rows; set by Database for the running task.
    bool isCanceled() const { return m_canceled && m_canceled(); }
    void setCancelCheck(std::function<bool()> check) { m_canceled = std::move(check); }

    // Opens the connection if it is not open (or was lost); throws Failure Unavailable.
    void ensureOpen();
    // Around one task's work, for the ServerWatch. checkNotCut() throws when the watch cut the
    // connection meanwhile: a read cut mid-way may have seen the rows end early.
    void beginWork();
    void endWork();
    void checkNotCut();

private:
    // A value in the form toDb() gives it, as JSON (timestamps as ISO text in UTC).
    static QJsonValue jsonOf(const QVariant& value);
    // The values of one column of `rows` as one PostgreSQL array literal.
    static QString arrayOf(const QList<QVariantList>& rows, qsizetype column);
    // The prepared INSERT `sql` on this connection's SQLite handle (insertRows).
    SqliteInsert& sqliteInsert(const QString& sql);
    [[noreturn]] void fail(const QSqlError& error, const QString& what);
    void countStatement();
    void rollback();
    void close();

    ConnectionSettings m_settings;
    QString m_name;
    QSqlDatabase m_db;
    // Each cached query is shared with its lease while one is alive (see Statement); a query
    // still leased when the connection closes lives on until its lease ends.
    std::unordered_map<QString, std::shared_ptr<QSqlQuery>> m_statements;
    // insertRows' statements on SQLite's own handle (SqliteInsert), by their SQL.
    std::unordered_map<QString, std::unique_ptr<SqliteInsert>> m_sqliteInserts;
    std::function<bool()> m_canceled;
    bool m_broken = false;
    std::unique_ptr<WatchedConnection> m_watched;
    std::atomic<qint64>* m_statementsSent;
};
