#include "Seeder.h"

#include "AccountRules.h"
#include "Connection.h"
#include "Database.h"
#include "DemoDataGenerator.h"
#include "Failure.h"
#include "PasswordHasher.h"
#include "Role.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrentMap>

namespace {

template <typename T> QFuture<T> refused(const QString& message, const QString& field)
{
    return QtFuture::makeExceptionalFuture<T>(Failure(Failure::Kind::Validation, message, field));
}

// bcrypt takes about 0.2 s: only ever called inside a database task, before the write
// transaction. Running it in the Database's own pools (not the global one) keeps every step of a
// chain inside tasks the Database's destructor waits for.
QByteArray hashPassword(const QString& password)
{
    try {
        return PasswordHasher::hash(password);
    } catch (const std::exception& e) {
        throw Failure(
            Failure::Kind::Internal,
            QStringLiteral("Hashing the password failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

bool exists(Connection& c, const QString& table)
{
    // `table` comes from the fixed lists below, never from input.
    Statement q = c.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    q.next();
    return q.value(0).toBool();
}

// Keeps a concurrent first-admin or demo fill out until this transaction ends. SQLite needs
// nothing: its writes already run one at a time under BEGIN IMMEDIATE.
void lockAccounts(Connection& c)
{
    if (c.isPostgres())
        c.execDirect(QStringLiteral("LOCK TABLE account IN EXCLUSIVE MODE"));
}

Failure accountsExist()
{
    return Failure(Failure::Kind::Conflict,
                   QStringLiteral("The database already has accounts: this is only done in a new, "
                                  "empty database."));
}

void ensureEmpty(Connection& c)
{
    if (exists(c, QStringLiteral("account")))
        throw accountsExist();
    for (const QString& table :
         {QStringLiteral("department"), QStringLiteral("employee"), QStringLiteral("meal_request"),
          QStringLiteral("revoked_tokens"), QStringLiteral("allowed_origins")}) {
        if (exists(c, table))
            throw Failure(Failure::Kind::Conflict,
                          QStringLiteral("The database already has data (table %1): demo data "
                                         "goes only into a new, empty database.")
                              .arg(table));
    }
}

QList<DemoDataGenerator::HashedAccount> hashDemoAccounts()
{
    // In parallel: one after another they would take a second.
    return QtConcurrent::blockingMapped(Seeder::demoAccounts(), [](const Seeder::DemoAccount& a) {
        return DemoDataGenerator::HashedAccount{a, hashPassword(a.password)};
    });
}

QString checkSizes(const Seeder::DemoSizes& sizes, QString* field)
{
    const std::tuple<const char*, const char*, int, int> checks[] = {
        {"departments", "departments", sizes.departments, Seeder::maxDemoSize},
        {"employees", "employees", sizes.employees, Seeder::maxDemoSize},
        {"mealRequests", "meal requests", sizes.mealRequests, Seeder::maxDemoSize},
        {"linesPerRequest", "lines per request", sizes.linesPerRequest, Seeder::maxLinesPerRequest},
        {"revokedTokens", "revoked tokens", sizes.revokedTokens, Seeder::maxDemoSize},
        {"origins", "origins", sizes.origins, Seeder::maxDemoSize},
    };
    for (const auto& [name, words, value, max] : checks) {
        if (value < 0 || value > max) {
            *field = QLatin1String(name);
            return QStringLiteral("The number of %1 must be from 0 to %2 (not %3).")
                .arg(QLatin1String(words), QString::number(max), QString::number(value));
        }
    }
    return {};
}

} // namespace

QList<Seeder::DemoAccount> Seeder::demoAccounts()
{
    // Memorable on purpose: the README lists them. Never use them outside a demo.
    return {
        {QStringLiteral("admin"), QStringLiteral("admin-pass"), firstAdminRole(), true,
         QStringLiteral("System Administrator"), false, 0},
        {QStringLiteral("requester"),
         QStringLiteral("requester-pass"),
         roleName(Role::Requester),
         false,
         {},
         true,
         2},
        {QStringLiteral("taker"),
         QStringLiteral("taker-pass"),
         roleName(Role::RequestTaker),
         false,
         {},
         true,
         3},
        {QStringLiteral("captain"),
         QStringLiteral("captain-pass"),
         roleName(Role::Captain),
         false,
         {},
         true,
         0},
        {QStringLiteral("stock"), QStringLiteral("stock-pass"), roleName(Role::StockControl), false,
         QStringLiteral("Stock Control Desk"), false, 0},
    };
}

QString Seeder::firstAdminRole()
{
    return roleName(Role::Captain);
}

QFuture<bool> Seeder::hasAccounts()
{
    return m_db.read([](Connection& c) { return exists(c, QStringLiteral("account")); });
}

QFuture<void> Seeder::fillDemo(const DemoSizes& sizes)
{
    QString field;
    if (const QString problem = checkSizes(sizes, &field); !problem.isEmpty())
        return refused<void>(problem, field);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A quick look first spares a non-empty database the hashing; the write checks again.
    return m_db
        .read([](Connection& c) {
            ensureEmpty(c);
            return hashDemoAccounts();
        })
        .then([&db = m_db, sizes, now](const QList<DemoDataGenerator::HashedAccount>& accounts) {
            return db.write([sizes, now, accounts](Connection& c) {
                lockAccounts(c);
                ensureEmpty(c);
                DemoDataGenerator(c, sizes, accounts, now).run();
            });
        })
        .unwrap();
}

QFuture<qint64> Seeder::createFirstAdmin(const QString& username, const QString& password)
{
    if (const QString problem = AccountRules::checkUsername(username); !problem.isEmpty())
        return refused<qint64>(problem, QStringLiteral("username"));
    if (const QString problem = PasswordHasher::checkStrength(password); !problem.isEmpty())
        return refused<qint64>(problem, QStringLiteral("password"));
    // A quick look first spares a database with accounts the hashing; the write checks again.
    return m_db
        .read([password](Connection& c) {
            if (exists(c, QStringLiteral("account")))
                throw accountsExist();
            return hashPassword(password);
        })
        .then([&db = m_db, username](const QByteArray& hash) {
            return db.write([username, hash](Connection& c) {
                lockAccounts(c);
                if (exists(c, QStringLiteral("account")))
                    throw accountsExist();
                const QVariant now = c.toDb(QDateTime::currentDateTimeUtc());
                const qint64 id =
                    c.insert(QStringLiteral("INSERT INTO account (username, password_hash, role, "
                                            "is_super_admin, is_active, is_blocked, created_at, "
                                            "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {username, QString::fromLatin1(hash), firstAdminRole(), true, true,
                              false, now, now});
                const QJsonObject details{
                    {QStringLiteral("new"), QJsonObject{{QStringLiteral("username"), username},
                                                        {QStringLiteral("role"), firstAdminRole()},
                                                        {QStringLiteral("is_super_admin"), true},
                                                        {QStringLiteral("is_active"), true}}},
                    {QStringLiteral("reason"), QStringLiteral("first super admin")}};
                c.exec(QStringLiteral("INSERT INTO audit_log (at, account_id, action, entity, "
                                      "entity_id, details) VALUES (?, ?, ?, ?, ?, ?)"),
                       {now, QVariant(), QStringLiteral("account.create"),
                        QStringLiteral("account"), QString::number(id),
                        QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
                return id;
            });
        })
        .unwrap();
}

QFuture<Seeder::TableCounts> Seeder::tableCounts()
{
    return m_db.read([](Connection& c) {
        // Each table name comes from this fixed list, never from input.
        const auto count = [&c](const QString& table) {
            Statement q = c.exec(QStringLiteral("SELECT count(*) FROM ") + table);
            q.next();
            return q.value(0).toLongLong();
        };
        TableCounts counts;
        counts.departments = count(QStringLiteral("department"));
        counts.employees = count(QStringLiteral("employee"));
        counts.accounts = count(QStringLiteral("account"));
        counts.mealRequests = count(QStringLiteral("meal_request"));
        counts.mealRequestLines = count(QStringLiteral("meal_request_line"));
        counts.revokedTokens = count(QStringLiteral("revoked_tokens"));
        counts.origins = count(QStringLiteral("allowed_origins"));
        return counts;
    });
}
