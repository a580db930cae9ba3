#include "ServerWatch.h"

#include <libpq-fe.h>

#include <sys/socket.h>

#include <algorithm>
#include <utility>

namespace {

// How often the watch looks at its connections; a cut comes at most this late.
constexpr std::chrono::milliseconds tick{250};

// PQping with the patience as its connect_timeout: PQPING_NO_RESPONSE when the server does not
// answer in time. Any answer, a refusal included, means the server is alive.
bool answers(const QByteArray& host, const QByteArray& port, std::chrono::seconds patience)
{
    const QByteArray timeout = QByteArray::number(static_cast<qlonglong>(patience.count()));
    const char* keys[] = {"host", "port", "connect_timeout", nullptr};
    const char* values[] = {host.constData(), port.constData(), timeout.constData(), nullptr};
    return PQpingParams(keys, values, 0) != PQPING_NO_RESPONSE;
}

} // namespace

ServerWatch::ServerWatch(std::chrono::seconds patience)
    : m_patience(std::max(patience, std::chrono::seconds(2)))
    , m_thread([this] { loop(); })
{
}

std::unique_ptr<ServerWatch> ServerWatch::forSettings(const ConnectionSettings& settings)
{
    if (settings.dialect() != Dialect::PostgreSQL || settings.connectTimeoutSeconds() <= 0)
        return nullptr;
    return std::make_unique<ServerWatch>(std::chrono::seconds(settings.connectTimeoutSeconds()));
}

ServerWatch::~ServerWatch()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void ServerWatch::hurry()
{
    {
        std::lock_guard lock(m_mutex);
        m_hurried = true;
    }
    m_wake.notify_all();
}

bool ServerWatch::isUnanswered() const
{
    std::lock_guard lock(m_mutex);
    return m_unanswered;
}

ServerWatch::Entry* ServerWatch::entryOf(const WatchedConnection* owner)
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [owner](const Entry& e) { return e.owner == owner; });
    return it == m_entries.end() ? nullptr : &*it;
}

void ServerWatch::add(const WatchedConnection* owner)
{
    std::lock_guard lock(m_mutex);
    Entry entry;
    entry.owner = owner;
    m_entries.push_back(std::move(entry));
}

void ServerWatch::remove(const WatchedConnection* owner)
{
    std::lock_guard lock(m_mutex);
    std::erase_if(m_entries, [owner](const Entry& e) { return e.owner == owner; });
}

bool ServerWatch::isDue(const Entry& e, Clock::time_point now) const
{
    if (e.socket < 0 || !e.busySince || e.cut)
        return false;
    const auto patience = m_hurried ? Clock::duration::zero() : Clock::duration(m_patience);
    if (now - *e.busySince < patience)
        return false;
    // A long call on a server that answers is asked about again after each patience.
    return !e.askedAt || now - *e.askedAt >= m_patience;
}

void ServerWatch::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, tick);
        const Clock::time_point now = Clock::now();
        std::vector<std::pair<QByteArray, QByteArray>> servers;
        for (Entry& e : m_entries) {
            if (!isDue(e, now))
                continue;
            e.askedAt = now;
            const auto server = std::make_pair(e.host, e.port);
            if (std::find(servers.begin(), servers.end(), server) == servers.end())
                servers.push_back(server);
        }
        for (const auto& [host, port] : servers) {
            // The question takes up to the patience: the connections may change meanwhile.
            lock.unlock();
            const bool alive = answers(host, port, m_patience);
            lock.lock();
            m_unanswered = !alive;
            if (alive)
                continue;
            for (Entry& e : m_entries) {
                // Still busy since before the question: its socket is still the one asked about
                // (a connection leaves the watch before it closes its socket).
                if (e.host == host && e.port == port && e.socket >= 0 && e.busySince &&
                    *e.busySince <= now && !e.cut) {
                    ::shutdown(e.socket, SHUT_RDWR);
                    e.cut = true;
                }
            }
        }
    }
}
