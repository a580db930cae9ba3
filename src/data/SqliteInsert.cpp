#include "SqliteInsert.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

namespace {

// NULL as QtSql reads it: a variant holding a null string, bytes, date, time, moment or uuid is
// not isNull().
bool isNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString*>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(value.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate*>(value.constData())->isNull();
    case QMetaType::QTime:
        return !static_cast<const QTime*>(value.constData())->isValid();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime*>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid*>(value.constData())->isNull();
    default:
        return false;
    }
}

// As QSQLITE binds a value (Qt 6.4): the same storage class and text, so that rows written here
// compare and read back as rows written through QSqlQuery do. Text is read in place (its
// characters, not utf16(), which would detach a literal), until the statement has run: the
// caller's rows outlive it.
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
        return sqlite3_bind_text16(statement, index, text->constData(),
                                   int(text->size() * qsizetype(sizeof(QChar))), SQLITE_STATIC);
    }
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.constData(),
                                   int(text.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

SqliteInsert::SqliteInsert(sqlite3* db)
    : m_db(db)
{
}

SqliteInsert::~SqliteInsert()
{
    sqlite3_finalize(m_statement);
}

bool SqliteInsert::prepare(const QString& sql)
{
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &m_statement, nullptr) != SQLITE_OK)
        return failed();
    return true;
}

bool SqliteInsert::run(const QList<QVariantList>& rows, qsizetype from, qsizetype count)
{
    int index = 0;
    for (qsizetype r = from; r < from + count; ++r) {
        for (const QVariant& value : rows.at(r)) {
            if (bind(m_statement, ++index, value) != SQLITE_OK)
                return failed();
        }
    }
    // A parameter left out would keep the previous run's value, whose text is gone.
    if (index != sqlite3_bind_parameter_count(m_statement)) {
        m_error = QSqlError(QStringLiteral("Parameter count mismatch"), QString(),
                            QSqlError::StatementError);
        return false;
    }
    const bool done = sqlite3_step(m_statement) == SQLITE_DONE;
    // The error is read before the reset, which may put another in its place.
    const bool ok = done || failed();
    sqlite3_reset(m_statement);
    return ok;
}

bool SqliteInsert::failed()
{
    m_error = QSqlError(QStringLiteral("Unable to execute statement"),
                        QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                        QString::number(sqlite3_extended_errcode(m_db)));
    return false;
}
