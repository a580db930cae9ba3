#include "Connection.h"

#include "SqlFailure.h"
#include "SqlMessages.h"
#include "SqliteInsert.h"
#include "WatchedConnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <iterator>

namespace {

// PostgreSQL's limits on one statement and on waiting for a row lock, when the connection sets
// none itself: an interactive user gets an answer rather than a frozen window.
constexpr int statementTimeoutMs = 60000;
constexpr int lockTimeoutMs = 5000;

const QString sqliteTimestampFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

// The number the ASCII digits text[from, from + count) spell; -1 when one is not a digit.
int digitsAt(const QString& text, qsizetype from, qsizetype count)
{
    int n = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        n = n * 10 + (c - u'0');
    }
    return n;
}

const QTimeZone& utcZone()
{
    static const QTimeZone zone = QTimeZone::utc();
    return zone;
}

} // namespace

Connection::Connection(const ConnectionSettings& settings, QString name, ServerWatch* watch,
                       std::atomic<qint64>* statementsSent)
    : m_settings(settings)
    , m_name(std::move(name))
    , m_watched(watch ? std::make_unique<WatchedConnection>(*watch) : nullptr)
    , m_statementsSent(statementsSent)
{
}

void Connection::countStatement()
{
    if (m_statementsSent)
        m_statementsSent->fetch_add(1, std::memory_order_relaxed);
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    // QSQLITE closes with sqlite3_close, which keeps a handle with statements still prepared
    // open (and Qt forgets it): SQLite's own go before the driver.
    m_sqliteInserts.clear();
    // Then the driver: prepared statements end with the session, and queries that outlive
    // their driver skip the DEALLOCATE round trip (on a lost connection, a warning for each
    // cached statement).
    if (m_db.isValid()) {
        if (m_watched)
            m_watched->detach();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    m_statements.clear();
}

void Connection::ensureOpen()
{
    if (m_db.isValid() && m_db.isOpen() && !m_broken)
        return;
    close();
    m_broken = false;
    if (isPostgres()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setDatabaseName(m_settings.databaseName());
        m_db.setUserName(m_settings.user());
        m_db.setPassword(m_settings.password());
        m_db.setConnectOptions(m_settings.postgresConnectOptions());
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(m_settings.sqlitePath());
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sqliteBusyTimeoutMs));
    }
    if (!m_db.open()) {
        const QSqlError error = m_db.lastError();
        const Failure e = SqlFailure::from(
            error, dialect(), QStringLiteral("Cannot open %1").arg(m_settings.displayUrl()));
        close();
        // The password is the input at fault: the window asks for it again.
        if (isPostgres() && SqlFailure::isPasswordRefused(error))
            throw Failure(Failure::Kind::Permission, e.message(), QStringLiteral("password"));
        throw Failure(Failure::Kind::Unavailable, e.message());
    }
    try {
        if (isPostgres()) {
            if (m_watched)
                m_watched->attach(m_db.driver());
            // libpq would print the server's notices on standard error.
            SqlMessages::captureNotices(m_db.driver()->handle());
            execDirect(QStringLiteral("SET TIME ZONE 'UTC'"));
            execDirect(QStringLiteral("SET client_min_messages TO warning"));
            // Bounded waits for interactive work, unless the URL's options, the role or the
            // database chose a limit (0 included): only settings still at their default change.
            execDirect(QStringLiteral("SELECT set_config(d.name, d.value, false) FROM (VALUES "
                                      "('statement_timeout', '%1'), ('lock_timeout', '%2')) AS "
                                      "d(name, value) JOIN pg_settings s ON s.name = d.name "
                                      "WHERE s.source = 'default'")
                           .arg(statementTimeoutMs)
                           .arg(lockTimeoutMs));
        } else {
            // Switching a new file to WAL fails at once while another program writes it or
            // switches it too: SQLite skips the busy handler there (it could deadlock), so this
            // waits as the handler would.
            QElapsedTimer waited;
            waited.start();
            for (unsigned long attempt = 1;; ++attempt) {
                try {
                    execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
                    break;
                } catch (const Failure& e) {
                    if (!e.isTransient() || waited.elapsed() >= sqliteBusyTimeoutMs)
                        throw;
                    QThread::msleep(std::min(5 * attempt, 100UL));
                }
            }
            execDirect(QStringLiteral("PRAGMA foreign_keys=ON"));
            execDirect(QStringLiteral("PRAGMA synchronous=NORMAL"));
        }
    } catch (...) {
        // Half set up (say, SQLite busy before foreign_keys=ON) it must not be used: the
        // next ensureOpen() starts over.
        close();
        throw;
    }
}

void Connection::beginWork()
{
    if (m_watched)
        m_watched->begin();
}

void Connection::endWork()
{
    if (m_watched)
        m_watched->end();
}

void Connection::checkNotCut()
{
    if (!m_watched || !m_watched->wasCut())
        return;
    // Not a lost connection to reopen at once: the server does not answer a new one either.
    m_broken = true;
    throw Failure(
        Failure::Kind::Unavailable,
        QCoreApplication::translate(
            "Connection",
            "The database server at %1 stopped answering: it did not answer a new "
            "connection within %2 seconds either. MealDesk closed the connection; try again "
            "when the server answers.")
            .arg(m_settings.displayUrl())
            .arg(m_watched->patienceSeconds()));
}

void Connection::fail(const QSqlError& error, const QString& what)
{
    checkNotCut();
    Failure e = SqlFailure::from(error, dialect(), what);
    if (e.isConnectionLost() || (isPostgres() && !m_db.isOpen()))
        m_broken = true;
    throw e;
}

Statement Connection::exec(const QString& sql, const QVariantList& values)
{
    ensureOpen();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            fail(query->lastError(), QStringLiteral("Preparing a statement failed"));
        it = m_statements.emplace(sql, std::move(query)).first;
    } else if (it->second.use_count() > 1) {
        // Running it again would end the result the lease is still reading.
        throw Failure(Failure::Kind::Internal,
                      QStringLiteral("The statement %1 is still being read: it cannot run again "
                                     "before that read ends.")
                          .arg(sql));
    }
    QSqlQuery& query = *it->second;
    countStatement();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        fail(error, QStringLiteral("The database refused the statement"));
    }
    return Statement(it->second);
}

void Connection::execDirect(const QString& sql)
{
    countStatement();
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query.lastError(), QStringLiteral("The database refused the statement"));
}

qint64 Connection::insert(const QString& sql, const QVariantList& values)
{
    Statement query = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!query.next())
        throw Failure(Failure::Kind::Internal, QStringLiteral("An insert returned no id"));
    return query.value(0).toLongLong();
}

void Connection::insertRows(const QString& table, const QList<Column>& columns,
                            const QList<QVariantList>& rows)
{
    QStringList names;
    for (const Column& column : columns)
        names << column.first;
    const QString nameList = names.join(QLatin1Char(','));
    if (isPostgres()) {
        // Many rows in one statement, one bound value per column: QPSQL writes each bound value
        // into the statement's text, which the server then parses, so a value per field would
        // cost more than the rows. An array per column is cheap to write here and to read there
        // (JSON objects cost both sides about a third more). Rows go in slices so that the text,
        // held several times over on its way out, stays small.
        static constexpr qsizetype sliceRows = 500;
        QStringList arrays;
        for (const Column& column : columns)
            arrays << QStringLiteral("CAST(? AS %1[])").arg(column.second);
        const QString sql = QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                                .arg(table, nameList, arrays.join(QLatin1Char(',')));
        for (qsizetype next = 0; next < rows.size(); next += sliceRows) {
            const QList<QVariantList> slice = rows.mid(next, sliceRows);
            QVariantList values;
            values.reserve(columns.size());
            for (qsizetype i = 0; i < columns.size(); ++i)
                values << arrayOf(slice, i);
            exec(sql, values);
        }
        return;
    }
    // SQLite binds values natively, and reads JSON once per field: multi-row INSERTs in a few
    // fixed chunk sizes (at most four prepared statements per table) are the faster way there,
    // bound through SQLite's own API (SqliteInsert).
    static constexpr qsizetype chunkSizes[] = {64, 16, 4, 1};
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QString tuple = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, nameList);
    qsizetype next = 0;
    while (next < rows.size()) {
        const qsizetype remaining = rows.size() - next;
        const qsizetype size =
            *std::find_if(std::begin(chunkSizes), std::end(chunkSizes),
                          [remaining](qsizetype chunk) { return chunk <= remaining; });
        QStringList tuples;
        tuples.fill(tuple, size);
        SqliteInsert& insert = sqliteInsert(head + tuples.join(QLatin1Char(',')));
        countStatement();
        if (!insert.run(rows, next, size))
            fail(insert.lastError(), QStringLiteral("The database refused the statement"));
        next += size;
    }
}

SqliteInsert& Connection::sqliteInsert(const QString& sql)
{
    ensureOpen();
    auto it = m_sqliteInserts.find(sql);
    if (it == m_sqliteInserts.end()) {
        const QVariant handle = m_db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            throw Failure(Failure::Kind::Internal,
                          QStringLiteral("The SQLite driver gave no handle of its own"));
        auto insert =
            std::make_unique<SqliteInsert>(*static_cast<sqlite3* const*>(handle.constData()));
        if (!insert->prepare(sql))
            fail(insert->lastError(), QStringLiteral("Preparing a statement failed"));
        it = m_sqliteInserts.emplace(sql, std::move(insert)).first;
    }
    return *it->second;
}

QString Connection::rowsFrom(const QList<Column>& columns, const QString& alias) const
{
    QStringList fields;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const auto& [name, type] = columns.at(i);
        // PostgreSQL casts each value to its type; SQLite takes JSON's own.
        fields << (isPostgres()
                       ? QStringLiteral("CAST(value->>%1 AS %2) AS %3").arg(i).arg(type, name)
                       : QStringLiteral("json_extract(value, '$[%1]') AS %2").arg(i).arg(name));
    }
    return QStringLiteral("(SELECT %1 FROM %2) AS %3")
        .arg(fields.join(QStringLiteral(", ")),
             isPostgres() ? QStringLiteral("json_array_elements(CAST(? AS json))")
                          : QStringLiteral("json_each(?)"),
             alias);
}

QJsonValue Connection::jsonOf(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return QJsonValue::fromVariant(value);
}

QString Connection::arrayOf(const QList<QVariantList>& rows, qsizetype column)
{
    // PostgreSQL's array text: every value quoted (so that no text reads as NULL), with its
    // quotes and backslashes escaped.
    QString array;
    array.reserve(rows.size() * 16);
    array += QLatin1Char('{');
    // Rows written together mostly share one moment, and formatting it is the costliest part.
    QDateTime lastMoment;
    QString lastMomentText;
    for (const QVariantList& row : rows) {
        if (array.size() > 1)
            array += QLatin1Char(',');
        const QVariant& value = row.at(column);
        if (value.isNull()) {
            array += QLatin1String("NULL");
            continue;
        }
        QString text;
        if (value.metaType() == QMetaType::fromType<QDateTime>()) {
            const QDateTime moment = value.toDateTime().toUTC();
            if (lastMomentText.isNull() || moment != lastMoment) {
                lastMoment = moment;
                lastMomentText = moment.toString(Qt::ISODateWithMs);
            }
            text = lastMomentText;
        } else {
            text = value.toString();
        }
        array += QLatin1Char('"');
        for (const QChar ch : text) {
            if (ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
                array += QLatin1Char('\\');
            array += ch;
        }
        array += QLatin1Char('"');
    }
    array += QLatin1Char('}');
    return array;
}

QVariant Connection::rowsValue(const QList<QVariantList>& rows)
{
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonArray values;
        for (const QVariant& value : row)
            values.append(jsonOf(value));
        array.append(values);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void Connection::inTransaction(const std::function<void()>& fn)
{
    ensureOpen();
    execDirect(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    try {
        fn();
        // The last moment a canceled write can still report the truth: nothing written.
        if (isCanceled())
            throw Canceled();
        execDirect(QStringLiteral("COMMIT"));
    } catch (...) {
        rollback();
        throw;
    }
}

void Connection::rollback()
{
    if (m_broken || !m_db.isOpen())
        return;
    countStatement();
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        m_broken = true; // cannot tell the state: start over on a fresh connection
}

QVariant Connection::toDb(const QDateTime& value) const
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    const QDateTime utc = value.toUTC();
    if (isPostgres())
        return utc;
    // Qt formats milliseconds; SQLAlchemy reads six fractional digits.
    return QString(utc.toString(sqliteTimestampFormat) + QStringLiteral("000"));
}

QString Connection::serverNow() const
{
    return isPostgres() ? QStringLiteral("clock_timestamp()")
                        : QStringLiteral("(strftime('%Y-%m-%d %H:%M:%f', 'now') || '000')");
}

QString Connection::serverNowPlus() const
{
    return isPostgres()
               ? QStringLiteral("(clock_timestamp() + make_interval(secs => ?))")
               : QStringLiteral("(strftime('%Y-%m-%d %H:%M:%f', 'now', ? || ' seconds') || '000')");
}

QString Connection::asciiFolded(Dialect dialect, const QString& expression)
{
    return dialect == Dialect::PostgreSQL
               ? QStringLiteral("translate(%1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                "'abcdefghijklmnopqrstuvwxyz')")
                     .arg(expression)
               : QStringLiteral("lower(%1)").arg(expression);
}

QVariant Connection::toDbMicros(qint64 micros) const
{
    const qint64 seconds = micros >= 0 ? micros / 1000000 : (micros - 999999) / 1000000;
    const qint64 fraction = micros - seconds * 1000000;
    const QString text = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.")) +
                         QStringLiteral("%1").arg(fraction, 6, 10, QLatin1Char('0'));
    // Text in the stored form: SQLite compares it as text, PostgreSQL casts it to timestamptz.
    return isPostgres() ? QVariant(text + QStringLiteral("+00")) : QVariant(text);
}

QDateTime Connection::fromDb(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    // 'YYYY-MM-DD HH:MM:SS[.ffffff]' in UTC, read by position: QDateTime::fromString would build
    // a local time first, and each local time costs glibc a stat() of /etc/localtime (it was
    // most of the time a page of rows took).
    const QString text = value.toString();
    if (text.size() < 19 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-') ||
        text[10] != QLatin1Char(' ') || text[13] != QLatin1Char(':') ||
        text[16] != QLatin1Char(':'))
        return {};
    int milliseconds = 0;
    if (text.size() > 19) {
        const qsizetype fraction = text.size() - 20;
        if (text[19] != QLatin1Char('.') || fraction < 1 || fraction > 9 ||
            digitsAt(text, 20, fraction) < 0)
            return {};
        // QDateTime keeps milliseconds: the first three digits.
        const qsizetype kept = std::min<qsizetype>(fraction, 3);
        milliseconds = digitsAt(text, 20, kept) * (kept == 1 ? 100 : kept == 2 ? 10 : 1);
    }
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2),
                     milliseconds);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, utcZone());
}
