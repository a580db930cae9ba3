#pragma once

#include "Failure.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>

// Calls ok(result) (ok() for QFuture<void>) or failed(error) on receiver's thread once `future`
// has finished; calls nothing if receiver is deleted first. Returns the watcher (a child of
// receiver, deleted after the callback): cancel() on it cancels the task if it has not started.
//
// Why not future.then(receiver, ...).onFailed(receiver, ...): in Qt 6.4 those continuations hold
// Q_ASSERT(context) for when the future finishes (qfuture_impl.h), so a Debug build aborts when a
// window closes while its database task still runs. A watcher owned by the receiver is simply
// deleted with it.
template <typename T, typename Ok, typename Failed>
QFutureWatcher<T>* whenFinished(QObject* receiver, const QFuture<T>& future, Ok ok, Failed failed)
{
    auto* watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, receiver,
        [watcher, ok = std::move(ok), failed = std::move(failed)]() mutable {
            watcher->deleteLater();
            QFuture<T> done = watcher->future();
            try {
                // Finished already: this only rethrows the task's exception.
                done.waitForFinished();
            } catch (const Failure& e) {
                failed(e);
                return;
            } catch (...) {
                failed(Failure(
                    Failure::Kind::Internal,
                    QCoreApplication::translate("whenFinished", "An unexpected error occurred.")));
                return;
            }
            // A canceled task that never ran has no result to report; void
            // ones would otherwise look done.
            if constexpr (std::is_void_v<T>) {
                if (!done.isCanceled()) {
                    ok();
                    return;
                }
            } else if (done.resultCount() > 0) {
                ok(done.result());
                return;
            }
            failed(Failure(Failure::Kind::Internal,
                           QCoreApplication::translate("whenFinished", "The task was canceled.")));
        });
    watcher->setFuture(future);
    return watcher;
}
