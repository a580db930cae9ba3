#include "PrivateServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>

bool PrivateServer::start()
{
    if (!m_dir.isValid()) {
        qWarning("PrivateServer: no temporary directory: %s", qPrintable(m_dir.errorString()));
        return false;
    }
    // With our pid, the harness removes the server even if this process crashes.
    if (!run(QStringLiteral("start"), {QString::number(QCoreApplication::applicationPid())}))
        return false;
    QFile urlFile(m_dir.filePath(QStringLiteral("url")));
    if (!urlFile.open(QIODevice::ReadOnly)) {
        qWarning("PrivateServer: the harness wrote no url");
        return false;
    }
    m_url = QString::fromUtf8(urlFile.readAll()).trimmed();
    return true;
}

bool PrivateServer::run(const QString& command, const QStringList& args)
{
    const QString script = qEnvironmentVariable("MEALDESK_TEST_PG_HARNESS");
    if (script.isEmpty()) {
        qWarning("MEALDESK_TEST_PG_HARNESS is not set: run the tests through ctest");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral("bash"), QStringList{script, command, m_dir.path()} + args);
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

void PrivateServer::stop()
{
    if (!m_url.isEmpty() && run(QStringLiteral("stop")))
        m_url.clear();
}
