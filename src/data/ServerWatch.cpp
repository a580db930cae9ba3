#include "ServerWatch.h"

#include <libpq-fe.h>

#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace {

// How often the watch looks at its connections; a cut comes at most this late.
constexpr std::chrono::milliseconds tick{250};

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

ServerWatch::Entry& ServerWatch::entryOf(const WatchedConnection* owner)
{
    return *std::find_if(m_entries.begin(), m_entries.end(),
                         [owner](const Entry& e) { return e.owner == owner; });
}

const ServerWatch::Entry& ServerWatch::entryOf(const WatchedConnection* owner) const
{
    return *std::find_if(m_entries.begin(), m_entries.end(),
                         [owner](const Entry& e) { return e.owner == owner; });
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
    detach(owner);
    std::lock_guard lock(m_mutex);
    std::erase_if(m_entries, [owner](const Entry& e) { return e.owner == owner; });
}

void ServerWatch::attach(const WatchedConnection* owner, int socket, const Server& server)
{
    detach(owner);
    std::lock_guard lock(m_mutex);
    Entry& e = entryOf(owner);
    e.socket = socket;
    e.attachment = ++m_attachments;
    e.server = server;
    // A connection opened: the server answers again.
    m_unanswered = false;
}

void ServerWatch::detach(const WatchedConnection* owner)
{
    std::lock_guard lock(m_mutex);
    Entry& e = entryOf(owner);
    if (e.socket >= 0)
        ::close(e.socket);
    e.socket = -1;
}

void ServerWatch::begin(const WatchedConnection* owner)
{
    std::lock_guard lock(m_mutex);
    Entry& e = entryOf(owner);
    e.busySince = Clock::now();
    e.askedAt.reset();
    e.cut = false;
}

void ServerWatch::end(const WatchedConnection* owner)
{
    std::lock_guard lock(m_mutex);
    entryOf(owner).busySince.reset();
}

bool ServerWatch::wasCut(const WatchedConnection* owner) const
{
    std::lock_guard lock(m_mutex);
    return entryOf(owner).cut;
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

bool ServerWatch::answers(const Server& server) const
{
    // The connection's own address (no second name lookup to fail), database and user, so the
    // server logs nothing unusual; the patience as connect_timeout. Any answer, a refusal
    // included, means the server is alive.
    const QByteArray timeout = QByteArray::number(static_cast<qlonglong>(m_patience.count()));
    std::vector<const char*> keys = {
        "host", "port", "dbname", "user", "connect_timeout", "application_name"};
    std::vector<const char*> values = {server.host.constData(),     server.port.constData(),
                                       server.database.constData(), server.user.constData(),
                                       timeout.constData(),         "mealdesk-watch"};
    if (!server.hostAddress.isEmpty()) {
        keys.push_back("hostaddr");
        values.push_back(server.hostAddress.constData());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    return PQpingParams(keys.data(), values.data(), 0) != PQPING_NO_RESPONSE;
}

void ServerWatch::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, tick);
        const Clock::time_point now = Clock::now();
        std::vector<Server> servers;
        for (Entry& e : m_entries) {
            if (!isDue(e, now))
                continue;
            e.askedAt = now;
            if (std::find(servers.begin(), servers.end(), e.server) == servers.end())
                servers.push_back(e.server);
        }
        for (const Server& server : servers) {
            // What was attached before the question; the connections may change meanwhile.
            const quint64 attachedBefore = m_attachments;
            // The question takes up to the patience.
            lock.unlock();
            const bool alive = answers(server);
            lock.lock();
            if (m_stopping)
                break;
            m_unanswered = !alive;
            if (alive)
                continue;
            for (Entry& e : m_entries) {
                // Busy since before the question, on the socket it was about.
                if (e.server == server && e.socket >= 0 && e.attachment <= attachedBefore &&
                    e.busySince && *e.busySince <= now && !e.cut) {
                    ::shutdown(e.socket, SHUT_RDWR);
                    e.cut = true;
                }
            }
        }
    }
}
