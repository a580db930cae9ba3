#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// An allowed_origins row.
struct OriginRecord {
    qint64 id = 0;
    QString origin;
    QString note;
    bool active = true;
    qint64 createdById = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;

    QJsonObject toJson() const;
};
