#pragma once

#include <QString>
#include <QVariant>

#include <functional>

// One column of an AsyncTableModel: its header, how a record shows in it, and the service's
// sort key behind it (empty: the column cannot be sorted).
template <typename Record> struct TableColumn {
    TableColumn(QString header, std::function<QVariant(const Record&)> display,
                Qt::Alignment alignment = Qt::AlignLeading | Qt::AlignVCenter, QString sortKey = {})
        : header(std::move(header))
        , display(std::move(display))
        , alignment(alignment)
        , sortKey(std::move(sortKey))
    {
    }

    QString header;
    std::function<QVariant(const Record&)> display;
    Qt::Alignment alignment;
    QString sortKey;
};
