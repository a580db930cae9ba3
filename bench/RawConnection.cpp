#include "RawConnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <stdexcept>

RawConnection::RawConnection(const ConnectionSettings& settings, const QString& name)
    : m_name(name)
{
    if (settings.dialect() == Dialect::PostgreSQL) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setDatabaseName(settings.databaseName());
        m_db.setUserName(settings.user());
        m_db.setPassword(settings.password());
        m_db.setConnectOptions(settings.postgresConnectOptions());
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(settings.sqlitePath());
    }
    if (!m_db.open())
        throw std::runtime_error("cannot open " + settings.displayUrl().toStdString() + ": " +
                                 m_db.lastError().text().toStdString());
    if (settings.dialect() == Dialect::SQLite)
        QSqlQuery(QStringLiteral("PRAGMA journal_mode=WAL"), m_db);
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}
