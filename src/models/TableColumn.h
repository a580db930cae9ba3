#pragma once

#include <QString>
#include <QVariant>

#include <functional>

// One column of an AsyncTableModel: its header, how a record shows in it, and the service's
// sort key behind it (empty: the column cannot be sorted).
template <typename Record> struct TableColumn {
    TableColumn(QString title, std::function<QVariant(const Record&)> show,
                Qt::Alignment align = Qt::AlignLeading | Qt::AlignVCenter, QString key = {})
        : header(std::move(title))
        , display(std::move(show))
        , alignment(align)
        , sortKey(std::move(key))
    {
    }

    QString header;
    std::function<QVariant(const Record&)> display;
    Qt::Alignment alignment;
    QString sortKey;
};
