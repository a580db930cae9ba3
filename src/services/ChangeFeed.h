#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUuid>

class Connection;

// "This changed": announced after each commit in this process, and on PostgreSQL also sent to
// every other MealDesk as a NOTIFY inside the committing transaction (see PgChangeListener).
class ChangeFeed : public QObject {
    Q_OBJECT

public:
    explicit ChangeFeed(QObject* parent = nullptr);

    // Thread-safe; receivers on other threads get the signal queued. No ids: any row.
    void announce(const QString& entity, const QList<qint64>& ids);
    // Inside a transaction on PostgreSQL: queues the NOTIFYs that commit delivers, one per
    // entity, in one statement. No-op on SQLite.
    void notify(Connection& connection, const QMap<QString, QList<qint64>>& changes) const;
    // Turns a NOTIFY payload from another process into `changed`; ignores this process's own.
    void receive(const QString& payload);

    const QString& instanceId() const { return m_instanceId; }

Q_SIGNALS:
    void changed(const QString& entity, const QList<qint64>& ids);

private:
    const QString m_instanceId = QUuid::createUuid().toString(QUuid::Id128);
};
