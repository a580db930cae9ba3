#include "Migrator.h"

#include "Connection.h"
#include "Failure.h"
#include "SchemaInspector.h"
#include "SqlScript.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

QString folder(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral(":/migrations/postgresql")
                                          : QStringLiteral(":/migrations/sqlite");
}

// version -> its files (NNNN_name.sql), applied in name order in one transaction.
QMap<int, QStringList> migrations(Dialect dialect)
{
    QMap<int, QStringList> result;
    const QDir dir(folder(dialect));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version > 0)
            result[version] << dir.filePath(name);
    }
    return result;
}

// What MealDesk adds beside the shared tables of adoptedVersion: applied after them on a new
// database, and alone on an adopted one.
QString ownObjects(Dialect dialect)
{
    return folder(dialect) + QStringLiteral("/0001_mealdesk_objects.sql");
}

void ensureVersionTable(Connection& c)
{
    c.execDirect(c.isPostgres()
                     ? QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version "
                                      "integer PRIMARY KEY, applied_at timestamptz NOT NULL "
                                      "DEFAULT now())")
                     : QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version "
                                      "integer PRIMARY KEY, applied_at text NOT NULL DEFAULT "
                                      "(strftime('%Y-%m-%d %H:%M:%f', 'now') || '000'))"));
}

void record(Connection& c, int version)
{
    c.exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"), {version});
}

// Inside the caller's transaction: refuses, or adds the confirmed columns, MealDesk's own
// objects and the record, with an audit row that says what was added.
void adopt(Connection& c, const SchemaReport& report, Migrator::AdoptionChanges changes)
{
    if (!report.problems.isEmpty())
        throw Failure(Failure::Kind::Validation, report.problemsSentence(),
                      QStringLiteral("schema"));
    if (!report.changes.isEmpty() && changes != Migrator::AdoptionChanges::Apply)
        throw Failure(Failure::Kind::Conflict, report.changesSentence());
    QJsonArray added;
    // Names and definitions come from SchemaInspector's own list, never from input.
    for (const SchemaReport::Change& change : report.changes) {
        c.execDirect(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                         .arg(change.table, change.column, change.definition));
        added.append(change.text());
    }
    SqlScript::run(c, ownObjects(c.dialect()));
    ensureVersionTable(c);
    record(c, Migrator::adoptedVersion);
    const QJsonObject details{
        {QStringLiteral("new"), QJsonObject{{QStringLiteral("version"), Migrator::adoptedVersion},
                                            {QStringLiteral("added_columns"), added}}},
        {QStringLiteral("reason"), QStringLiteral("adopted the web backend's tables")}};
    c.exec(QStringLiteral("INSERT INTO audit_log (at, account_id, action, entity, entity_id, "
                          "details) VALUES (?, ?, ?, ?, ?, ?)"),
           {c.toDb(QDateTime::currentDateTimeUtc()), QVariant(), QStringLiteral("schema.adopt"),
            QStringLiteral("schema"), QString::number(Migrator::adoptedVersion),
            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

QString stillMigrating(std::chrono::seconds wait)
{
    // A plain variable for %n: lupdate skips a call whose count is a cast.
    const int seconds = static_cast<int>(wait.count());
    return QCoreApplication::translate("Migrator",
                                       "Another MealDesk has been upgrading this database for "
                                       "more than %n second(s); try again when it is done.",
                                       nullptr, seconds);
}

// Holds PostgreSQL's session lock for the duration of a migration run. Another program's run
// is waited for up to `wait` (lock_timeout bounds advisory locks too), then refused as
// Unavailable. While held, the run's own statements and DDL lock waits have no interactive
// limits (a statement_timeout would also cut the wait short); the connection's are put back after.
class MigrationLock {
public:
    MigrationLock(Connection& c, std::chrono::seconds wait)
        : m_c(c)
    {
        if (!m_c.isPostgres())
            return;
        Statement q = m_c.exec(QStringLiteral(
            "SELECT current_setting('lock_timeout'), current_setting('statement_timeout')"));
        if (q.next()) {
            m_lockTimeout = q.value(0).toString();
            m_statementTimeout = q.value(1).toString();
        }
        setLimits(QStringLiteral("%1s").arg(wait.count()), QStringLiteral("0"));
        try {
            m_c.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {Migrator::lockKey});
        } catch (const Failure& e) {
            restoreLimits();
            if (e.nativeCode() != QLatin1String("55P03"))
                throw;
            throw Failure(Failure::Kind::Unavailable, stillMigrating(wait));
        }
        m_held = true;
        // Only DDL waits from here on: the other program has finished its run.
        setLimits(QStringLiteral("0"), QStringLiteral("0"));
    }
    ~MigrationLock()
    {
        if (!m_held)
            return;
        try {
            m_c.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {Migrator::lockKey});
            restoreLimits();
        } catch (const Failure&) {
            // The connection is gone, and the session's lock and settings with it.
        }
    }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;

private:
    void setLimits(const QString& lockTimeout, const QString& statementTimeout)
    {
        m_c.exec(QStringLiteral("SELECT set_config('lock_timeout', ?, false), "
                                "set_config('statement_timeout', ?, false)"),
                 {lockTimeout, statementTimeout});
    }
    void restoreLimits() { setLimits(m_lockTimeout, m_statementTimeout); }

    Connection& m_c;
    QString m_lockTimeout = QStringLiteral("0");
    QString m_statementTimeout = QStringLiteral("0");
    bool m_held = false;
};

} // namespace

int Migrator::latestVersion()
{
    const auto all = migrations(Dialect::SQLite);
    return all.isEmpty() ? 0 : all.lastKey();
}

int Migrator::migrate(Connection& c, AdoptionChanges changes, std::chrono::seconds lockWait)
{
    c.ensureOpen();
    const QMap<int, QStringList> all = migrations(c.dialect());
    if (all.isEmpty())
        throw Failure(Failure::Kind::Internal, QStringLiteral("No migrations are built in"));
    const MigrationLock lock(c, lockWait);
    int version = 0;
    // The state, and the adoption when it is due, in one transaction: on SQLite its
    // BEGIN IMMEDIATE makes a second program wait, then find the record.
    c.inTransaction([&] {
        const SchemaReport report = SchemaInspector::inspect(c);
        switch (report.state) {
        case SchemaReport::State::MealDesk:
            version = report.version;
            break;
        case SchemaReport::State::Empty:
            ensureVersionTable(c);
            break;
        case SchemaReport::State::Backend:
            adopt(c, report, changes);
            version = adoptedVersion;
            break;
        }
    });
    if (version > latestVersion())
        throw Failure(Failure::Kind::Unavailable,
                      QStringLiteral("The database schema is version %1, newer than this "
                                     "MealDesk knows (version %2): update MealDesk")
                          .arg(version)
                          .arg(latestVersion()));
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it.key() <= version)
            continue;
        c.inTransaction([&] {
            // Another program may have applied it since (SQLite has no lock across the run).
            if (SchemaInspector::recordedVersion(c) >= it.key())
                return;
            for (const QString& file : it.value())
                SqlScript::run(c, file);
            record(c, it.key());
        });
        version = it.key();
    }
    return version;
}
