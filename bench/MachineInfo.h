#pragma once

#include <QJsonObject>
#include <QString>

// What the figures were measured on: the machine from /proc, the Qt and database versions.
class MachineInfo {
public:
    static MachineInfo detect();

    void setSqliteVersion(const QString& version) { m_sqliteVersion = version; }
    void setPostgresVersion(const QString& version) { m_postgresVersion = version; }

    QJsonObject toJson() const;
    // One line for the table's heading.
    QString summary() const;

private:
    QString m_cpuModel;
    int m_cores = 0;
    qint64 m_ramKiB = 0;
    QString m_os;
    QString m_qtVersion;
    QString m_sqliteVersion;
    QString m_postgresVersion;
};
