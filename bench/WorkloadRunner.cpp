#include "WorkloadRunner.h"

#include "Failure.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QSemaphore>

WorkloadResult WorkloadRunner::run(int total, int inFlight, const Operation& operation)
{
    WorkloadResult result;
    result.ops = total;
    result.latenciesMs.assign(static_cast<size_t>(total), 0.0);
    QSemaphore slots(inFlight);
    QMutex errorLock;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < total; ++i) {
        slots.acquire();
        const qint64 started = clock.nsecsElapsed();
        // The continuation runs on the worker thread that finished the operation: it only
        // records and frees the slot, so the latency is the service's, not an event loop's.
        operation(i).then([&, i, started](QFuture<void> done) {
            result.latenciesMs[static_cast<size_t>(i)] =
                double(clock.nsecsElapsed() - started) / 1e6;
            try {
                done.waitForFinished();
            } catch (const Failure& e) {
                const QMutexLocker lock(&errorLock);
                if (result.failures++ == 0)
                    result.firstError = e.message();
            } catch (...) {
                const QMutexLocker lock(&errorLock);
                if (result.failures++ == 0)
                    result.firstError = QStringLiteral("unexpected exception");
            }
            slots.release();
        });
    }
    slots.acquire(inFlight);
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    return result;
}
