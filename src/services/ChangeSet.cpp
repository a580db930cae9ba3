#include "ChangeSet.h"

#include "ChangeFeed.h"
#include "Connection.h"

#include <QJsonDocument>

namespace {
constexpr qsizetype maxIds = 1000;
} // namespace

ChangeSet::ChangeSet(Actor actor)
    : m_actor(std::move(actor))
{
}

QJsonObject ChangeSet::detailsOf(const QJsonObject& oldValues, const QJsonObject& newValues)
{
    QJsonObject details;
    if (!oldValues.isEmpty())
        details.insert(QStringLiteral("old"), oldValues);
    if (!newValues.isEmpty())
        details.insert(QStringLiteral("new"), newValues);
    return details;
}

void ChangeSet::record(Connection& connection, const QString& action, const QString& entity,
                       qint64 id, const QJsonObject& oldValues, const QJsonObject& newValues)
{
    insertAudit(connection, action, entity, QString::number(id), detailsOf(oldValues, newValues));
    touch(entity, id);
}

void ChangeSet::recordAll(Connection& connection, const QString& action, const QString& entity,
                          const QList<Entry>& entries)
{
    const QVariant at = connection.toDb(QDateTime::currentDateTimeUtc());
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const Entry& e : entries) {
        rows.append({at, accountValue(), action, entity, QString::number(e.id),
                     QString::fromUtf8(QJsonDocument(detailsOf(e.oldValues, e.newValues))
                                           .toJson(QJsonDocument::Compact))});
        touch(entity, e.id);
    }
    connection.insertRows(QStringLiteral("audit_log"),
                          {{QStringLiteral("at"), QStringLiteral("timestamptz")},
                           {QStringLiteral("account_id"), QStringLiteral("bigint")},
                           {QStringLiteral("action"), QStringLiteral("text")},
                           {QStringLiteral("entity"), QStringLiteral("text")},
                           {QStringLiteral("entity_id"), QStringLiteral("text")},
                           {QStringLiteral("details"), QStringLiteral("text")}},
                          rows);
}

void ChangeSet::recordBulk(Connection& connection, const QString& action, const QString& entity,
                           const QJsonObject& details)
{
    insertAudit(connection, action, entity, QVariant(), details);
    m_bulk.insert(entity);
}

void ChangeSet::recordEvent(Connection& connection, const QString& action, const QString& entity,
                            qint64 id, const QJsonObject& details)
{
    insertAudit(connection, action, entity, id > 0 ? QVariant(QString::number(id)) : QVariant(),
                details);
    if (id > 0)
        touch(entity, id);
}

void ChangeSet::insertAudit(Connection& connection, const QString& action, const QString& entity,
                            const QVariant& id, const QJsonObject& details) const
{
    connection.exec(
        QStringLiteral("INSERT INTO audit_log (at, account_id, action, entity, entity_id, "
                       "details) VALUES (?, ?, ?, ?, ?, ?)"),
        {connection.toDb(QDateTime::currentDateTimeUtc()), accountValue(), action, entity, id,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
}

QVariant ChangeSet::accountValue() const
{
    return m_actor.accountId > 0 ? QVariant(m_actor.accountId) : QVariant();
}

void ChangeSet::touch(const QString& entity, qint64 id)
{
    if (m_bulk.contains(entity))
        return;
    QSet<qint64>& ids = m_touched[entity];
    ids.insert(id);
    // Past a screenful of rows a screen reloads anyway: "any row" says it without keeping every
    // id (an import of 200,000 employees would hold them all).
    if (ids.size() > maxIds) {
        m_touched.remove(entity);
        m_bulk.insert(entity);
    }
}

QMap<QString, QList<qint64>> ChangeSet::changes() const
{
    QMap<QString, QList<qint64>> result;
    for (auto it = m_touched.constBegin(); it != m_touched.constEnd(); ++it) {
        if (!m_bulk.contains(it.key()))
            result.insert(it.key(), it.value().values());
    }
    for (const QString& entity : m_bulk)
        result.insert(entity, {});
    return result;
}

void ChangeSet::notify(Connection& connection, const ChangeFeed& feed) const
{
    feed.notify(connection, changes());
}

void ChangeSet::announce(ChangeFeed& feed) const
{
    const auto all = changes();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        feed.announce(it.key(), it.value());
}
