#include "ChangeFeed.h"

#include "Connection.h"
#include "PgChangeListener.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
// NOTIFY payloads are limited to 8000 bytes: beyond this many ids, say "reload everything".
constexpr int maxIdsPerNotify = 500;
} // namespace

ChangeFeed::ChangeFeed(QObject* parent)
    : QObject(parent)
{
}

void ChangeFeed::announce(const QString& entity, const QList<qint64>& ids)
{
    Q_EMIT changed(entity, ids);
}

void ChangeFeed::notify(Connection& connection, const QString& entity,
                        const QList<qint64>& ids) const
{
    if (!connection.isPostgres())
        return;
    QJsonArray idArray;
    if (ids.size() <= maxIdsPerNotify) {
        for (const qint64 id : ids)
            idArray.append(id);
    }
    const QJsonObject payload{{QStringLiteral("from"), m_instanceId},
                              {QStringLiteral("entity"), entity},
                              {QStringLiteral("ids"), idArray}};
    connection.exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                    {QLatin1String(PgChangeListener::channel),
                     QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
}

void ChangeFeed::receive(const QString& payload)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    if (object.value(QStringLiteral("from")).toString() == m_instanceId)
        return;
    const QString entity = object.value(QStringLiteral("entity")).toString();
    if (entity.isEmpty())
        return;
    QList<qint64> ids;
    for (const auto& id : object.value(QStringLiteral("ids")).toArray())
        ids.append(static_cast<qint64>(id.toDouble()));
    announce(entity, ids);
}
