#include "SqlMessages.h"

#include <QLibrary>
#include <QString>
#include <QVariant>

#include <algorithm>
#include <iterator>

// Off unless QT_LOGGING_RULES turns it on: no message is less severe than fatal.
Q_LOGGING_CATEGORY(lcSql, "mealdesk.sql", QtFatalMsg)

namespace {

QtMessageHandler previousHandler = nullptr;
thread_local bool databaseThread = false;

// Qt's SQL classes and drivers warn through the default category, on a database thread or with
// their text naming the class ("QSqlQuery::exec: database not open") or the driver.
bool isSqlMessage(const QMessageLogContext& context, const QString& message)
{
    const QLatin1StringView category(context.category ? context.category : "default");
    if (category.startsWith(QLatin1String("qt.sql")) ||
        category == QLatin1StringView(lcSql().categoryName()))
        return true;
    if (category != QLatin1String("default"))
        return false;
    if (databaseThread)
        return true;
    static const QLatin1StringView prefixes[] = {
        QLatin1StringView("QSql"), QLatin1StringView("QPSQL"), QLatin1StringView("QSQLITE"),
        QLatin1StringView("This version of PostgreSQL")};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&message](QLatin1StringView p) { return message.startsWith(p); });
}

void routeMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtFatalMsg && isSqlMessage(context, message)) {
        if (!lcSql().isEnabled(type))
            return;
        const QMessageLogContext routed(context.file, context.line, context.function,
                                        lcSql().categoryName());
        previousHandler(type, routed, message);
        return;
    }
    previousHandler(type, context, message);
}

// libpq's notice processor: the server's NOTICE and WARNING text, one line with its newline.
void logNotice(void*, const char* message)
{
    qCWarning(lcSql, "%s", qUtf8Printable(QString::fromUtf8(message).trimmed()));
}

using NoticeProcessor = void (*)(void*, const char*);
using SetNoticeProcessor = NoticeProcessor (*)(void*, NoticeProcessor, void*);

} // namespace

void SqlMessages::install()
{
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(routeMessage);
}

void SqlMessages::markDatabaseThread()
{
    databaseThread = true;
}

void SqlMessages::captureNotices(const QVariant& postgresHandle)
{
    // QPSQL's handle holds a PGconn*, which Qt names after libpq's struct.
    const char* type = postgresHandle.typeName();
    if (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0)
        return;
    void* connection = *static_cast<void* const*>(postgresHandle.constData());
    // libpq is already loaded by the QPSQL driver; resolving it here needs no libpq-dev.
    static const auto setNoticeProcessor = reinterpret_cast<SetNoticeProcessor>(
        QLibrary::resolve(QStringLiteral("pq"), 5, "PQsetNoticeProcessor"));
    if (connection && setNoticeProcessor)
        setNoticeProcessor(connection, &logNotice, nullptr);
}
