#include "OffMainThread.h"

#include <QEventLoop>
#include <QMetaObject>

#include <exception>
#include <thread>

void OffMainThread::run(const std::function<void()>& fn)
{
    QEventLoop loop;
    std::exception_ptr failure;
    std::thread worker([&] {
        try {
            fn();
        } catch (...) {
            failure = std::current_exception();
        }
        // Queued: delivered once the loop runs, even if fn finished before exec() started.
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    if (failure)
        std::rethrow_exception(failure);
}
