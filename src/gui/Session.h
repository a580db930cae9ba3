#pragma once

#include "AccessPolicy.h"
#include "Actor.h"
#include "ChangeFeed.h"
#include "JobTracker.h"
#include "ServiceRegistry.h"

#include <QObject>

#include <memory>

class Database;
class PgChangeListener;

// What the screens share once a database is open: its services and change feed (with other
// desktops' changes on PostgreSQL), the jobs in progress, and the signed-in account.
class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(Database& db, QObject* parent = nullptr);
    ~Session() override;

    Database& database() { return m_db; }
    ChangeFeed& feed() { return m_feed; }
    ServiceRegistry& services() { return m_services; }
    JobTracker& jobs() { return m_jobs; }

    // The signed-in account (services re-check it on every call).
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }
    // Whether the role map lets the signed-in account do this (what the GUI offers).
    bool may(Operation operation) const { return AccessPolicy::allows(m_actor, operation); }

    // PostgreSQL: whether other desktops' changes are followed (see listening()).
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // PostgreSQL: other desktops' changes are followed from now on (first time or again after a
    // lost connection, when changes may have been missed).
    void listening();

private:
    Database& m_db;
    ChangeFeed m_feed;
    std::unique_ptr<PgChangeListener> m_listener;
    ServiceRegistry m_services;
    JobTracker m_jobs;
    Actor m_actor;
    bool m_listening = false;
};
