#include "SqlFailure.h"

#include "Dialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

#include <libpq-fe.h>

namespace {

struct Mapping {
    Failure::Kind kind;
    bool transient = false;
    bool connectionLost = false;
    // When not empty: says what is wrong instead of the driver's text.
    QString explanation = {};
};

Mapping mapPostgres(const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        return {Failure::Kind::Conflict, true};
    if (code.startsWith(QLatin1String("23")))
        return {Failure::Kind::Constraint};
    if (code == QLatin1String("42501"))
        return {Failure::Kind::Permission};
    // lock_timeout and statement_timeout (Connection's defaults): busy, not broken.
    if (code == QLatin1String("55P03"))
        return {Failure::Kind::Unavailable, false, false,
                QCoreApplication::translate(
                    "SqlFailure", "someone else is changing the same rows; try again in a moment")};
    if (code == QLatin1String("57014"))
        return {Failure::Kind::Unavailable, false, false,
                QCoreApplication::translate(
                    "SqlFailure", "the database did not answer in time; try again in a moment")};
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return {Failure::Kind::Unavailable, false, true};
    // A broken connection reports an empty SQLSTATE (see docs/ARCHITECTURE.md).
    if (code.isEmpty() && error.type() != QSqlError::NoError)
        return {Failure::Kind::Unavailable, false, true};
    return {Failure::Kind::Internal};
}

Mapping mapSqlite(const QSqlError& error)
{
    // QSQLITE reports extended result codes; the primary code is the low byte.
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    switch (primary) {
    case 19:
        return {Failure::Kind::Constraint}; // SQLITE_CONSTRAINT
    case 5:                                 // SQLITE_BUSY: still, after the busy timeout
        return {Failure::Kind::Unavailable, true, false,
                QCoreApplication::translate("SqlFailure",
                                            "the database is busy with another program's change; "
                                            "try again in a moment")};
    case 6:
        return {Failure::Kind::Unavailable, true}; // SQLITE_LOCKED
    case 3:
        return {Failure::Kind::Permission}; // SQLITE_PERM
    case 8: // SQLITE_READONLY: also a WAL database whose folder is read-only, even to read it
        return {Failure::Kind::Permission, false, false,
                QCoreApplication::translate(
                    "SqlFailure",
                    "the database file or its folder cannot be written (SQLite needs to write "
                    "beside the file even to read it): check their permissions and the disk")};
    case 13: // SQLITE_FULL: a full disk, or the file's page limit (max_page_count)
        return {Failure::Kind::Unavailable, false, false,
                QCoreApplication::translate(
                    "SqlFailure",
                    "the database is full: the disk holding it (or its temporary files) has no "
                    "room left, or the file reached its size limit; free some space and try "
                    "again")};
    case 14:
        return {Failure::Kind::Unavailable, false, true}; // SQLITE_CANTOPEN
    default:
        break;
    }
    if (error.type() == QSqlError::ConnectionError && error.nativeErrorCode().isEmpty())
        return {Failure::Kind::Unavailable, false, true};
    return {Failure::Kind::Internal};
}

// libpq's text for a server certificate that fails verification names OpenSSL's reason only;
// the hosts and the other attempts' lines around it stay as they are.
QString explainPostgresText(QString text)
{
    return text.replace(
        QLatin1String("SSL error: certificate verify failed"),
        QCoreApplication::translate(
            "SqlFailure",
            "the server's certificate is not trusted: the certificate authority in sslrootcert "
            "(by default ~/.postgresql/root.crt) did not sign it, or it has expired or been "
            "revoked"));
}

// libpq's text for a statement whose session the server ended: the server's FATAL line says why;
// the statement's position and libpq's guess that the server "terminated abnormally" (it did
// not: it was restarted, or someone ended the session) only confuse.
QString explainLostSession(const QString& text)
{
    static const QRegularExpression fatal(QStringLiteral("FATAL:\\s*([^\\n]+)"));
    const QRegularExpressionMatch reason = fatal.match(text);
    if (reason.hasMatch())
        return QCoreApplication::translate("SqlFailure",
                                           "the database server ended the connection (%1)")
            .arg(reason.captured(1).trimmed());
    if (text.contains(QLatin1String("server closed the connection unexpectedly")))
        return QCoreApplication::translate("SqlFailure",
                                           "the database server closed the connection");
    return text;
}

} // namespace

Failure SqlFailure::from(const QSqlError& error, Dialect dialect, const QString& what)
{
    const Mapping m = dialect == Dialect::PostgreSQL ? mapPostgres(error) : mapSqlite(error);
    // QPSQL appends "(SQLSTATE)" to the server's text, "()" when the connection is gone; the
    // code is kept in the cause.
    QString detail = m.explanation.isEmpty() ? error.databaseText().trimmed() : m.explanation;
    const QString codeSuffix = QLatin1Char('(') + error.nativeErrorCode() + QLatin1Char(')');
    if (dialect == Dialect::PostgreSQL) {
        if (detail.endsWith(codeSuffix))
            detail = detail.chopped(codeSuffix.size()).trimmed();
        detail = explainPostgresText(detail);
        // A failed connection attempt keeps its text: it says which host refused and why.
        if (m.connectionLost && error.type() != QSqlError::ConnectionError)
            detail = explainLostSession(detail);
    }
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    if (detail.isEmpty())
        detail = QStringLiteral("the connection to the database was lost");
    return Failure(m.kind, QStringLiteral("%1: %2").arg(what, detail),
                   Failure::Cause{error.nativeErrorCode(), m.transient, m.connectionLost});
}

bool SqlFailure::isPasswordRefused(const QSqlError& error)
{
    // A failed connection carries no SQLSTATE (QPSQL finishes libpq's connection at once), so
    // the text decides: libpq's own, never translated (PQnoPasswordSupplied), and the server's
    // for SQLSTATE 28P01 in English (lc_messages); a server speaking another language falls
    // back to the plain connection error.
    const QString text = error.databaseText();
    return error.nativeErrorCode() == QLatin1String("28P01") ||
           text.contains(QLatin1String(PQnoPasswordSupplied).trimmed()) ||
           text.contains(QLatin1String("password authentication failed"));
}
