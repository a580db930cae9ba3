#include "MachineInfo.h"

#include <QFile>
#include <QSysInfo>
#include <QThread>

namespace {

// The value of the first "key : value" line of a /proc file that starts with `key`.
QString procValue(const QString& path, const QString& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(key))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

} // namespace

MachineInfo MachineInfo::detect()
{
    MachineInfo info;
    info.m_cpuModel = procValue(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"));
    info.m_cores = QThread::idealThreadCount();
    const QString memTotal = procValue(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"));
    info.m_ramKiB = memTotal.section(QLatin1Char(' '), 0, 0).toLongLong();
    info.m_os =
        QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelVersion();
    info.m_qtVersion = QString::fromLatin1(qVersion());
    return info;
}

QJsonObject MachineInfo::toJson() const
{
    return {{QStringLiteral("cpu"), m_cpuModel},
            {QStringLiteral("cores"), m_cores},
            {QStringLiteral("ram_mib"), m_ramKiB / 1024},
            {QStringLiteral("os"), m_os},
            {QStringLiteral("qt"), m_qtVersion},
            {QStringLiteral("sqlite"), m_sqliteVersion},
            {QStringLiteral("postgresql"), m_postgresVersion}};
}

QString MachineInfo::summary() const
{
    return QStringLiteral("%1, %2 cores, %3 GiB RAM; %4; Qt %5, SQLite %6, PostgreSQL %7")
        .arg(m_cpuModel)
        .arg(m_cores)
        .arg(double(m_ramKiB) / (1024.0 * 1024.0), 0, 'f', 1)
        .arg(m_os, m_qtVersion, m_sqliteVersion.isEmpty() ? QStringLiteral("-") : m_sqliteVersion,
             m_postgresVersion.isEmpty() ? QStringLiteral("-") : m_postgresVersion);
}
