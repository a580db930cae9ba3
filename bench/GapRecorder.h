#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// A 1 ms timer on the thread's event loop that remembers the longest gap between two ticks:
// how long that thread (the GUI thread) was kept from its events.
class GapRecorder : public QObject {
    Q_OBJECT

public:
    explicit GapRecorder(QObject* parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return double(m_longest) / 1e6; }
    // The longest gap since the previous call (or start()): which step the stall belongs to.
    double takeStepGapMs();
    // CPU time this thread used since start(): the GUI thread's own work, whatever the load.
    double threadCpuMs() const;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestInStep = 0;
    qint64 m_cpuAtStart = 0;
};
