#pragma once

#include "Actor.h"
#include "AsyncTableModel.h"

#include <utility>

// An AsyncTableModel whose rows come from a service's list(actor, filter, page) and count(actor,
// filter), asked for the account that opened the screen (the service checks it every time).
// The concrete model's .cpp includes the service's header: the calls need it.
template <typename Service, typename Record, typename Filter>
class ServiceTableModel : public AsyncTableModel<Record, Filter> {
protected:
    ServiceTableModel(Service& service, const Actor& actor, ChangeFeed& feed, const QString& entity,
                      QList<TableColumn<Record>> columns, int sortColumn, Qt::SortOrder sortOrder,
                      QObject* parent)
        : AsyncTableModel<Record, Filter>(feed, entity, std::move(columns), sortColumn, sortOrder,
                                          parent)
        , m_service(service)
        , m_actor(actor)
    {
    }

    QFuture<Page<Record>> fetchPage(const Filter& filter, const PageRequest& request) override
    {
        return m_service.list(m_actor, filter, request);
    }
    QFuture<qint64> fetchCount(const Filter& filter) override
    {
        return m_service.count(m_actor, filter);
    }

private:
    Service& m_service;
    const Actor m_actor;
};
