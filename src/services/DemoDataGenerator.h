#pragma once

#include "Actor.h"
#include "Seeder.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QVariant>

#include <unordered_set>
#include <vector>

class Connection;

// Writes the demo data set into an empty, migrated database inside the caller's transaction.
// Deterministic: a fixed seed drives every choice, so the same sizes give the same rows (times
// are offsets from `now`). Fast: rows go out in multi-row INSERTs of bound values, hundreds of
// rows per statement, with explicit ids so nothing has to be read back.
class DemoDataGenerator {
public:
    struct HashedAccount {
        Seeder::DemoAccount account;
        QByteArray passwordHash;
    };

    DemoDataGenerator(Connection& connection, const Seeder::DemoSizes& sizes,
                      QList<HashedAccount> accounts, const QDateTime& now);

    void run();

private:
    class Batch;

    struct Employee {
        qint64 id;
        int code;
        qint64 departmentId; // 0: none
        bool active;
        QString displayName;
    };

    void writeAll();
    void writeDepartments();
    void writeEmployees();
    void writeAccounts();
    void writeMealRequests();
    void writeRevokedTokens();
    void writeOrigins();
    void writeAuditRow();
    void advanceSequences();
    // The first super admin's id (NULL without one): the author of origins and revocations.
    QVariant superAdminId() const;

    // Up to `wanted` employees for one request, none twice, and none already requested for the
    // same meal type on the same day when the request counts for the duplicate rule.
    QList<int> pickEmployees(const Actor& requester, int wanted, qint64 day, int mealType,
                             bool counts);
    int bounded(int n) { return n > 0 ? static_cast<int>(m_rng.bounded(quint32(n))) : 0; }
    bool chance(int percent) { return bounded(100) < percent; }

    Connection& m_c;
    const Seeder::DemoSizes m_sizes;
    const QList<HashedAccount> m_hashed;
    const QDateTime m_now;
    QRandomGenerator m_rng;

    std::vector<Employee> m_employees;
    std::vector<std::vector<int>> m_activeByDepartment; // index: department id - 1
    std::vector<int> m_active;
    QList<Actor> m_accounts;
    QList<qint64> m_mealTypes;
    // (employee, day, meal type) already on a request that counts for the duplicate rule.
    std::unordered_set<quint64> m_taken;
    qint64 m_requests = 0;
    qint64 m_lines = 0;
    qint64 m_accountDepartments = 0;
};
