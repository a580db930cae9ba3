#pragma once

class QSqlDriver;
class ServerWatch;

// One PostgreSQL connection as a ServerWatch sees it. Used by the thread that owns the
// connection; the watch may shut its socket down from its own thread.
class WatchedConnection {
public:
    explicit WatchedConnection(ServerWatch& watch);
    ~WatchedConnection();
    WatchedConnection(const WatchedConnection&) = delete;
    WatchedConnection& operator=(const WatchedConnection&) = delete;

    // After the connection opened (QPSQL's driver); before it closes its socket.
    void attach(const QSqlDriver* driver);
    void detach();
    // Around work that waits on the server. begin() also forgets an earlier cut.
    void begin();
    void end();
    // The watch cut the connection during the current (or last) work.
    bool wasCut() const;
    int patienceSeconds() const;

private:
    ServerWatch& m_watch;
};
