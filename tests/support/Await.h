#pragma once

#include "Failure.h"

#include <QFuture>
#include <QTest>

#include <optional>

// Waits for a future the way the GUI does: the event loop keeps running, nothing blocks.
#define AWAIT(future) QTRY_VERIFY_WITH_TIMEOUT((future).isFinished(), 60000)

// Waits, then fails the test with the error's message if the future failed.
#define AWAIT_OK(future)                                                                           \
    do {                                                                                           \
        AWAIT(future);                                                                             \
        const auto awaitError = errorOf(future);                                                   \
        QVERIFY2(!awaitError, awaitError ? qPrintable(awaitError->message()) : "");                \
    } while (false)

// The Failure a finished future failed with, if any.
template <typename T> std::optional<Failure> errorOf(const QFuture<T>& future)
{
    Q_ASSERT(future.isFinished());
    try {
        QFuture<T>(future).waitForFinished();
    } catch (const Failure& e) {
        return e;
    }
    return std::nullopt;
}

// For helpers that cannot return from the test function: waits, then whether the future
// succeeded; a failure or a timeout fails the test (QTest state) with its message.
template <typename T> bool succeeded(const QFuture<T>& future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 60000)) {
        QTest::qFail("a database call timed out", __FILE__, __LINE__);
        return false;
    }
    if (const auto e = errorOf(future)) {
        QTest::qFail(qPrintable(e->message()), __FILE__, __LINE__);
        return false;
    }
    return true;
}

// The result of a future that must succeed; nullopt (and the test failed) otherwise.
template <typename T> std::optional<T> settle(const QFuture<T>& future)
{
    if (!succeeded(future))
        return std::nullopt;
    return future.result();
}
