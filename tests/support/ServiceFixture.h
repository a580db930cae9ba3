#pragma once

#include "Actor.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "ServiceHost.h"
#include "TestBackend.h"
#include "TestSql.h"

#include <memory>

// A fresh migrated database of one backend with one account per role, for service tests.
// Passwords are "<username>-password" (hashed at a low cost to keep tests quick).
class ServiceFixture {
public:
    // Fails the current test (QTest state) when it cannot prepare the database.
    bool open(const QString& backend);
    // The same on a given empty database (say, a private server's).
    bool openAt(const ConnectionSettings& settings);

    ServiceHost& host() { return *m_host; }
    Database& db() { return m_host->database(); }
    ChangeFeed& feed() { return m_host->feed(); }

    // The tests' own SQL on this database (see TestSql).
    QVariant scalar(const QString& sql, const QVariantList& values = {})
    {
        return TestSql::scalar(db(), sql, values);
    }
    qint64 rowCount(const QString& table) { return TestSql::rowCount(db(), table); }
    qint64 auditCount(const QString& action) { return TestSql::auditCount(db(), action); }
    bool write(const std::function<void(Connection&)>& fn) { return TestSql::write(db(), fn); }

    Actor admin;     // super admin
    Actor requester; // Requester
    Actor taker;     // RequestTaker
    Actor captain;   // Captain
    Actor stock;     // StockControl

    static QString passwordOf(const Actor& actor)
    {
        return actor.username + QStringLiteral("-password");
    }

private:
    TestBackend m_backend;
    std::unique_ptr<ServiceHost> m_host;
};
