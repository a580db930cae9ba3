#include "BenchDatabase.h"

#include "AuthService.h"
#include "EventWait.h"
#include "Seeder.h"

#include <QThread>

#include <stdexcept>

BenchDatabase::BenchDatabase(const ConnectionSettings& settings, int poolSize)
    : m_settings(settings)
    , m_poolSize(poolSize)
    , m_db(std::make_unique<Database>(settings, poolSize))
{
}

QString BenchDatabase::backend() const
{
    return m_settings.dialect() == Dialect::PostgreSQL ? QStringLiteral("postgresql")
                                                       : QStringLiteral("sqlite");
}

QString BenchDatabase::url() const
{
    return m_settings.displayUrl();
}

Actor BenchDatabase::signInChild(Database& db, ChangeFeed& feed, const char* username,
                                 const char* password)
{
    AuthService auth(db, feed);
    QFuture<Actor> signedIn = auth.signIn(QLatin1String(username), QLatin1String(password));
    if (!EventWait::until(
            nullptr, [&] { return signedIn.isFinished(); }, 60000))
        throw std::runtime_error("signing in timed out");
    return signedIn.result(); // finished: only rethrows a failure
}

void BenchDatabase::prepareEmpty()
{
    m_db->migrate().waitForFinished();
    Seeder(*m_db)
        .createFirstAdmin(QLatin1String(benchAdmin), QLatin1String(benchPassword))
        .waitForFinished();
    signIn(QLatin1String(benchAdmin), QLatin1String(benchPassword));
}

void BenchDatabase::prepareDemo(int employees)
{
    m_db->migrate().waitForFinished();
    Seeder::DemoSizes sizes;
    sizes.employees = employees;
    sizes.mealRequests = 0;
    sizes.revokedTokens = 0;
    sizes.origins = 0;
    Seeder(*m_db).fillDemo(sizes).waitForFinished();
    signIn(QLatin1String(demoAdmin), QLatin1String(demoPassword));
}

void BenchDatabase::openAllConnections()
{
    // Each task holds its thread a moment, so that the next one goes to another thread.
    QList<QFuture<void>> opened;
    for (int i = 0; i < m_poolSize; ++i)
        opened << m_db->read([](Connection&) { QThread::msleep(50); });
    for (QFuture<void>& f : opened)
        f.waitForFinished();
}

void BenchDatabase::signIn(const QString& username, const QString& password)
{
    AuthService auth(*m_db, m_feed);
    QFuture<Actor> signedIn = auth.signIn(username, password);
    signedIn.waitForFinished(); // result() alone would not wait for a task not yet begun
    m_admin = signedIn.result();
}
