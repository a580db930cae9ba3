#pragma once

#include "Connection.h"
#include "ConnectionSettings.h"
#include "Failure.h"
#include "Migrator.h"
#include "SchemaReport.h"
#include "ServerWatch.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <QThreadStorage>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

// The asynchronous data layer: a fixed set of worker threads, each with its own connection,
// running functions of a Connection and handing back QFutures. Nothing here blocks the caller.
class Database {
public:
    enum class GuardPolicy { Fatal, Report };

    explicit Database(const ConnectionSettings& settings, int threads = 4);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const ConnectionSettings& settings() const { return m_settings; }
    Dialect dialect() const { return m_settings.dialect(); }

    // fn(Connection&) in autocommit mode; re-run once on a fresh connection if it was lost.
    template <typename Fn> auto read(Fn fn)
    {
        return submit(m_readPool, Mode::Read, std::move(fn));
    }
    // fn(Connection&) in a transaction: committed when fn returns, rolled back when it throws,
    // re-run a bounded number of times after serialization failures and SQLite busy errors.
    // Canceled before its COMMIT, it is rolled back and reports canceled; afterCommit runs on
    // the worker once it has committed, before the future reports the result.
    template <typename Fn> auto write(Fn fn, std::function<void()> afterCommit = {})
    {
        return submit(writePool(), Mode::Write, std::move(fn), std::move(afterCommit));
    }
    // fn(Connection&) on the writer thread with no transaction around it (migrations).
    template <typename Fn> auto exclusive(Fn fn)
    {
        return submit(writePool(), Mode::Plain, std::move(fn));
    }

    // Applies pending migrations, or adopts the web backend's tables (Migrator::migrate);
    // resolves to the schema version.
    QFuture<int> migrate(Migrator::AdoptionChanges changes = Migrator::AdoptionChanges::Refuse);
    // What the database holds, and what adoption would change or refuse; changes nothing.
    QFuture<SchemaReport> inspectSchema();

    // The calling worker thread's connection. On the application's main thread this is a
    // programming error: fatal or reported, as the guard policy says.
    Connection& connectionForCurrentThread();

    static void setMainThreadGuard(GuardPolicy policy);

    // Statements sent to the database so far by this Database's connections (BEGIN and COMMIT
    // included): what an operation costs in round trips, for the benchmarks.
    qint64 statementsSent() const { return m_statementsSent.load(std::memory_order_relaxed); }

    // Waits until every task given so far has finished (their continuations without a context
    // included): what the tasks use may then be destroyed. On PostgreSQL each task's wait on a
    // server that stopped answering ends (ServerWatch), so this ends too.
    void drain();
    // Closing down (the destructor does it too): a task waiting on a server that stopped
    // answering is cut at once, not after the patience, and tasks still queued for such a
    // server fail without waiting for it in turn. Call before drain() when closing.
    void beginClosing();

private:
    enum class Mode { Read, Write, Plain };

    QThreadPool& writePool() { return m_writePool ? *m_writePool : m_readPool; }
    void run(Mode mode, const std::function<void(Connection&)>& fn,
             const std::function<bool()>& canceled);

    // The future is started when the task begins on its worker (isStarted(): it has begun); a
    // task canceled before that never runs. Until then Qt 6.4's blocking result() does not wait
    // (it waits only for futures running or pending) and reads a result that is not there: a
    // thread that must block waits with waitForFinished() first.
    template <typename Fn>
    auto submit(QThreadPool& pool, Mode mode, Fn fn, std::function<void()> afterCommit = {})
    {
        using R = std::invoke_result_t<Fn&, Connection&>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        pool.start([this, promise, mode, fn = std::move(fn),
                    afterCommit = std::move(afterCommit)]() mutable {
            promise->start();
            if (!promise->isCanceled()) {
                try {
                    const auto canceled = [&promise] { return promise->isCanceled(); };
                    if constexpr (std::is_void_v<R>) {
                        run(
                            mode, [&fn](Connection& c) { fn(c); }, canceled);
                        if (afterCommit)
                            afterCommit();
                    } else {
                        std::optional<R> result;
                        run(
                            mode, [&fn, &result](Connection& c) { result.emplace(fn(c)); },
                            canceled);
                        if (afterCommit)
                            afterCommit();
                        promise->addResult(std::move(*result));
                    }
                } catch (const Connection::Canceled&) {
                    // Rolled back: the future reports canceled, as it was.
                } catch (const Failure& e) {
                    promise->setException(e);
                } catch (const std::exception& e) {
                    promise->setException(
                        Failure(Failure::Kind::Internal, QString::fromUtf8(e.what())));
                } catch (...) {
                    promise->setException(
                        Failure(Failure::Kind::Internal,
                                QStringLiteral("Unknown error in a database task")));
                }
            }
            promise->finish();
        });
        return future;
    }

    const quint64 m_id;
    ConnectionSettings m_settings;
    // See beginClosing().
    std::atomic<bool> m_closing{false};
    std::atomic<qint64> m_statementsSent{0};
    // Outlives the connections it watches (PostgreSQL only).
    std::unique_ptr<ServerWatch> m_watch;
    // Declared before the pools: the pools' threads end (deleting their connections) first.
    QThreadStorage<Connection*> m_connections;
    QThreadPool m_readPool;
    std::unique_ptr<QThreadPool> m_writePool;
};
