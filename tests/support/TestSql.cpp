#include "TestSql.h"

#include "Await.h"

QVariant TestSql::scalar(Connection& c, const QString& sql, const QVariantList& values)
{
    Statement q = c.exec(sql, values);
    return q.next() ? q.value(0) : QVariant();
}

QVariant TestSql::scalar(Database& db, const QString& sql, const QVariantList& values)
{
    return settle(db.read([sql, values](Connection& c) { return scalar(c, sql, values); }))
        .value_or(QVariant());
}

qint64 TestSql::rowCount(Database& db, const QString& table)
{
    const QVariant n = scalar(db, QStringLiteral("SELECT count(*) FROM ") + table);
    return n.isNull() ? -1 : n.toLongLong();
}

qint64 TestSql::auditCount(Database& db, const QString& action)
{
    const QVariant n =
        scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action});
    return n.isNull() ? -1 : n.toLongLong();
}

bool TestSql::write(Database& db, const std::function<void(Connection&)>& fn)
{
    return succeeded(db.write(fn));
}
