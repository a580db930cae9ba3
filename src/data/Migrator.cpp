#include "Migrator.h"

#include "Connection.h"
#include "Failure.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace {

// An arbitrary constant shared by every MealDesk: serializes migrations on one server.
constexpr qint64 migrationLockKey = 0x4d65616c4465736b;

QString folder(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral(":/migrations/postgresql")
                                          : QStringLiteral(":/migrations/sqlite");
}

// version -> resource path
QMap<int, QString> migrations(Dialect dialect)
{
    QMap<int, QString> result;
    const QDir dir(folder(dialect));
    for (const QString& name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version > 0)
            result.insert(version, dir.filePath(name));
    }
    return result;
}

QStringList statements(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Failure(Failure::Kind::Internal, QStringLiteral("Migration %1 is missing").arg(path));
    QString text = QString::fromUtf8(file.readAll());
    text.remove(
        QRegularExpression(QStringLiteral("^\\s*--[^\\n]*$"), QRegularExpression::MultilineOption));
    QStringList result;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral(";\\s*\\n")))) {
        if (!part.trimmed().isEmpty())
            result << part.trimmed();
    }
    return result;
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

// Holds PostgreSQL's session lock for the duration of a migration run.
class MigrationLock {
public:
    explicit MigrationLock(Connection& c)
        : m_c(c)
    {
        if (m_c.isPostgres())
            m_c.exec(QStringLiteral("SELECT pg_advisory_lock(?)"), {migrationLockKey}).finish();
    }
    ~MigrationLock()
    {
        if (!m_c.isPostgres())
            return;
        try {
            m_c.exec(QStringLiteral("SELECT pg_advisory_unlock(?)"), {migrationLockKey}).finish();
        } catch (const Failure&) {
            // The connection is gone, and the session's lock with it.
        }
    }
    MigrationLock(const MigrationLock&) = delete;
    MigrationLock& operator=(const MigrationLock&) = delete;

private:
    Connection& m_c;
};

} // namespace

int Migrator::latestVersion()
{
    const auto all = migrations(Dialect::SQLite);
    return all.isEmpty() ? 0 : all.lastKey();
}

int Migrator::currentVersion(Connection& c)
{
    QSqlQuery& q =
        c.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return version;
}

int Migrator::migrate(Connection& c)
{
    c.ensureOpen();
    const QMap<int, QString> all = migrations(c.dialect());
    if (all.isEmpty())
        throw Failure(Failure::Kind::Internal, QStringLiteral("No migrations are built in"));
    const MigrationLock lock(c);
    int version = 0;
    // Each migration, and the check before it, in one transaction.
    c.inTransaction([&] {
        ensureVersionTable(c);
        version = currentVersion(c);
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
            for (const QString& sql : statements(it.value()))
                c.execDirect(sql);
            c.exec(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"),
                   {it.key()});
        });
        version = it.key();
    }
    return version;
}
