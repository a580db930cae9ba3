#include "OutputFormat.h"

QString OutputFormat::time(const QDateTime& time, const QString& none)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
                                QStringLiteral(" UTC")
                          : none;
}

QJsonValue OutputFormat::timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue OutputFormat::textJson(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue OutputFormat::idJson(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QString OutputFormat::yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}
