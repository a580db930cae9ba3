#pragma once

#include "Dialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where the database is, parsed from a URL. The password is kept apart and never shown.
class ConnectionSettings {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    struct Host {
        // A host name, an IP address, or a Unix-socket directory (starting with '/'); empty:
        // libpq's default socket.
        QString name;
        int port = 5432;
    };
    // A libpq connection parameter given in the URL's query (sslmode, sslrootcert, keepalives,
    // options, ...), in the order given.
    struct Parameter {
        QString key;
        QString value;
    };

    // sqlite:///absolute/path.db, sqlite:relative.db,
    // postgresql://user[:password]@host[:port][,host2[:port2]]/dbname?key=value&...
    // (postgresql:///dbname?host=/socket/dir for a Unix socket). Every parameter libpq knows is
    // accepted; libpq's own parser (PQconninfoParse) is the reference for their names.
    // Throws Failure (Validation, field "url") naming the bad part, never the password.
    static ConnectionSettings parse(const QString& input);
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
    const QList<Parameter>& parameters() const { return m_parameters; }
    // The value given for `key`, null when not given.
    QString parameter(const QString& key) const;
    int connectTimeoutSeconds() const;
    QString sslMode() const { return parameter(QStringLiteral("sslmode")); }

    // True when the connection leaves this machine (a host that is neither loopback nor a Unix
    // socket, or a service whose hosts the URL does not say) and libpq is not asked to verify
    // the server's certificate (sslmode verify-ca or verify-full): the password and the data
    // could then be read or changed on the way. What the URL leaves out is libpq's to fill from
    // its environment variables ($PGHOST, $PGHOSTADDR, $PGSSLMODE, $PGSERVICE), as it will.
    bool isUnverifiedRemote() const;
    // A sentence saying so for the window and the CLI; empty when isUnverifiedRemote() is false.
    QString unverifiedRemoteWarning() const;

    // libpq options for QSqlDatabase::setConnectOptions (hosts, ports, timeout, sslmode, ...).
    QString postgresConnectOptions() const;
    // The URL with every parameter but the password (and sslpassword), for the remembered
    // connection, status bars, logs and error messages. parse() of it gives these settings back.
    QString displayUrl() const;

private:
    // The URL's value for `key`, else libpq's environment `variable` for it; null when neither.
    QString libpqParameter(const QString& key, const char* variable) const;

    Dialect m_dialect = Dialect::SQLite;
    QString m_sqlitePath;
    QList<Host> m_hosts;
    QString m_user;
    QString m_password;
    QString m_databaseName;
    QList<Parameter> m_parameters;
};
