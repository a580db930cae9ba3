#pragma once

#include "AccessPolicy.h"
#include "Actor.h"
#include "ChangeFeed.h"
#include "ConnectionSettings.h"
#include "JobTracker.h"
#include "ServiceHost.h"
#include "ServiceRegistry.h"

#include <QObject>

// What the screens share once signed in: the open database's services and change feed (with
// other desktops' changes on PostgreSQL), the jobs in progress, and the signed-in account.
class Session : public QObject {
    Q_OBJECT

public:
    // Follows other desktops' changes on PostgreSQL from now on.
    explicit Session(ServiceHost& host, QObject* parent = nullptr);

    const ConnectionSettings& settings() const { return m_host.settings(); }
    ChangeFeed& feed() { return m_host.feed(); }
    ServiceRegistry& services() { return m_host.services(); }
    JobTracker& jobs() { return m_jobs; }

    // The signed-in account (services re-check it on every call).
    const Actor& actor() const { return m_actor; }
    void setActor(const Actor& actor) { m_actor = actor; }
    // Whether the role map lets the signed-in account do this (what the GUI offers).
    bool may(Operation operation) const { return AccessPolicy::allows(m_actor, operation); }

    // PostgreSQL: whether other desktops' changes are followed.
    bool isListening() const { return m_host.isListening(); }

Q_SIGNALS:
    // PostgreSQL: other desktops' changes are followed again after the connection was lost; the
    // database is back.
    void reconnected();

private:
    ServiceHost& m_host;
    JobTracker m_jobs;
    Actor m_actor;
    bool m_listened = false;
};
