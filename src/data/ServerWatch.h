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
// Connections take part through WatchedConnection.
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

    // What the watch knows of one connection: the calls of WatchedConnection.
    struct Server {
        QByteArray host;
        QByteArray hostAddress;
        QByteArray port;
        QByteArray database;
        QByteArray user;
        bool operator==(const Server&) const = default;
    };
    void add(const WatchedConnection* owner);
    void remove(const WatchedConnection* owner);
    // `socket` is the watch's own duplicate, closed by detach(): the number cannot be reused
    // for another file while the watch may still shut it down.
    void attach(const WatchedConnection* owner, int socket, const Server& server);
    void detach(const WatchedConnection* owner);
    void begin(const WatchedConnection* owner);
    void end(const WatchedConnection* owner);
    bool wasCut(const WatchedConnection* owner) const;

private:
    using Clock = std::chrono::steady_clock;

    struct Entry {
        const WatchedConnection* owner = nullptr;
        int socket = -1;
        // Which attachment of the connection: a question is about the socket it saw.
        quint64 attachment = 0;
        Server server;
        std::optional<Clock::time_point> busySince;
        std::optional<Clock::time_point> askedAt;
        bool cut = false;
    };

    Entry& entryOf(const WatchedConnection* owner);
    const Entry& entryOf(const WatchedConnection* owner) const;
    void loop();
    bool isDue(const Entry& e, Clock::time_point now) const;
    bool answers(const Server& server) const;

    const std::chrono::seconds m_patience;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Entry> m_entries;
    quint64 m_attachments = 0;
    bool m_hurried = false;
    bool m_unanswered = false;
    bool m_stopping = false;
    std::thread m_thread;
};
