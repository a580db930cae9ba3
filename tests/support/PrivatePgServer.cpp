#include "PrivatePgServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTest>

PrivatePgServer::~PrivatePgServer()
{
    stop();
}

bool PrivatePgServer::run(const QStringList& command)
{
    const QString script = qEnvironmentVariable("MEALDESK_TEST_PG_HARNESS");
    if (script.isEmpty() || !m_dir.isValid()) {
        qWarning("MEALDESK_TEST_PG_HARNESS is not set: run the tests through ctest");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral("bash"),
                  QStringList{script, command.first(), m_dir.path()} + command.mid(1));
    // The event loop keeps turning meanwhile: work in flight goes on while the server restarts.
    return QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; },
                           120000) &&
           process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool PrivatePgServer::start()
{
    // With our pid, the harness removes the server even if this process crashes.
    if (!run({QStringLiteral("start"), QString::number(QCoreApplication::applicationPid())}))
        return false;
    QFile urlFile(m_dir.filePath(QStringLiteral("url")));
    if (!urlFile.open(QIODevice::ReadOnly))
        return false;
    m_url = QString::fromUtf8(urlFile.readAll()).trimmed();
    return !m_url.isEmpty();
}

void PrivatePgServer::stop()
{
    if (!m_url.isEmpty() && run({QStringLiteral("stop")}))
        m_url.clear();
}
