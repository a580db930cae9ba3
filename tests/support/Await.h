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
