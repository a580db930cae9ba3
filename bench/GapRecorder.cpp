#include "GapRecorder.h"

#include <time.h>

#include <algorithm>
#include <utility>

namespace {

qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

} // namespace

GapRecorder::GapRecorder(QObject* parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &GapRecorder::tick);
}

void GapRecorder::start()
{
    m_longest = 0;
    m_longestInStep = 0;
    m_cpuAtStart = threadCpuNs();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void GapRecorder::stop()
{
    // A stall that is still going on counts too.
    tick();
    m_timer.stop();
}

void GapRecorder::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longest = std::max(m_longest, now - m_last);
    m_longestInStep = std::max(m_longestInStep, now - m_last);
    m_last = now;
}

double GapRecorder::takeStepGapMs()
{
    tick();
    return double(std::exchange(m_longestInStep, 0)) / 1e6;
}

double GapRecorder::threadCpuMs() const
{
    return double(threadCpuNs() - m_cpuAtStart) / 1e6;
}
