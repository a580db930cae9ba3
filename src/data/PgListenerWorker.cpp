#include "PgListenerWorker.h"

#include "PgChangeListener.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

namespace {
constexpr int checkIntervalMs = 3000;
}

PgListenerWorker::PgListenerWorker(const ConnectionSettings& settings, ServerWatch* watch)
    : m_settings(settings)
    , m_name(QStringLiteral("mealdesk-listen-") + QUuid::createUuid().toString(QUuid::Id128))
    , m_timer(this) // a child moves to the listener thread with its parent
    , m_watched(watch ? std::make_unique<WatchedConnection>(*watch) : nullptr)
{
    m_timer.setInterval(checkIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PgListenerWorker::check);
}

void PgListenerWorker::start()
{
    m_timer.start();
    watched([this] { connectAndListen(); });
}

void PgListenerWorker::stop()
{
    m_timer.stop();
    close();
}

void PgListenerWorker::close()
{
    if (!m_db.isValid())
        return;
    if (m_watched)
        m_watched->detach();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void PgListenerWorker::connectAndListen()
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    m_db.setDatabaseName(m_settings.databaseName());
    m_db.setUserName(m_settings.user());
    m_db.setPassword(m_settings.password());
    m_db.setConnectOptions(m_settings.postgresConnectOptions());
    if (m_db.open() && m_watched)
        m_watched->attach(m_db.driver());
    if (!m_db.isOpen() ||
        !m_db.driver()->subscribeToNotification(QLatin1String(PgChangeListener::channel))) {
        close(); // the timer tries again
        return;
    }
    connect(m_db.driver(), &QSqlDriver::notification, this,
            [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                Q_EMIT notified(payload.toString());
            });
    Q_EMIT listening();
}

void PgListenerWorker::check()
{
    watched([this] {
        if (m_db.isValid() && m_db.isOpen()) {
            QSqlQuery ping(m_db);
            if (ping.exec(QStringLiteral("SELECT 1")))
                return;
        }
        if (!m_stopping)
            connectAndListen();
    });
}

void PgListenerWorker::watched(const std::function<void()>& work)
{
    if (!m_watched)
        return work();
    m_watched->begin();
    const auto idle = qScopeGuard([this] { m_watched->end(); });
    work();
}
