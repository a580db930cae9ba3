#pragma once

#include "Actor.h"
#include "ChangeFeed.h"
#include "ConnectionSettings.h"
#include "Database.h"

#include <QString>

#include <memory>

// One database the bench measures: its Database (worker pool), change feed and the signed-in
// super admin every service call acts as. Built on the main thread; prepare() and the work on it
// run off the main thread (they block on futures).
class BenchDatabase {
public:
    // The demo data set's super admin (Seeder::demoAccounts).
    static constexpr const char* demoAdmin = "admin";
    static constexpr const char* demoPassword = "admin-pass";
    // The first super admin of prepareEmpty().
    static constexpr const char* benchAdmin = "benchadmin";
    static constexpr const char* benchPassword = "bench-admin-password";

    BenchDatabase(const ConnectionSettings& settings, int poolSize);

    // In a child process, on its main thread: signs in on `db` the way the GUI waits (the
    // event loop runs meanwhile); throws when it fails or takes longer than a minute.
    static Actor signInChild(Database& db, ChangeFeed& feed, const char* username,
                             const char* password);

    // Migrates, creates the first super admin and signs in. Blocks.
    void prepareEmpty();
    // Migrates, fills the demo data set with `employees` employees (no meal requests) and signs
    // in as its super admin. Blocks.
    void prepareDemo(int employees);

    // Has every reading thread of the pool open its connection, as a running MealDesk has:
    // the GUI baseline opens its own before its clock starts too. Blocks.
    void openAllConnections();

    const ConnectionSettings& settings() const { return m_settings; }
    QString backend() const;
    // The URL the memory children open (the bench's own servers: no password).
    QString url() const;
    int poolSize() const { return m_poolSize; }
    Database& db() { return *m_db; }
    ChangeFeed& feed() { return m_feed; }
    const Actor& admin() const { return m_admin; }

private:
    void signIn(const QString& username, const QString& password);

    ConnectionSettings m_settings;
    int m_poolSize;
    ChangeFeed m_feed;
    std::unique_ptr<Database> m_db;
    Actor m_admin;
};
