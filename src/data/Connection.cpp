#include "Connection.h"

#include "DbError.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

namespace {
const QString sqliteTimestampFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");
}

Connection::Connection(const ConnectionSettings& settings, QString name)
    : m_settings(settings)
    , m_name(std::move(name))
{
}

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    // The driver goes first: prepared statements end with the session, and queries that
    // outlive their driver skip the DEALLOCATE round trip (on a lost connection, a warning
    // for each cached statement).
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    m_statements.clear();
}

void Connection::finishAll()
{
    // SQLite cannot commit while a statement is still being read.
    for (auto& [sql, query] : m_statements)
        query->finish();
}

void Connection::ensureOpen()
{
    if (m_db.isValid() && m_db.isOpen() && !m_broken)
        return;
    close();
    m_broken = false;
    m_inTransaction = false;
    if (isPostgres()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setDatabaseName(m_settings.databaseName());
        m_db.setUserName(m_settings.user());
        m_db.setPassword(m_settings.password());
        m_db.setConnectOptions(m_settings.postgresConnectOptions());
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(m_settings.sqlitePath());
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open()) {
        const DbError e =
            DbError::fromSql(m_db.lastError(), dialect(),
                             QStringLiteral("Cannot open %1").arg(m_settings.displayUrl()));
        close();
        throw DbError(DbError::Kind::Unavailable, e.message());
    }
    try {
        if (isPostgres()) {
            execDirect(QStringLiteral("SET TIME ZONE 'UTC'"));
            // libpq prints server notices ("... already exists, skipping") on stderr.
            execDirect(QStringLiteral("SET client_min_messages TO warning"));
        } else {
            execDirect(QStringLiteral("PRAGMA journal_mode=WAL"));
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

void Connection::fail(const QSqlError& error, const QString& what)
{
    DbError e = DbError::fromSql(error, dialect(), what);
    if (e.isConnectionLost() || (isPostgres() && !m_db.isOpen()))
        m_broken = true;
    throw e;
}

QSqlQuery& Connection::exec(const QString& sql, const QVariantList& values)
{
    ensureOpen();
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            fail(query->lastError(), QStringLiteral("Preparing a statement failed"));
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery& query = *it->second;
    query.finish();
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        fail(error, QStringLiteral("The database refused the statement"));
    }
    return query;
}

void Connection::execDirect(const QString& sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        fail(query.lastError(), QStringLiteral("The database refused the statement"));
}

qint64 Connection::insert(const QString& sql, const QVariantList& values)
{
    QSqlQuery& query = exec(sql + QStringLiteral(" RETURNING id"), values);
    if (!query.next())
        throw DbError(DbError::Kind::Internal, QStringLiteral("An insert returned no id"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void Connection::inTransaction(const std::function<void()>& fn)
{
    ensureOpen();
    execDirect(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    m_inTransaction = true;
    try {
        fn();
        finishAll();
        execDirect(QStringLiteral("COMMIT"));
        m_inTransaction = false;
    } catch (...) {
        m_inTransaction = false;
        if (!m_broken && m_db.isOpen()) {
            finishAll();
            QSqlQuery rollback(m_db);
            if (!rollback.exec(QStringLiteral("ROLLBACK")))
                m_broken = true; // cannot tell the state: start over on a fresh connection
        }
        throw;
    }
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
    QString text = value.toString();
    // 'YYYY-MM-DD HH:MM:SS.ffffff': Qt parses at most milliseconds.
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0)
        text = text.left(dot + 4);
    QDateTime dt = QDateTime::fromString(text, dot >= 0 ? sqliteTimestampFormat
                                                        : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    dt.setTimeZone(QTimeZone::utc());
    return dt;
}
