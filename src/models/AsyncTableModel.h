#pragma once

#include "AsyncTableModelBase.h"
#include "Page.h"
#include "TableColumn.h"
#include "WhenFinished.h"

#include <QFuture>
#include <QHash>
#include <QList>

// The typed part of a screen's table (the loading, paging, caching and updating are in
// AsyncTableModelBase). A concrete model passes its columns, entity and default sort to the
// constructor and implements the two service calls; Record needs an `id` (qint64).
template <typename Record, typename Filter> class AsyncTableModel : public AsyncTableModelBase {
public:
    const Filter& filter() const { return m_filter; }
    // Drops the rows and the loads of the old filter (their late results are ignored).
    void setFilter(const Filter& filter)
    {
        m_filter = filter;
        reload();
    }

    // The record shown at `row`, or nullptr while it is not loaded. Valid until the model
    // changes; a view asks data() instead, which also loads the row.
    const Record* record(int row) const
    {
        if (row < 0 || row >= rowCount())
            return nullptr;
        const auto page = m_rows.constFind(row / pageSize());
        if (page == m_rows.cend() || row % pageSize() >= page->size())
            return nullptr;
        return &page->at(row % pageSize());
    }

    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
            section < m_columns.size())
            return m_columns.at(section).header;
        return AsyncTableModelBase::headerData(section, orientation, role);
    }

protected:
    AsyncTableModel(ChangeFeed& feed, const QString& entity, QList<TableColumn<Record>> columns,
                    int sortColumn, Qt::SortOrder sortOrder, QObject* parent)
        : AsyncTableModelBase(feed, entity, sortColumn, sortOrder, parent)
        , m_columns(std::move(columns))
    {
    }

    virtual QFuture<Page<Record>> fetchPage(const Filter& filter, const PageRequest& request) = 0;
    virtual QFuture<qint64> fetchCount(const Filter& filter) = 0;

private:
    QFutureWatcherBase* startPage(quint64 ticket, int page, const PageRequest& request) final
    {
        return whenFinished(
            this, fetchPage(m_filter, request),
            [this, ticket, page](const Page<Record>& result) {
                PageInfo info;
                info.hasMore = result.hasMore;
                info.lastValue = result.lastValue;
                info.lastId = result.lastId;
                info.ids.reserve(result.rows.size());
                for (const Record& r : result.rows)
                    info.ids << r.id;
                pageLoaded(ticket, page, info, [&] { m_rows.insert(page, result.rows); });
            },
            [this, ticket](const Failure& error) { loadFailed(ticket, error); });
    }

    QFutureWatcherBase* startCount(quint64 ticket) final
    {
        return whenFinished(
            this, fetchCount(m_filter),
            [this, ticket](qint64 count) { countLoaded(ticket, count); },
            [this, ticket](const Failure& error) { loadFailed(ticket, error); });
    }

    QString sortKey(int column) const final
    {
        return column >= 0 && column < m_columns.size() ? m_columns.at(column).sortKey : QString();
    }

    QVariant cellData(int page, int offset, int column, int role) const final
    {
        const TableColumn<Record>& c = m_columns.at(column);
        const Record& record = m_rows.constFind(page)->at(offset);
        switch (role) {
        case Qt::DisplayRole:
            return c.display(record);
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(c.alignment);
        default:
            return c.otherRoles ? c.otherRoles(record, role) : QVariant();
        }
    }

    void dropRows(int page) final { m_rows.remove(page); }
    void dropAllRows() final { m_rows.clear(); }

    Filter m_filter;
    QList<TableColumn<Record>> m_columns;
    QHash<int, QList<Record>> m_rows; // page -> its records
};
