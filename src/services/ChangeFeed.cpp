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

void ChangeFeed::notify(Connection& connection, const QMap<QString, QList<qint64>>& changes) const
{
    if (!connection.isPostgres() || changes.isEmpty())
        return;
    QList<QVariantList> payloads;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        QJsonArray idArray;
        if (it.value().size() <= maxIdsPerNotify) {
            for (const qint64 id : it.value())
                idArray.append(id);
        }
        const QJsonObject payload{{QStringLiteral("from"), m_instanceId},
                                  {QStringLiteral("entity"), it.key()},
                                  {QStringLiteral("ids"), idArray}};
        payloads.append({QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
    }
    connection.exec(
        QStringLiteral("SELECT count(pg_notify(?, n.payload)) FROM %1")
            .arg(connection.rowsFrom({{QStringLiteral("payload"), QStringLiteral("text")}},
                                     QStringLiteral("n"))),
        {QLatin1String(PgChangeListener::channel), Connection::rowsValue(payloads)});
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
