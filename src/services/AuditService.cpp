#include "AuditService.h"

#include "CsvExport.h"
#include "KeysetQuery.h"

namespace {

KeysetQuery listQuery(Connection& c, const AuditFilter& filter)
{
    KeysetQuery query({QStringLiteral("l.id"), QStringLiteral("l.at"),
                       QStringLiteral("l.account_id"), QStringLiteral("a.username"),
                       QStringLiteral("l.action"), QStringLiteral("l.entity"),
                       QStringLiteral("l.entity_id"), QStringLiteral("l.details")},
                      QStringLiteral("audit_log l LEFT JOIN account a ON a.id = l.account_id"),
                      {{QStringLiteral("at"), QStringLiteral("l.at")}}, QStringLiteral("at"));
    if (filter.accountId)
        query.where(QStringLiteral("l.account_id = ?"), {filter.accountId});
    if (!filter.action.isEmpty())
        query.where(QStringLiteral("l.action = ?"), {filter.action});
    if (!filter.entity.isEmpty())
        query.where(QStringLiteral("l.entity = ?"), {filter.entity});
    if (filter.from.isValid())
        query.where(QStringLiteral("l.at >= ?"), {c.toDb(filter.from)});
    if (filter.to.isValid())
        query.where(QStringLiteral("l.at < ?"), {c.toDb(filter.to)});
    return query;
}

AuditRecord readRow(const Statement& q)
{
    return {q.value(0).toLongLong(), Connection::fromDb(q.value(1)), q.value(2).toLongLong(),
            q.value(3).toString(),   q.value(4).toString(),          q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString()};
}

} // namespace

QFuture<Page<AuditRecord>> AuditService::list(const Actor& actor, const AuditFilter& filter,
                                              const PageRequest& page)
{
    return query(actor, Operation::ViewAuditLog, [filter, page](Connection& c, const Actor&) {
        return listQuery(c, filter).fetch<AuditRecord>(c, page, readRow);
    });
}

QFuture<qint64> AuditService::count(const Actor& actor, const AuditFilter& filter)
{
    return query(actor, Operation::ViewAuditLog,
                 [filter](Connection& c, const Actor&) { return listQuery(c, filter).count(c); });
}

QFuture<QByteArray> AuditService::exportCsv(const Actor& actor, const AuditFilter& filter,
                                            const PageRequest& order, qint64 maxRows)
{
    return query(
        actor, Operation::ViewAuditLog, [filter, order, maxRows](Connection& c, const Actor&) {
            return CsvExport::write<AuditRecord>(
                c, listQuery(c, filter), order,
                {QStringLiteral("Time (UTC)"), QStringLiteral("Actor"), QStringLiteral("Action"),
                 QStringLiteral("Entity"), QStringLiteral("Entity id"), QStringLiteral("Details")},
                readRow,
                [](const AuditRecord& r) {
                    return QStringList{CsvExport::time(r.at),
                                       r.accountName,
                                       r.action,
                                       r.entity,
                                       r.entityId,
                                       r.details};
                },
                maxRows);
        });
}
