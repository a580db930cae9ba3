#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

// Lives in PgChangeListener's thread: its own connection LISTENs, and is reopened after the
// server went away (NOTIFYs are delivered only to a thread running an event loop).
class PgListenerWorker : public QObject {
    Q_OBJECT

public:
    explicit PgListenerWorker(const ConnectionSettings& settings);

    void start();
    void stop();

Q_SIGNALS:
    void notified(const QString& payload);
    // Subscribed (again): what was sent while not listening is lost, so receivers reload.
    void listening();

private:
    void connectAndListen();
    void check();
    void close();

    ConnectionSettings m_settings;
    QString m_name;
    QSqlDatabase m_db;
    QTimer m_timer;
};
