#include "SqliteInsert.h"

#include "Dialect.h"
#include "SqlFailure.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlError>

#include <sqlite3.h>

namespace {

// NULL as QtSql reads it: a variant holding a null string, bytes or moment is not isNull().
bool isNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    default:
        return false;
    }
}

// As QSQLITE binds a value (Qt 6.4): the same storage class and text, so that rows written here
// compare and read back as rows written through QSqlQuery do. Text is read in place, until the
// statement has run (the caller's rows outlive it).
int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (isNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()),
                                 SQLITE_STATIC);
    }
    case QMetaType::QString: {
        const auto* text = static_cast<const QString*>(value.constData());
        return sqlite3_bind_text16(statement, index, text->utf16(),
                                   int(text->size() * qsizetype(sizeof(char16_t))), SQLITE_STATIC);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(),
                                   int(text.size() * qsizetype(sizeof(char16_t))),
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

SqliteInsert::SqliteInsert(sqlite3* db, const QString& sql)
    : m_db(db)
{
    const QByteArray text = sql.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, text.constData(), int(text.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        const Failure refused = failure(QStringLiteral("Preparing a statement failed"));
        sqlite3_finalize(m_statement);
        throw refused;
    }
}

SqliteInsert::~SqliteInsert()
{
    sqlite3_finalize(m_statement);
}

void SqliteInsert::run(const QList<QVariantList>& rows, qsizetype from, qsizetype count)
{
    int index = 0;
    for (qsizetype r = from; r < from + count; ++r) {
        for (const QVariant& value : rows.at(r)) {
            if (bind(m_statement, ++index, value) != SQLITE_OK)
                throw failure(QStringLiteral("The database refused the statement"));
        }
    }
    if (sqlite3_step(m_statement) != SQLITE_DONE) {
        // Read before the reset, which may put another error in its place.
        const Failure refused = failure(QStringLiteral("The database refused the statement"));
        sqlite3_reset(m_statement);
        throw refused;
    }
    sqlite3_reset(m_statement);
}

Failure SqliteInsert::failure(const QString& what) const
{
    // The extended code, as QSQLITE reports it.
    const QSqlError error(QStringLiteral("Unable to execute statement"),
                          QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                          QString::number(sqlite3_extended_errcode(m_db)));
    return SqlFailure::from(error, Dialect::SQLite, what);
}
