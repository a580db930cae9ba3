#pragma once

#include "Actor.h"
#include "ChangeFeed.h"
#include "Database.h"
#include "TestBackend.h"

#include <memory>

// A fresh migrated database of one backend with one account per role, for service tests.
// Passwords are "<username>-password" (hashed at a low cost to keep tests quick).
class ServiceFixture {
public:
    // Fails the current test (QTest state) when it cannot prepare the database.
    bool open(const QString& backend);

    Database& db() { return *m_db; }
    ChangeFeed& feed() { return m_feed; }

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
    ChangeFeed m_feed;
    std::unique_ptr<Database> m_db;
};
