#pragma once

#include "Dialect.h"

#include <QList>
#include <QString>

// Where the database is, parsed from a URL. The password is kept apart and never shown.
class ConnectionSettings {
public:
    struct Host {
        QString name;
        int port = 5432;
    };

    // sqlite:///absolute/path.db, sqlite:relative.db,
    // postgresql://user[:password]@host[:port][,host2[:port2]]/dbname?sslmode=..&connect_timeout=..
    // Throws Failure (Validation, field "url") naming the bad part.
    static ConnectionSettings parse(const QString& url);
    static ConnectionSettings sqliteFile(const QString& path);
    // The embedded demo database: a SQLite file in the user's data directory.
    static ConnectionSettings demoDatabase();

    Dialect dialect() const { return m_dialect; }
    const QString& sqlitePath() const { return m_sqlitePath; }
    const QList<Host>& hosts() const { return m_hosts; }
    const QString& user() const { return m_user; }
    const QString& password() const { return m_password; }
    void setPassword(const QString& password) { m_password = password; }
    const QString& databaseName() const { return m_databaseName; }
    int connectTimeoutSeconds() const { return m_connectTimeout; }
    const QString& sslMode() const { return m_sslMode; }

    // libpq options for QSqlDatabase::setConnectOptions (hosts, ports, timeout, sslmode, ...).
    QString postgresConnectOptions() const;
    // The URL without the password, for status bars, logs and error messages.
    QString displayUrl() const;

private:
    Dialect m_dialect = Dialect::SQLite;
    QString m_sqlitePath;
    QList<Host> m_hosts;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QString m_sslMode;
    QString m_applicationName = QStringLiteral("mealdesk");
    QString m_targetSessionAttrs;
    int m_connectTimeout = 5;
};
