#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A PostgreSQL server of one test's own (tests/pg-harness.sh), for tests that restart, stop or
// freeze it: the server the other tests share is not disturbed. Stopped when destroyed, and by
// the harness once this process has ended, however it ended.
class PrivatePgServer {
public:
    PrivatePgServer() = default;
    ~PrivatePgServer();
    PrivatePgServer(const PrivatePgServer&) = delete;
    PrivatePgServer& operator=(const PrivatePgServer&) = delete;

    // initdb and start; false (with a warning) when it could not.
    bool start();
    // A harness command on this server: restart [fast|immediate], tls CERT KEY, pause, resume,
    // freeze, thaw.
    // Events are processed while it runs.
    bool run(const QStringList& command);
    void stop();

    // postgresql://postgres@127.0.0.1:PORT/postgres (the server trusts local connections).
    const QString& url() const { return m_url; }
    // The directory of the harness's files, where the test may keep its own (certificates).
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QString m_url;
};
