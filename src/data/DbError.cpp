#include "DbError.h"

#include "Dialect.h"

#include <QSqlError>

DbError::DbError(Kind kind, QString message, QString field)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_field(std::move(field))
    , m_utf8(m_message.toUtf8())
{
}

QString DbError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Validation:
        return QStringLiteral("Validation");
    case Kind::NotFound:
        return QStringLiteral("NotFound");
    case Kind::Conflict:
        return QStringLiteral("Conflict");
    case Kind::Constraint:
        return QStringLiteral("Constraint");
    case Kind::Permission:
        return QStringLiteral("Permission");
    case Kind::Unavailable:
        return QStringLiteral("Unavailable");
    case Kind::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Internal");
}

namespace {

struct Mapping {
    DbError::Kind kind;
    bool transient = false;
    bool connectionLost = false;
};

Mapping mapPostgres(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return {DbError::Kind::Conflict, true};
    if (code.startsWith(QLatin1String("23")))
        return {DbError::Kind::Constraint};
    if (code == QLatin1String("42501"))
        return {DbError::Kind::Permission};
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return {DbError::Kind::Unavailable, false, true};
    // A broken connection reports an empty SQLSTATE (see docs/ARCHITECTURE.md).
    if (code.isEmpty() && error.type() == QSqlError::ConnectionError)
        return {DbError::Kind::Unavailable, false, true};
    if (code.isEmpty() && error.type() != QSqlError::NoError)
        return {DbError::Kind::Unavailable, false, true};
    return {DbError::Kind::Internal};
}

Mapping mapSqlite(const QSqlError& error)
{
    // QSQLITE reports extended result codes; the primary code is the low byte.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    switch (primary) {
    case 19:
        return {DbError::Kind::Constraint}; // SQLITE_CONSTRAINT
    case 5:                                 // SQLITE_BUSY
    case 6:
        return {DbError::Kind::Unavailable, true}; // SQLITE_LOCKED
    case 3:
        return {DbError::Kind::Permission}; // SQLITE_PERM
    case 8:
        return {DbError::Kind::Permission}; // SQLITE_READONLY
    case 14:
        return {DbError::Kind::Unavailable, false, true}; // SQLITE_CANTOPEN
    default:
        break;
    }
    if (error.type() == QSqlError::ConnectionError && error.nativeErrorCode().isEmpty())
        return {DbError::Kind::Unavailable, false, true};
    return {DbError::Kind::Internal};
}

} // namespace

DbError DbError::fromSql(const QSqlError& error, Dialect dialect, const QString& what)
{
    const Mapping m = dialect == Dialect::PostgreSQL ? mapPostgres(error) : mapSqlite(error);
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    if (detail.isEmpty())
        detail = QStringLiteral("the connection to the database was lost");
    DbError e(m.kind, QStringLiteral("%1: %2").arg(what, detail));
    e.m_nativeCode = error.nativeErrorCode();
    e.m_transient = m.transient;
    e.m_connectionLost = m.connectionLost;
    return e;
}
