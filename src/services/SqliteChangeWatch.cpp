#include "SqliteChangeWatch.h"

#include "ChangeFeed.h"
#include "Connection.h"
#include "Database.h"
#include "Failure.h"

const QStringList& SqliteChangeWatch::entities()
{
    static const QStringList list = {
        QStringLiteral("account"),       QStringLiteral("allowed_origin"),
        QStringLiteral("department"),    QStringLiteral("employee"),
        QStringLiteral("meal_request"),  QStringLiteral("meal_request_line"),
        QStringLiteral("revoked_token"),
    };
    return list;
}

SqliteChangeWatch::SqliteChangeWatch(Database& db, ChangeFeed& feed, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_feed(feed)
{
    connect(&m_reading, &QFutureWatcherBase::finished, this, &SqliteChangeWatch::onChecked);
    connect(&m_timer, &QTimer::timeout, this, &SqliteChangeWatch::check);
    m_timer.start(intervalMs);
    check();
}

void SqliteChangeWatch::check()
{
    if (m_reading.isRunning())
        return;
    // No transaction around it: a pragma that reads a counter.
    m_reading.setFuture(m_db.exclusive([](Connection& c) {
        Statement q = c.exec(QStringLiteral("PRAGMA data_version"));
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    }));
}

void SqliteChangeWatch::onChecked()
{
    qint64 version = 0;
    try {
        version = m_reading.future().result(); // finished: only rethrows a failure
    } catch (const Failure&) {
        // The file cannot be read now: the screens show that on their own reads.
        return;
    }
    const bool changed = m_version && *m_version != version;
    m_version = version;
    if (changed) {
        for (const QString& entity : entities())
            m_feed.announce(entity, {});
    }
    Q_EMIT checked(changed);
}
