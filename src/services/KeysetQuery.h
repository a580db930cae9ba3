#pragma once

#include "Connection.h"
#include "Page.h"
#include "PageRequest.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantList>

// A keyset-paged SELECT built from whitelisted parts: columns (the first is the row id), FROM,
// bound filters, and sort keys that map to non-null SQL expressions. Values are always bound.
class KeysetQuery {
public:
    // sortable: key -> non-null SQL expression; defaultKey must be one of them.
    KeysetQuery(QStringList columns, QString from, QMap<QString, QString> sortable,
                QString defaultKey);

    // Rows whose value of this (text) key is '' come after all others, in either direction.
    void sortEmptyLast(const QString& key) { m_emptyLast << key; }
    void where(const QString& condition, const QVariantList& values = {});
    // Values for the ? in the columns (bound before the conditions' values).
    void bindColumns(const QVariantList& values) { m_columnValues = values; }

    // One page; row(const Statement&) -> T reads the columns in the order given.
    template <typename T, typename RowFn>
    Page<T> fetch(Connection& connection, const PageRequest& request, RowFn row) const
    {
        Statement q = run(connection, request);
        // Sorted by id, the id is the cursor; otherwise the key comes as an extra last column.
        const bool byId = sortExpression(request) == m_columns.first();
        Page<T> page;
        while (q.next()) {
            if (page.rows.size() == request.limit) {
                page.hasMore = true;
                break;
            }
            page.rows.append(row(q));
            page.lastId = q.value(0).toLongLong();
            if (!byId)
                page.lastValue = q.value(static_cast<int>(m_columns.size()));
        }
        if (byId && !page.rows.isEmpty())
            page.lastValue = page.lastId;
        return page;
    }

    // Every row from the request on, page after page of request.limit rows: sink(QList<T>&&)
    // gets each page in order, and `request` moves past it, so that a read run again on a new
    // connection goes on after the last page handed over. One statement per page: QPSQL fetches
    // the whole result of a bound statement before its first row. Stops after maxRows rows
    // (0: no limit) or when the task is canceled; returns the number of rows handed over.
    template <typename T, typename RowFn, typename SinkFn>
    qint64 scan(Connection& connection, PageRequest& request, qint64 maxRows, RowFn row,
                SinkFn sink) const
    {
        const int pageRows = request.limit;
        qint64 handed = 0;
        for (;;) {
            if (maxRows > 0)
                request.limit = static_cast<int>(qMin<qint64>(pageRows, maxRows - handed));
            Page<T> page = fetch<T>(connection, request, row);
            request.limit = pageRows;
            handed += page.rows.size();
            if (!page.rows.isEmpty()) {
                request.hasCursor = true;
                request.afterValue = page.lastValue;
                request.afterId = page.lastId;
                request.skip = 0;
                sink(std::move(page.rows));
            }
            if (!page.hasMore || (maxRows > 0 && handed >= maxRows) || connection.isCanceled())
                return handed;
        }
    }

    qint64 count(Connection& connection) const;

private:
    // The SQL expression of the request's sort key; Validation when it is not one of them.
    QString sortExpression(const PageRequest& request) const;
    Statement run(Connection& connection, const PageRequest& request) const;

    QStringList m_columns;
    QString m_from;
    QMap<QString, QString> m_sortable;
    QString m_defaultKey;
    QSet<QString> m_emptyLast;
    QStringList m_conditions;
    QVariantList m_columnValues;
    QVariantList m_values;
};
