#pragma once

#include "ConnectionSettings.h"

#include <QByteArray>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

class WatchedConnection;

// Ends the wait on a PostgreSQL server that stopped answering. A frozen server (a stopped
// process, a hung host) keeps its TCP connections alive, so neither keepalives nor
// statement_timeout end a call waiting on it. When a connection has been busy longer than the
// patience, the watch asks the same server for a new connection (PQping); when that gets no
// answer either, it shuts the busy connection's socket down and the call fails at once.
class ServerWatch {
public:
    explicit ServerWatch(std::chrono::seconds patience);
    // The watch for connections made with `settings`: PostgreSQL's, with its connect_timeout as
    // the patience; none where connect_timeout=0 asks to wait without limit, or for SQLite.
    static std::unique_ptr<ServerWatch> forSettings(const ConnectionSettings& settings);
    ~ServerWatch();
    ServerWatch(const ServerWatch&) = delete;
    ServerWatch& operator=(const ServerWatch&) = delete;

    std::chrono::seconds patience() const { return m_patience; }

    // Closing down: busy connections are asked about now, not after the patience.
    void hurry();
    // The last question to a server got no answer (and no connection has opened since).
    bool isUnanswered() const;

private:
    friend class WatchedConnection;
    using Clock = std::chrono::steady_clock;

    // What the watch knows of one connection; guarded by m_mutex.
    struct Entry {
        const WatchedConnection* owner = nullptr;
        int socket = -1;
        QByteArray host;
        QByteArray port;
        std::optional<Clock::time_point> busySince;
        std::optional<Clock::time_point> askedAt;
        bool cut = false;
    };

    Entry* entryOf(const WatchedConnection* owner);
    void add(const WatchedConnection* owner);
    void remove(const WatchedConnection* owner);
    void loop();
    bool isDue(const Entry& e, Clock::time_point now) const;

    const std::chrono::seconds m_patience;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Entry> m_entries;
    bool m_hurried = false;
    bool m_unanswered = false;
    bool m_stopping = false;
    std::thread m_thread;
};
