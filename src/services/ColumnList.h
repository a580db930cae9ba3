#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

// A SELECT's column list in the order of an enum of its columns, each column given beside its
// enumerator: the code reading a row by those enumerators cannot drift from the list.
class ColumnList {
public:
    template <typename Column, int count>
    static QStringList of(std::initializer_list<std::pair<Column, QString>> columns)
    {
        QStringList list(count);
        for (const auto& [column, sql] : columns)
            list[column] = sql;
        Q_ASSERT(!list.contains(QString()));
        return list;
    }
};
