#pragma once

#include "PageRequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QVariant>

#include <functional>

class ChangeFeed;
class Failure;
class QFutureWatcherBase;

// The part of every screen's table that does not depend on the record type (see
// AsyncTableModel for the typed part). Rows come from a service in keyset pages of pageSize()
// rows, loaded when a view asks for them; nothing here waits or touches the database.
//
// - Row count: the first pages are shown as they arrive (canFetchMore/fetchMore append the next
//   one) until the separate count arrives; from then on rowCount() is the count, and rows not
//   loaded yet answer LoadingRole = true and an empty display until their page comes.
// - Memory: at most maxCachedPages() pages are held; asking for a row marks its page as used,
//   and the least recently used page makes room for a new one. The cache must hold more rows
//   than a view shows at once (the default: 10 pages of 200). The end cursor of each page (key
//   value and id of its last row) is kept too, up to maxCursors positions.
// - Paging: a page continues after the previous page's last row (keyset, no OFFSET). When a
//   view jumps (the scrollbar dragged to row 900,000), the page is fetched from the nearest
//   known position before it with PageRequest::skip, which the service resolves with an OFFSET
//   over the sort key and id alone; so only that page is read, never the pages in between.
//   The tail is not fetched in reverse: one mechanism for every jump keeps row numbers exact.
// - Staleness: every request carries a ticket (a generation number of its own); only the one
//   a page or the count still waits for is applied. reload(), setFilter() and sort() forget all
//   tickets (and cancel what has not started), so results of the old filter are dropped.
// - Changes: ChangeFeed::changed(entity(), ids) re-reads the cached pages holding those ids and
//   updates them in place (dataChanged) when the same rows come back in the same order. New
//   rows, rows not loaded, moved or deleted rows, or no ids at all: the cache is dropped and the
//   count asked again, keeping the rows the view shows (dataChanged, then rows inserted or
//   removed at the end when the count arrives); the view reloads what it shows. No reset,
//   unless the first count had not arrived yet (then it is a reload()).
// - Errors: a failed load puts the model in State::Error with error() as its message; loaded
//   rows stay, rows not loaded answer ErrorRole = the message and no more loads start until
//   reload() (or a change announcement) tries again.
class AsyncTableModelBase : public QAbstractTableModel {
    Q_OBJECT

public:
    enum ItemRole {
        LoadingRole = Qt::UserRole + 1, // bool: the row is not loaded yet and is being loaded
        ErrorRole,                      // QString: why the row cannot be loaded; else invalid
        IdRole,                         // qint64: the record's id, once loaded
    };
    enum class State { Idle, Loading, Error };
    Q_ENUM(State)

    static constexpr int maxCursors = 4096;

    // Cancels the loads that have not started.
    ~AsyncTableModelBase() override;

    State state() const { return m_state; }
    // The message of the failure that put the model in State::Error; empty otherwise.
    const QString& error() const { return m_error; }

    // Rows per page (1 to 10000) and pages held at once (at least 2); reloads when loaded.
    void setPaging(int pageSize, int maxCachedPages);
    int pageSize() const { return m_pageSize; }
    int maxCachedPages() const { return m_maxPages; }
    // Rows held in memory now: at most pageSize() * maxCachedPages().
    int loadedRowCount() const;
    // Whether rowCount() is the number of rows the filter selects (else: the rows loaded).
    bool isCountKnown() const { return m_countKnown; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The first page in the order shown (sort key and direction), for reading every row as the
    // table lists them (an export).
    PageRequest order() const;

    // Forgets every row and load (a model reset) and loads the first page and the count.
    void reload();
    // Reads every row and the count again with no reset: the rows the view shows stay (and with
    // them its selection and scroll position), each one refilled when its page comes. A reload()
    // while the first count has not come.
    void refreshAll();
    // Stops the loads in progress (the jobs indicator's Cancel): the model goes to State::Error
    // ("canceled") and loads nothing more until reload().
    void cancel();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    // Sorts in the service by the column's sort key; columns without one are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void stateChanged(AsyncTableModelBase::State state);
    // Each new error message, for the screen's banner.
    void errorOccurred(const QString& message);

protected:
    // A fetched page as the base needs it; the records themselves stay with the subclass.
    struct PageInfo {
        QList<qint64> ids;
        bool hasMore = false;
        QVariant lastValue;
        qint64 lastId = 0;
    };

    // `entity`: the ChangeFeed entity whose announcements update the rows; empty: every
    // announcement re-reads all rows (a table that every change adds to: the audit log). The
    // first load starts from the event loop (the subclass is not built yet), unless a reload(),
    // setFilter() or sort() came first.
    AsyncTableModelBase(ChangeFeed& feed, QString entity, int sortColumn, Qt::SortOrder sortOrder,
                        QObject* parent);

    // Start fetching and report with pageLoaded/countLoaded or loadFailed and the ticket;
    // return the watcher of the fetch (canceled when the result is no longer wanted).
    virtual QFutureWatcherBase* startPage(quint64 ticket, int page, const PageRequest& request) = 0;
    virtual QFutureWatcherBase* startCount(quint64 ticket) = 0;
    // The service's sort key of a column; empty: not sortable.
    virtual QString sortKey(int column) const = 0;
    // Any role but this class's own, for row `offset` of a loaded page.
    virtual QVariant cellData(int page, int offset, int column, int role) const = 0;
    // Forget the stored records of one page, or of all.
    virtual void dropRows(int page) = 0;
    virtual void dropAllRows() = 0;

    // `store` keeps the page's records; it is called only if the result is still wanted, at the
    // point where the model's signals expect the new rows.
    void pageLoaded(quint64 ticket, int page, const PageInfo& info,
                    const std::function<void()>& store);
    void countLoaded(quint64 ticket, qint64 count);
    void loadFailed(quint64 ticket, const Failure& error);

private:
    struct CachedPage {
        QList<qint64> ids;
        bool hasMore = false;
        quint64 lastUse = 0;
    };
    struct Load {
        quint64 ticket = 0;
        bool refresh = false; // re-read of a cached page after a change announcement
        QPointer<QFutureWatcherBase> watcher;
    };
    struct Cursor {
        QVariant value;
        qint64 id = 0;
    };

    void onChanged(const QString& entity, const QList<qint64>& ids);
    void forgetLoads();
    void clearCache();
    void load(int page, bool refresh);
    void loadCount();
    void loadWanted();
    void want(int page) const;
    PageRequest requestFor(int page) const;
    void rememberCursor(int page, const PageInfo& info);
    void storePage(int page, const PageInfo& info, const std::function<void()>& store);
    // Drops least recently used pages until `page` fits in the cache.
    void makeRoom(int page);
    void dropPage(int page);
    void setRowCount(int rows);
    void fail(const QString& message);
    void emitRowsChanged(int first, int last);
    void updateState();

    const QString m_entity;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder;
    int m_pageSize = 200;
    int m_maxPages = 10;

    int m_rowCount = 0;
    bool m_countKnown = false;
    bool m_moreAfterLoaded = false; // before the count: the last appended page has a next one
    // Mutable: data() marks pages as used and asks for the ones it lacks.
    mutable QHash<int, CachedPage> m_pages;
    mutable quint64 m_clock = 0;
    mutable QList<int> m_wanted; // most recently asked for last
    mutable bool m_loadQueued = false;
    QMap<int, Cursor> m_cursors; // page -> its last row's position

    quint64 m_lastTicket = 0;
    QHash<int, Load> m_pending;
    Load m_countLoad; // ticket 0: no count pending

    State m_state = State::Loading; // the first load is on its way from the start
    QString m_error;
};
