#pragma once

#include <QFuture>
#include <QList>
#include <QString>

class Database;

// First data of a new database: the first super admin, or a whole deterministic demo.
class Seeder {
public:
    explicit Seeder(Database& db)
        : m_db(db)
    {
    }

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
    // How many rows the tables of a filled database hold.
    struct TableCounts {
        qint64 departments = 0;
        qint64 employees = 0;
        qint64 accounts = 0;
        qint64 mealRequests = 0;
        qint64 mealRequestLines = 0;
        qint64 revokedTokens = 0;
        qint64 origins = 0;
    };

    // The role of the first super admin: the widest ordinary role, so the account keeps every
    // request and employee right should the super admin flag later be withdrawn.
    static QString firstAdminRole();
    // The largest demo size accepted for each count.
    static constexpr int maxDemoSize = 10'000'000;
    static constexpr int maxLinesPerRequest = 1000;

    // The demo accounts and their passwords (listed in the README).
    static QList<DemoAccount> demoAccounts();

    QFuture<bool> hasAccounts();
    // Fills a migrated database that has no accounts yet; Conflict if it has any (or already
    // holds employees, departments, requests, tokens or origins), Validation for a bad size.
    QFuture<void> fillDemo(const DemoSizes& sizes);
    // Creates the first super admin (active, role firstAdminRole()) with its audit row;
    // Conflict if an account exists, Validation (field "username" or "password") for bad input.
    // Hashing runs on a worker thread, outside the write transaction.
    // Every step of both runs in the database's worker pools, so destroying it waits for them.
    QFuture<qint64> createFirstAdmin(const QString& username, const QString& password);
    QFuture<TableCounts> tableCounts();

private:
    Database& m_db;
};
