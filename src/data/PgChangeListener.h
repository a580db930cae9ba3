#pragma once

#include "ConnectionSettings.h"
#include "ServerWatch.h"

#include <QObject>
#include <QThread>

#include <memory>

class PgListenerWorker;

// Receives the NOTIFYs of every MealDesk on the database, from a thread of its own.
class PgChangeListener : public QObject {
    Q_OBJECT

public:
    // The channel every MealDesk notifies and listens on.
    static constexpr const char* channel = "mealdesk_changes";

    explicit PgChangeListener(const ConnectionSettings& settings, QObject* parent = nullptr);
    ~PgChangeListener() override;

Q_SIGNALS:
    // A NOTIFY's payload, delivered on the receiver's thread.
    void notified(const QString& payload);
    // Subscribed, first time or after a reconnect (tests wait for it; screens may reload).
    void listening();

private:
    // Outlives the worker's connection: a frozen server cannot hold up the destructor.
    std::unique_ptr<ServerWatch> m_watch;
    QThread m_thread;
    PgListenerWorker* m_worker;
};
