#pragma once

#include "Actor.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVariant>

class ChangeFeed;
class Connection;

// What one service transaction changed: its audit rows (written in the transaction) and the
// entities to announce once it has committed.
class ChangeSet {
public:
    // One row's change, for recordAll().
    struct Entry {
        qint64 id = 0;
        QJsonObject oldValues;
        QJsonObject newValues;
    };

    ChangeSet() = default;
    explicit ChangeSet(Actor actor);

    const Actor& actor() const { return m_actor; }

    // Writes the audit_log row now, in the caller's transaction, and remembers the change.
    void record(Connection& connection, const QString& action, const QString& entity, qint64 id,
                const QJsonObject& oldValues, const QJsonObject& newValues);
    // record() for many rows of one action: the audit rows go out in multi-row INSERTs.
    void recordAll(Connection& connection, const QString& action, const QString& entity,
                   const QList<Entry>& entries);
    // An audit row for a change of many rows at once (a purge, an import): screens reload all.
    void recordBulk(Connection& connection, const QString& action, const QString& entity,
                    const QJsonObject& details);
    // An audit row with free-form details (a sign-in names the username tried); `id` may be
    // null when no row is concerned, else that row is announced as changed.
    void recordEvent(Connection& connection, const QString& action, const QString& entity,
                     qint64 id, const QJsonObject& details);
    // Remembers a change that has no audit row of its own (e.g. lines of an audited request).
    void touch(const QString& entity, qint64 id);

    // Before commit: the NOTIFYs other desktops receive when (and only if) it commits.
    void notify(Connection& connection, const ChangeFeed& feed) const;
    // After commit: this process's announcements.
    void announce(ChangeFeed& feed) const;

private:
    Actor m_actor;
    // entity -> changed ids; an empty list means any row of it.
    QMap<QString, QList<qint64>> changes() const;
    void insertAudit(Connection& connection, const QString& action, const QString& entity,
                     const QVariant& id, const QJsonObject& details) const;
    // audit_log.account_id: the actor, or NULL for none.
    QVariant accountValue() const;
    static QJsonObject detailsOf(const QJsonObject& oldValues, const QJsonObject& newValues);

    QMap<QString, QSet<qint64>> m_touched;
    QSet<QString> m_bulk; // entities changed as a whole, or in too many rows to name
};
