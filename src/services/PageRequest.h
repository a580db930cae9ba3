#pragma once

#include <QString>
#include <QVariant>

// One keyset page: rows after (afterValue, afterId) in the order of sortKey, then id.
struct PageRequest {
    QString sortKey;            // one of the service's sortable keys; empty: its default
    bool descending = false;
    bool hasCursor = false;     // false: the first page
    QVariant afterValue;        // Page::lastValue of the previous page
    qint64 afterId = 0;         // the id of that row
    int limit = 200;
};
