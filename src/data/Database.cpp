#include "Database.h"

#include "SchemaInspector.h"
#include "SqlMessages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>
#include <QtGlobal>

#include <atomic>
#include <mutex>

namespace {

std::atomic<quint64> nextDatabaseId{1};

#ifdef NDEBUG
std::atomic<Database::GuardPolicy> guardPolicy{Database::GuardPolicy::Report};
#else
std::atomic<Database::GuardPolicy> guardPolicy{Database::GuardPolicy::Fatal};
#endif

constexpr int maxTransientAttempts = 6;

} // namespace

Database::Database(const ConnectionSettings& settings, int threads)
    : m_id(nextDatabaseId++)
    , m_settings(settings)
    , m_watch(ServerWatch::forSettings(settings))
{
    // QPSQL turns every timestamp it reads into local time, and with TZ unset glibc stat()s
    // /etc/localtime on each such conversion: half the time of reading a page of rows. The same
    // zone named in TZ is read once. Set before this Database's threads start; Qt reads
    // ":/etc/localtime" as the system zone, as when TZ is unset.
    static std::once_flag pinZone;
    std::call_once(pinZone, [] {
        if (!qEnvironmentVariableIsSet("TZ"))
            qputenv("TZ", ":/etc/localtime");
    });
    // Threads never expire: each keeps its connection for the life of the Database.
    m_readPool.setMaxThreadCount(qMax(1, threads));
    m_readPool.setExpiryTimeout(-1);
    if (dialect() == Dialect::SQLite) {
        // SQLite allows one writer; one writer thread means writers never fight over the lock.
        m_writePool = std::make_unique<QThreadPool>();
        m_writePool->setMaxThreadCount(1);
        m_writePool->setExpiryTimeout(-1);
    }
}

Database::~Database()
{
    beginClosing();
    drain();
    // A connection the guard let through on this thread would outlive its storage.
    if (m_connections.hasLocalData())
        m_connections.setLocalData(nullptr);
}

void Database::setMainThreadGuard(GuardPolicy policy)
{
    guardPolicy = policy;
}

void Database::beginClosing()
{
    m_closing = true;
    if (m_watch)
        m_watch->hurry();
}

void Database::drain()
{
    m_readPool.waitForDone();
    if (m_writePool)
        m_writePool->waitForDone();
}

Connection& Database::connectionForCurrentThread()
{
    const QCoreApplication* app = QCoreApplication::instance();
    if (app && QThread::currentThread() == app->thread()) {
        if (guardPolicy == GuardPolicy::Fatal)
            qFatal("Database connection requested on the main thread: database work must run on "
                   "a worker thread");
        qCritical("Database connection requested on the main thread: database work must run on "
                  "a worker thread");
    }
    if (!m_connections.hasLocalData()) {
        if (!app || QThread::currentThread() != app->thread())
            SqlMessages::markDatabaseThread();
        const QString name = QStringLiteral("mealdesk-%1-%2")
                                 .arg(m_id)
                                 .arg(reinterpret_cast<quintptr>(QThread::currentThread()), 0, 16);
        m_connections.setLocalData(
            new Connection(m_settings, name, m_watch.get(), &m_statementsSent));
    }
    return *m_connections.localData();
}

void Database::run(Mode mode, const std::function<void(Connection&)>& fn,
                   const std::function<bool()>& canceled)
{
    if (m_closing && m_watch && m_watch->isUnanswered())
        throw Failure(Failure::Kind::Unavailable,
                      QCoreApplication::translate("Database",
                                                  "Not run: MealDesk is closing and the database "
                                                  "server at %1 does not answer.")
                          .arg(m_settings.displayUrl()));
    Connection& connection = connectionForCurrentThread();
    connection.setCancelCheck(canceled);
    connection.beginWork();
    const auto idle = qScopeGuard([&connection] { connection.endWork(); });
    bool reopened = false;
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 1;; ++attempt) {
        bool started = false;
        try {
            connection.ensureOpen();
            switch (mode) {
            case Mode::Plain:
                fn(connection);
                connection.checkNotCut();
                break;
            case Mode::Read:
                started = true;
                fn(connection);
                connection.checkNotCut();
                break;
            case Mode::Write:
                connection.inTransaction([&] {
                    started = true;
                    fn(connection);
                });
                break;
            }
            connection.setCancelCheck({});
            return;
        } catch (const Failure& e) {
            // A lost connection is reopened on the next call; re-running is safe only for
            // reads, or for a write whose BEGIN failed (nothing of it reached the server).
            const bool safeToRepeat = mode == Mode::Read || (mode == Mode::Write && !started);
            if (e.isConnectionLost() && safeToRepeat && !reopened) {
                reopened = true;
                continue;
            }
            // Each attempt may already have waited SQLite's busy timeout: the whole stays within
            // it.
            if (e.isTransient() && mode != Mode::Plain && attempt < maxTransientAttempts &&
                waited.elapsed() < Connection::sqliteBusyTimeoutMs) {
                QThread::msleep(5UL * attempt * attempt);
                continue;
            }
            connection.setCancelCheck({});
            throw;
        } catch (...) {
            connection.setCancelCheck({});
            throw;
        }
    }
}

QFuture<int> Database::migrate(Migrator::AdoptionChanges changes)
{
    return exclusive([changes](Connection& c) { return Migrator::migrate(c, changes); });
}

QFuture<SchemaReport> Database::inspectSchema()
{
    return read([](Connection& c) { return SchemaInspector::inspect(c); });
}
