#include "KeysetQuery.h"

#include "Failure.h"

#include <QCoreApplication>

KeysetQuery::KeysetQuery(QStringList columns, QString from, QMap<QString, QString> sortable,
                         QString defaultKey)
    : m_columns(std::move(columns))
    , m_from(std::move(from))
    , m_sortable(std::move(sortable))
    , m_defaultKey(std::move(defaultKey))
{
}

void KeysetQuery::where(const QString& condition, const QVariantList& values)
{
    m_conditions << QLatin1Char('(') + condition + QLatin1Char(')');
    m_values << values;
}

QString KeysetQuery::sortExpression(const PageRequest& request) const
{
    const QString key = request.sortKey.isEmpty() ? m_defaultKey : request.sortKey;
    const auto sort = m_sortable.constFind(key);
    if (sort == m_sortable.constEnd())
        throw Failure(Failure::Kind::Validation,
                      QCoreApplication::translate("KeysetQuery", "Cannot sort by '%1'.").arg(key),
                      QStringLiteral("sort"));
    return sort.value();
}

Statement KeysetQuery::run(Connection& connection, const PageRequest& request) const
{
    const QString expr = sortExpression(request);
    if (request.limit < 1 || request.limit > 10000)
        throw Failure(
            Failure::Kind::Validation,
            QCoreApplication::translate("KeysetQuery", "A page holds 1 to 10000 rows, not %1.")
                .arg(request.limit),
            QStringLiteral("limit"));
    if (request.skip < 0)
        throw Failure(Failure::Kind::Validation,
                      QCoreApplication::translate("KeysetQuery",
                                                  "Cannot skip a negative number of rows (%1).")
                          .arg(request.skip),
                      QStringLiteral("skip"));
    const QString id = m_columns.first();
    const QString cmp = request.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = request.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The row order is that of (keys..., id), every part in the one direction.
    QStringList keys = {expr, id};
    const bool emptyLast =
        m_emptyLast.contains(request.sortKey.isEmpty() ? m_defaultKey : request.sortKey);
    if (emptyLast) {
        // A leading rank in the same direction: after every other value both ways.
        keys.prepend(request.descending
                         ? QStringLiteral("CASE WHEN %1 = '' THEN 0 ELSE 1 END").arg(expr)
                         : QStringLiteral("CASE WHEN %1 = '' THEN 1 ELSE 0 END").arg(expr));
    }
    const QString keyList = keys.join(QStringLiteral(", "));
    const QString order = keys.join(dir + QStringLiteral(", ")) + dir;

    QStringList conditions = m_conditions;
    QVariantList values = m_columnValues + m_values;
    if (request.hasCursor) {
        const QStringList marks(keys.size(), QStringLiteral("?"));
        conditions
            << QStringLiteral("(%1) %2 (%3)").arg(keyList, cmp, marks.join(QStringLiteral(", ")));
        if (emptyLast) {
            const bool empty = request.afterValue.toString().isEmpty();
            values << ((empty != request.descending) ? 1 : 0);
        }
        values << request.afterValue << request.afterId;
    }
    if (request.skip > 0) {
        // The page starts after the row `skip - 1` places on: found by a subquery that reads
        // only the keys, run once; past the end it finds nothing and so does the page.
        QString seek = QStringLiteral("SELECT %1 FROM %2").arg(keyList, m_from);
        if (!conditions.isEmpty())
            seek += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
        seek += QStringLiteral(" ORDER BY %1 LIMIT 1 OFFSET ?").arg(order);
        const QVariantList seekValues =
            values.mid(m_columnValues.size()) + QVariantList{request.skip - 1};
        conditions << QStringLiteral("(%1) %2 (%3)").arg(keyList, cmp, seek);
        values << seekValues;
    }
    // Any other key travels as text: a timestamp keeps its microseconds (QDateTime has millis).
    QString sql = QStringLiteral("SELECT ") + m_columns.join(QStringLiteral(", "));
    if (expr != id)
        sql += QStringLiteral(", CAST(%1 AS TEXT)").arg(expr);
    sql += QStringLiteral(" FROM ") + m_from;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 LIMIT ?").arg(order);
    values << request.limit + 1;
    return connection.exec(sql, values);
}

qint64 KeysetQuery::count(Connection& connection) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM ") + m_from;
    if (!m_conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
    Statement q = connection.exec(sql, m_values);
    return q.next() ? q.value(0).toLongLong() : 0;
}
