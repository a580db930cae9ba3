#pragma once

#include <QString>
#include <QVariant>

// One keyset page: rows after (afterValue, afterId) in the order of sortKey, then id.
struct PageRequest {
    QString sortKey; // one of the service's sortable keys; empty: its default
    bool descending = false;
    bool hasCursor = false; // false: the first page
    QVariant afterValue;    // Page::lastValue of the previous page
    qint64 afterId = 0;     // the id of that row
    int limit = 200;
    // Rows passed over before the page begins (after the cursor, or from the start): for a jump
    // such as a scrollbar dragged far down, never for ordinary paging. The rows skipped are found
    // by an OFFSET over the sort key and id alone, so an index serves it, but it still walks them.
    qint64 skip = 0;
};
