#include "WatchedConnection.h"

#include "ServerWatch.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

WatchedConnection::WatchedConnection(ServerWatch& watch)
    : m_watch(watch)
{
    m_watch.add(this);
}

WatchedConnection::~WatchedConnection()
{
    m_watch.remove(this);
}

void WatchedConnection::attach(const QSqlDriver* driver)
{
    // QPSQL's handle holds a PGconn*, which Qt names after libpq's struct.
    const QVariant handle = driver->handle();
    const char* type = handle.typeName();
    if (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0)
        return;
    const PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return;
    std::lock_guard lock(m_watch.m_mutex);
    ServerWatch::Entry* e = m_watch.entryOf(this);
    e->socket = PQsocket(connection);
    e->host = PQhost(connection);
    e->port = PQport(connection);
    // A connection opened: the server answers again.
    m_watch.m_unanswered = false;
}

void WatchedConnection::detach()
{
    std::lock_guard lock(m_watch.m_mutex);
    m_watch.entryOf(this)->socket = -1;
}

void WatchedConnection::begin()
{
    std::lock_guard lock(m_watch.m_mutex);
    ServerWatch::Entry* e = m_watch.entryOf(this);
    e->busySince = ServerWatch::Clock::now();
    e->askedAt.reset();
    e->cut = false;
}

void WatchedConnection::end()
{
    std::lock_guard lock(m_watch.m_mutex);
    m_watch.entryOf(this)->busySince.reset();
}

bool WatchedConnection::wasCut() const
{
    std::lock_guard lock(m_watch.m_mutex);
    return m_watch.entryOf(this)->cut;
}

int WatchedConnection::patienceSeconds() const
{
    return static_cast<int>(m_watch.patience().count());
}
