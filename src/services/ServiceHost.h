#pragma once

#include "ChangeFeed.h"
#include "ConnectionSettings.h"
#include "ServiceRegistry.h"

#include <QObject>

#include <memory>

class Database;
class PgChangeListener;
class SqliteChangeWatch;

// An open database with everything that works on it: the services, the change feed and, once
// asked to listen on PostgreSQL, other desktops' changes. The composition roots (the window's
// start-up, the command-line tool) make the Database and hand it over; everything above the
// services reaches it through here. Destroyed, it first waits for every task the database was
// given, so no task or continuation outlives the feed or a service it uses.
class ServiceHost : public QObject {
    Q_OBJECT

public:
    explicit ServiceHost(std::unique_ptr<Database> db, QObject* parent = nullptr);
    ~ServiceHost() override;

    // For the composition roots (migration) and tests.
    Database& database() { return *m_db; }
    const ConnectionSettings& settings() const;
    ChangeFeed& feed() { return m_feed; }
    ServiceRegistry& services() { return m_services; }

    // Follows other desktops' (and processes') changes from now on: PostgreSQL's NOTIFYs on a
    // thread of its own, SQLite's file version every second (SqliteChangeWatch). No-op when
    // already listening.
    void listen();
    // Whether other desktops' changes are followed now (see listening()).
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // Subscribed, first time or again after a lost connection (changes may have been missed).
    void listening();

private:
    // Declared first, destroyed last: every task that announces on it has ended by then.
    ChangeFeed m_feed;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PgChangeListener> m_listener;
    std::unique_ptr<SqliteChangeWatch> m_watch;
    ServiceRegistry m_services;
    bool m_listening = false;
};
