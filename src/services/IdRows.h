#pragma once

#include <QList>
#include <QString>
#include <QVariant>

class Connection;

// Ids handed to one statement as a single bound value (Connection::rowsFrom), so that one
// statement text serves any number of them: from() is a FROM item named `alias` whose column
// `id` holds them, value() what to bind for it.
class IdRows {
public:
    static QString from(const Connection& c, const QString& alias);
    static QVariant value(const QList<qint64>& ids);
};
