#pragma once

#include "ConnectionSettings.h"

#include <QString>
#include <QTemporaryDir>

// The throwaway PostgreSQL server of the tests (tests/pg-harness.sh), started for this run and
// removed at the end; the harness also removes it should this process die first.
class PostgresServer {
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // Throws std::runtime_error with the harness's message when it cannot start.
    void start();
    void stop();

    // A new empty database on the server. Blocks: never on the main thread.
    ConnectionSettings createDatabase(const QString& name) const;
    // The server's version, as SHOW server_version says. Blocks: never on the main thread.
    QString serverVersion() const;

private:
    QString urlOf(const QString& database) const;

    QTemporaryDir m_dir;
    QString m_adminUrl;
};
