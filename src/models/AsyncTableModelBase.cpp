#include "AsyncTableModelBase.h"

#include "ChangeFeed.h"
#include "Failure.h"

#include <QFutureWatcherBase>
#include <QSet>

#include <algorithm>
#include <climits>
#include <iterator>
#include <utility>

AsyncTableModelBase::AsyncTableModelBase(ChangeFeed& feed, QString entity, int sortColumn,
                                         Qt::SortOrder sortOrder, QObject* parent)
    : QAbstractTableModel(parent)
    , m_entity(std::move(entity))
    , m_sortColumn(sortColumn)
    , m_sortOrder(sortOrder)
{
    connect(&feed, &ChangeFeed::changed, this, &AsyncTableModelBase::onChanged);
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_lastTicket == 0)
                reload();
        },
        Qt::QueuedConnection);
}

AsyncTableModelBase::~AsyncTableModelBase()
{
    forgetLoads();
}

void AsyncTableModelBase::setPaging(int pageSize, int maxCachedPages)
{
    m_pageSize = qBound(1, pageSize, 10000);
    m_maxPages = qMax(2, maxCachedPages);
    if (m_lastTicket != 0)
        reload();
}

int AsyncTableModelBase::loadedRowCount() const
{
    int rows = 0;
    for (const CachedPage& page : std::as_const(m_pages))
        rows += page.ids.size();
    return rows;
}

void AsyncTableModelBase::reload()
{
    beginResetModel();
    forgetLoads();
    clearCache();
    m_rowCount = 0;
    m_countKnown = false;
    m_moreAfterLoaded = false;
    m_error.clear();
    endResetModel();
    load(0, false);
    loadCount();
    updateState();
}

void AsyncTableModelBase::cancel()
{
    if (m_state != State::Loading)
        return;
    forgetLoads();
    fail(tr("Loading was canceled."));
}

int AsyncTableModelBase::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QVariant AsyncTableModelBase::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rowCount)
        return {};
    const int page = index.row() / m_pageSize;
    const int offset = index.row() % m_pageSize;
    const auto cached = m_pages.find(page);
    if (cached != m_pages.end() && offset < cached->ids.size()) {
        cached->lastUse = ++m_clock;
        switch (role) {
        case LoadingRole:
            return false;
        case ErrorRole:
            return {};
        case IdRole:
            return cached->ids.at(offset);
        default:
            return cellData(page, offset, index.column(), role);
        }
    }
    if (m_error.isEmpty())
        want(page);
    switch (role) {
    case LoadingRole:
        return m_error.isEmpty();
    case ErrorRole:
        return m_error.isEmpty() ? QVariant() : QVariant(m_error);
    default:
        return {};
    }
}

bool AsyncTableModelBase::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_countKnown && m_moreAfterLoaded && m_error.isEmpty();
}

void AsyncTableModelBase::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Pages before the count are full, so the next one starts at rowCount().
    const int page = m_rowCount / m_pageSize;
    if (!m_pending.contains(page)) {
        load(page, false);
        updateState();
    }
}

void AsyncTableModelBase::sort(int column, Qt::SortOrder order)
{
    if (sortKey(column).isEmpty() || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void AsyncTableModelBase::pageLoaded(quint64 ticket, int page, const PageInfo& info,
                                     const std::function<void()>& store)
{
    const auto pending = m_pending.constFind(page);
    if (pending == m_pending.cend() || pending->ticket != ticket)
        return;
    const bool refresh = pending->refresh;
    const int first = page * m_pageSize;
    const int size = static_cast<int>(info.ids.size());
    const auto cached = m_pages.find(page);

    if (refresh && cached != m_pages.end()) {
        m_pending.erase(pending);
        // The same rows in the same order: only their values changed.
        if (cached->ids != info.ids || cached->hasMore != info.hasMore) {
            refreshAll();
            return;
        }
        rememberCursor(page, info);
        store();
        emitRowsChanged(first, qMin(first + size, m_rowCount) - 1);
        updateState();
        return;
    }

    if (!m_countKnown && first > m_rowCount) {
        // Only rows below rowCount() and the next page are ever asked for.
        m_pending.erase(pending);
        updateState();
        return;
    }
    // The page stays pending while the signals below run, so nobody asks for it again.
    if (size > 0)
        makeRoom(page);
    if (!m_countKnown && first == m_rowCount) {
        // The next of the first pages, while the count is still on its way.
        if (size > 0) {
            beginInsertRows(QModelIndex(), first, first + size - 1);
            storePage(page, info, store);
            m_rowCount += size;
        }
        m_moreAfterLoaded = info.hasMore;
        m_countKnown = !info.hasMore;
        if (size > 0)
            endInsertRows();
    } else {
        if (size > 0)
            storePage(page, info, store);
        emitRowsChanged(first, qMin(first + size, m_rowCount) - 1);
        // A count older than this page: the page tells where the table ends now.
        if (m_countKnown && !info.hasMore && first + size != m_rowCount)
            setRowCount(first + size);
        else if (m_countKnown && info.hasMore && first + size >= m_rowCount &&
                 m_countLoad.ticket == 0)
            loadCount();
    }
    if (m_pending.value(page).ticket == ticket)
        m_pending.remove(page);
    updateState();
}

void AsyncTableModelBase::countLoaded(quint64 ticket, qint64 count)
{
    if (ticket != m_countLoad.ticket)
        return;
    m_countLoad = {};
    m_countKnown = true;
    setRowCount(static_cast<int>(qMin<qint64>(count, INT_MAX)));
    updateState();
}

void AsyncTableModelBase::loadFailed(quint64 ticket, const Failure& error)
{
    if (ticket == m_countLoad.ticket) {
        m_countLoad = {};
    } else {
        const auto pending = std::find_if(m_pending.cbegin(), m_pending.cend(),
                                          [ticket](const Load& l) { return l.ticket == ticket; });
        if (pending == m_pending.cend())
            return;
        m_pending.erase(pending);
    }
    fail(error.message());
}

void AsyncTableModelBase::onChanged(const QString& entity, const QList<qint64>& ids)
{
    if ((!m_entity.isEmpty() && entity != m_entity) || m_lastTicket == 0)
        return;
    if (m_entity.isEmpty() || ids.isEmpty() || !m_error.isEmpty()) {
        refreshAll();
        return;
    }
    QSet<qint64> missing(ids.cbegin(), ids.cend());
    QList<int> pages;
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        bool holds = false;
        for (qint64 id : it->ids)
            holds = missing.remove(id) || holds;
        if (holds)
            pages << it.key();
    }
    if (!missing.isEmpty()) {
        refreshAll();
        return;
    }
    for (int page : std::as_const(pages))
        load(page, true);
    updateState();
}

void AsyncTableModelBase::refreshAll()
{
    if (!m_countKnown || m_rowCount == 0) {
        reload();
        return;
    }
    forgetLoads();
    clearCache();
    m_error.clear();
    emitRowsChanged(0, m_rowCount - 1);
    loadCount();
    updateState();
}

void AsyncTableModelBase::forgetLoads()
{
    for (const Load& l : std::as_const(m_pending))
        if (l.watcher)
            l.watcher->cancel();
    if (m_countLoad.watcher)
        m_countLoad.watcher->cancel();
    m_pending.clear();
    m_countLoad = {};
    m_wanted.clear();
}

void AsyncTableModelBase::clearCache()
{
    m_pages.clear();
    m_cursors.clear();
    dropAllRows();
}

void AsyncTableModelBase::load(int page, bool refresh)
{
    const auto superseded = m_pending.constFind(page);
    if (superseded != m_pending.cend() && superseded->watcher)
        superseded->watcher->cancel();
    const quint64 ticket = ++m_lastTicket;
    m_pending.insert(page, Load{ticket, refresh, nullptr});
    QFutureWatcherBase* watcher = startPage(ticket, page, requestFor(page));
    m_pending[page].watcher = watcher;
}

void AsyncTableModelBase::loadCount()
{
    if (m_countLoad.watcher)
        m_countLoad.watcher->cancel();
    m_countLoad.ticket = ++m_lastTicket;
    m_countLoad.watcher = startCount(m_countLoad.ticket);
}

void AsyncTableModelBase::want(int page) const
{
    if (!m_wanted.isEmpty() && m_wanted.constLast() == page)
        return;
    m_wanted.removeOne(page);
    m_wanted.append(page);
    // More than the cache holds would only push each other out.
    if (m_wanted.size() > m_maxPages)
        m_wanted.removeFirst();
    if (!m_loadQueued) {
        m_loadQueued = true;
        // data() is const, but asking for a row is what loads it: the loads start from the
        // event loop, after the view has asked for every row it paints.
        auto* self = const_cast<AsyncTableModelBase*>(this);
        QMetaObject::invokeMethod(
            self, [self] { self->loadWanted(); }, Qt::QueuedConnection);
    }
}

void AsyncTableModelBase::loadWanted()
{
    m_loadQueued = false;
    const QList<int> wanted = std::exchange(m_wanted, {});
    if (!m_error.isEmpty())
        return;
    for (int page : wanted) {
        if (page * m_pageSize < m_rowCount && !m_pages.contains(page) && !m_pending.contains(page))
            load(page, false);
    }
    updateState();
}

PageRequest AsyncTableModelBase::order() const
{
    PageRequest request;
    request.sortKey = sortKey(m_sortColumn);
    request.descending = m_sortOrder == Qt::DescendingOrder;
    return request;
}

PageRequest AsyncTableModelBase::requestFor(int page) const
{
    PageRequest request = order();
    request.limit = m_pageSize;
    // After the nearest known position before the page: the previous page's last row when
    // paging on (skip 0), else a jump over the pages in between.
    qint64 start = 0;
    auto before = m_cursors.lowerBound(page);
    if (before != m_cursors.cbegin()) {
        --before;
        request.hasCursor = true;
        request.afterValue = before->value;
        request.afterId = before->id;
        start = static_cast<qint64>(before.key() + 1) * m_pageSize;
    }
    request.skip = static_cast<qint64>(page) * m_pageSize - start;
    return request;
}

void AsyncTableModelBase::rememberCursor(int page, const PageInfo& info)
{
    if (info.ids.isEmpty())
        return;
    m_cursors.insert(page, Cursor{info.lastValue, info.lastId});
    while (m_cursors.size() > maxCursors) {
        // The position farthest from where the person is goes first.
        const auto first = m_cursors.begin();
        const auto last = std::prev(m_cursors.end());
        m_cursors.erase(page - first.key() > last.key() - page ? first : last);
    }
}

void AsyncTableModelBase::storePage(int page, const PageInfo& info,
                                    const std::function<void()>& store)
{
    rememberCursor(page, info);
    m_pages.insert(page, CachedPage{info.ids, info.hasMore, ++m_clock});
    store();
}

void AsyncTableModelBase::makeRoom(int page)
{
    if (m_pages.contains(page))
        return;
    while (m_pages.size() >= m_maxPages) {
        auto victim = m_pages.cbegin();
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (it->lastUse < victim->lastUse)
                victim = it;
        }
        dropPage(victim.key());
    }
}

void AsyncTableModelBase::dropPage(int page)
{
    const int size = static_cast<int>(m_pages.take(page).ids.size());
    dropRows(page);
    emitRowsChanged(page * m_pageSize, qMin(page * m_pageSize + size, m_rowCount) - 1);
}

void AsyncTableModelBase::setRowCount(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows(QModelIndex(), m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        // A page reaching past the new end is read again if the end moves back; it goes
        // before the removal, which must leave the remaining rows as they were.
        QList<int> reaching;
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
            if (qsizetype{it.key()} * m_pageSize + it->ids.size() > rows)
                reaching << it.key();
        }
        for (int page : std::as_const(reaching))
            dropPage(page);
        beginRemoveRows(QModelIndex(), rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

void AsyncTableModelBase::fail(const QString& message)
{
    const bool changed = message != m_error;
    m_error = message;
    // Rows not loaded now answer ErrorRole instead of LoadingRole.
    emitRowsChanged(0, m_rowCount - 1);
    updateState();
    if (changed)
        Q_EMIT errorOccurred(message);
}

void AsyncTableModelBase::emitRowsChanged(int first, int last)
{
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void AsyncTableModelBase::updateState()
{
    State state = State::Idle;
    if (!m_error.isEmpty())
        state = State::Error;
    else if (!m_pending.isEmpty() || m_countLoad.ticket != 0)
        state = State::Loading;
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}
