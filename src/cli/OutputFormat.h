#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

// How the commands write values: times in UTC, absent values as "-" in text and null in JSON.
class OutputFormat {
public:
    // "yyyy-MM-dd HH:mm:ss UTC", or `none` for an invalid time.
    static QString time(const QDateTime& time, const QString& none = QStringLiteral("-"));
    // ISO 8601 in UTC with milliseconds, or null.
    static QJsonValue timeJson(const QDateTime& time);
    // Null when empty.
    static QJsonValue textJson(const QString& text);
    // Null when 0 (no row).
    static QJsonValue idJson(qint64 id);
    static QString yesNo(bool value);
};
