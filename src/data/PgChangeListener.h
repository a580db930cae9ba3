#pragma once

#include "ConnectionSettings.h"

#include <QObject>
#include <QThread>

class ChangeFeed;
class PgListenerWorker;

// Turns other desktops' NOTIFYs into ChangeFeed::changed, from a thread of its own.
class PgChangeListener : public QObject {
    Q_OBJECT

public:
    PgChangeListener(const ConnectionSettings& settings, ChangeFeed& feed,
                     QObject* parent = nullptr);
    ~PgChangeListener() override;

Q_SIGNALS:
    // Subscribed, first time or after a reconnect (tests wait for it; screens may reload).
    void listening();

private:
    QThread m_thread;
    PgListenerWorker* m_worker;
};
