#pragma once

#include <QFuture>
#include <QList>
#include <QString>

class Database;

// First data of a new database: the first super admin, or a whole deterministic demo.
class Seeder {
public:
    struct DemoSizes {
        int departments = 24;
        int employees = 200000;
        int mealRequests = 400;
        int linesPerRequest = 8;
        int revokedTokens = 300;
        int origins = 12;
    };
    struct DemoAccount {
        QString username;
        QString password;
        QString role;
        bool superAdmin = false;
        // The full name when not linked to an employee.
        QString fullName;
        // Linked to one of the first demo employees (its name becomes the full name).
        bool linkedToEmployee = false;
        // How many departments the account is limited to; 0 means all of them.
        int departments = 0;
    };

    // The role of the first super admin: the widest ordinary role, so the account keeps every
    // request and employee right should the super admin flag later be withdrawn.
    static QString firstAdminRole();
    // The largest demo size accepted for each count.
    static constexpr int maxDemoSize = 10'000'000;
    static constexpr int maxLinesPerRequest = 1000;

    // The demo accounts and their passwords (listed in the README).
    static QList<DemoAccount> demoAccounts();

    static QFuture<bool> hasAccounts(Database& db);
    // Fills a migrated database that has no accounts yet; Conflict if it has any (or already
    // holds employees, departments, requests, tokens or origins), Validation for a bad size.
    static QFuture<void> fillDemo(Database& db, const DemoSizes& sizes);
    // Creates the first super admin (active, role firstAdminRole()) with its audit row;
    // Conflict if an account exists, Validation (field "username" or "password") for bad input.
    // Hashing runs on a worker thread, outside the write transaction.
    // Every step of both runs in db's worker pools, so destroying db waits for them.
    static QFuture<qint64> createFirstAdmin(Database& db, const QString& username,
                                            const QString& password);
};
