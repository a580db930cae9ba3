#pragma once

#include <QList>
#include <QVariant>

template <typename T> struct Page {
    QList<T> rows;
    bool hasMore = false;
    // Cursor of the last row: pass it as PageRequest::afterValue / afterId for the next page.
    QVariant lastValue;
    qint64 lastId = 0;
};
