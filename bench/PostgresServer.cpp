#include "PostgresServer.h"

#include "Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <stdexcept>

namespace {

QString harness()
{
    return QString::fromUtf8(qgetenv("MEALDESK_PG_HARNESS").isEmpty()
                                 ? QByteArray(MEALDESK_PG_HARNESS)
                                 : qgetenv("MEALDESK_PG_HARNESS"));
}

// Runs the harness; throws with its output when it fails.
void runHarness(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("bash"), QStringList{harness()} + arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        throw std::runtime_error(
            QCoreApplication::translate("PostgresServer", "pg-harness.sh %1 failed: %2")
                .arg(arguments.value(0), QString::fromUtf8(process.readAll()).trimmed())
                .toStdString());
    }
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

void PostgresServer::start()
{
    if (!m_dir.isValid())
        throw std::runtime_error("cannot create a temporary directory for PostgreSQL");
    // With our pid the harness's watchdog removes the server if this process crashes.
    runHarness({QStringLiteral("start"), m_dir.path(),
                QString::number(QCoreApplication::applicationPid())});
    QFile url(m_dir.filePath(QStringLiteral("url")));
    if (!url.open(QIODevice::ReadOnly))
        throw std::runtime_error("pg-harness.sh wrote no URL");
    m_adminUrl = QString::fromUtf8(url.readAll()).trimmed();
}

void PostgresServer::stop()
{
    if (m_adminUrl.isEmpty())
        return;
    m_adminUrl.clear();
    try {
        runHarness({QStringLiteral("stop"), m_dir.path()});
    } catch (const std::exception& e) {
        qWarning("%s", e.what());
    }
}

QString PostgresServer::urlOf(const QString& database) const
{
    QString url = m_adminUrl;
    url.replace(QRegularExpression(QStringLiteral("/postgres$")), QLatin1Char('/') + database);
    return url;
}

ConnectionSettings PostgresServer::createDatabase(const QString& name) const
{
    Database admin(ConnectionSettings::parse(m_adminUrl), 1);
    // `name` is the bench's own identifier, never input.
    admin
        .read([name](Connection& c) {
            c.execDirect(QStringLiteral("DROP DATABASE IF EXISTS ") + name);
            c.execDirect(QStringLiteral("CREATE DATABASE ") + name);
        })
        .waitForFinished();
    return ConnectionSettings::parse(urlOf(name));
}

QString PostgresServer::serverVersion() const
{
    Database admin(ConnectionSettings::parse(m_adminUrl), 1);
    QFuture<QString> version = admin.read([](Connection& c) {
        Statement q = c.exec(QStringLiteral("SELECT current_setting('server_version')"));
        return q.next() ? q.value(0).toString() : QString();
    });
    version.waitForFinished(); // result() alone would not wait for a task not yet begun
    return version.result();
}
