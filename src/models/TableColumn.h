#pragma once

#include <QString>
#include <QVariant>

#include <functional>

// One column of an AsyncTableModel: its header, how a record shows in it, the service's sort
// key behind it (empty: the column cannot be sorted), and the record's other roles in it (its
// colours; empty: none).
template <typename Record> struct TableColumn {
    TableColumn(QString title, std::function<QVariant(const Record&)> shown,
                Qt::Alignment align = Qt::AlignLeading | Qt::AlignVCenter, QString key = {},
                std::function<QVariant(const Record&, int role)> roles = {})
        : header(std::move(title))
        , display(std::move(shown))
        , alignment(align)
        , sortKey(std::move(key))
        , otherRoles(std::move(roles))
    {
    }

    QString header;
    std::function<QVariant(const Record&)> display;
    Qt::Alignment alignment;
    QString sortKey;
    std::function<QVariant(const Record&, int role)> otherRoles;
};
