#pragma once

#include "ConnectionSettings.h"
#include "WatchedConnection.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class ServerWatch;

// Lives in PgChangeListener's thread: its own connection LISTENs, and is reopened after the
// server went away (NOTIFYs are delivered only to a thread running an event loop).
class PgListenerWorker : public QObject {
    Q_OBJECT

public:
    // With a watch, a check waiting on a server that stopped answering is cut short.
    PgListenerWorker(const ConnectionSettings& settings, ServerWatch* watch);

    void start();
    void stop();
    // From any thread, before stop(): a failed check no longer reconnects.
    void requestStop() { m_stopping = true; }

Q_SIGNALS:
    void notified(const QString& payload);
    // Subscribed (again): what was sent while not listening is lost, so receivers reload.
    void listening();

private:
    void connectAndListen();
    void check();
    void close();
    // Work that waits on the server, under the watch.
    void watched(const std::function<void()>& work);

    ConnectionSettings m_settings;
    QString m_name;
    QSqlDatabase m_db;
    QTimer m_timer;
    std::unique_ptr<WatchedConnection> m_watched;
    std::atomic<bool> m_stopping{false};
};
