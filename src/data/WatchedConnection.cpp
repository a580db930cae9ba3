#include "WatchedConnection.h"

#include "ServerWatch.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <unistd.h>

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
    const int socket = connection ? ::dup(PQsocket(connection)) : -1;
    if (socket < 0)
        return;
    m_watch.attach(this, socket,
                   {PQhost(connection), PQhostaddr(connection), PQport(connection),
                    PQdb(connection), PQuser(connection)});
}

void WatchedConnection::detach()
{
    m_watch.detach(this);
}

void WatchedConnection::begin()
{
    m_watch.begin(this);
}

void WatchedConnection::end()
{
    m_watch.end(this);
}

bool WatchedConnection::wasCut() const
{
    return m_watch.wasCut(this);
}

int WatchedConnection::patienceSeconds() const
{
    return static_cast<int>(m_watch.patience().count());
}
