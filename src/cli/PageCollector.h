#pragma once

#include "Failure.h"
#include "Page.h"
#include "PageRequest.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QPromise>

#include <algorithm>
#include <functional>
#include <memory>

// Every row of a keyset-paged service call, page after page, up to a limit. Each next page is
// asked for on the main thread's event loop when the previous one arrives, and all of them
// resolve one promise: however many pages there are, no chain of futures grows with them.
template <typename T> class PageCollector {
public:
    using Fetch = std::function<QFuture<Page<T>>(const PageRequest&)>;

    // limit 0: every row.
    static QFuture<QList<T>> collect(Fetch fetch, int limit)
    {
        const std::shared_ptr<PageCollector> collector(new PageCollector(std::move(fetch), limit));
        collector->m_promise.start();
        next(collector);
        return collector->m_promise.future();
    }

private:
    static constexpr int pageSize = 500;

    PageCollector(Fetch fetch, int limit)
        : m_fetch(std::move(fetch))
        , m_limit(limit)
    {
    }

    static void next(const std::shared_ptr<PageCollector>& self)
    {
        self->m_request.limit = self->m_limit > 0
                                    ? std::min(pageSize, self->m_limit - int(self->m_rows.size()))
                                    : pageSize;
        QObject* context = QCoreApplication::instance();
        self->m_fetch(self->m_request)
            .then(context,
                  [self](const Page<T>& page) {
                      self->m_rows += page.rows;
                      if (!page.hasMore ||
                          (self->m_limit > 0 && self->m_rows.size() >= self->m_limit)) {
                          self->m_promise.addResult(self->m_rows);
                          self->m_promise.finish();
                          return;
                      }
                      self->m_request.hasCursor = true;
                      self->m_request.afterValue = page.lastValue;
                      self->m_request.afterId = page.lastId;
                      next(self);
                  })
            .onFailed(context, [self](const Failure& e) { self->fail(e); })
            // Services fail with Failure; anything else must still end the command.
            .onFailed(context, [self] {
                self->fail(Failure(Failure::Kind::Internal,
                                   QStringLiteral("unexpected error while reading a page")));
            });
    }

    void fail(const Failure& error)
    {
        m_promise.setException(error);
        m_promise.finish();
    }

    Fetch m_fetch;
    const int m_limit;
    PageRequest m_request;
    QList<T> m_rows;
    QPromise<QList<T>> m_promise;
};
