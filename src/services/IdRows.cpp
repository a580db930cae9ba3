#include "IdRows.h"

#include "Connection.h"

QString IdRows::from(const Connection& c, const QString& alias)
{
    return c.rowsFrom({{QStringLiteral("id"), QStringLiteral("bigint")}}, alias);
}

QVariant IdRows::value(const QList<qint64>& ids)
{
    QList<QVariantList> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids)
        rows.append(QVariantList{id});
    return Connection::rowsValue(rows);
}
