#include "ServiceHost.h"

#include "Database.h"
#include "PgChangeListener.h"
#include "SqliteChangeWatch.h"

ServiceHost::ServiceHost(std::unique_ptr<Database> db, QObject* parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_services(*m_db, m_feed)
{
}

ServiceHost::~ServiceHost()
{
    // The services and the feed go after this: no task may still use them. Both watches are
    // hurried first, so a server that stopped answering costs one wait, not several.
    m_db->beginClosing();
    m_listener.reset();
    m_watch.reset();
    m_db->drain();
}

const ConnectionSettings& ServiceHost::settings() const
{
    return m_db->settings();
}

void ServiceHost::listen()
{
    if (m_listener || m_watch)
        return;
    if (m_db->dialect() == Dialect::SQLite) {
        // Also a child (tests find it); the pointer ends it before the database.
        m_watch = std::make_unique<SqliteChangeWatch>(*m_db, m_feed, this);
        // Watching once the first reading of the file's version is in.
        connect(m_watch.get(), &SqliteChangeWatch::checked, this, [this] {
            if (!m_listening) {
                m_listening = true;
                Q_EMIT listening();
            }
        });
        return;
    }
    m_listener = std::make_unique<PgChangeListener>(m_db->settings());
    connect(m_listener.get(), &PgChangeListener::notified, &m_feed, &ChangeFeed::receive);
    connect(m_listener.get(), &PgChangeListener::listening, this, [this] {
        m_listening = true;
        Q_EMIT listening();
    });
}
