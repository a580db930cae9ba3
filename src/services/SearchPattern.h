#pragma once

#include "Dialect.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// Every service's text search, with one answer on both dialects: true when each word of the
// text (split at white space, in any order) is contained in one of the columns, its %, _ and !
// taken literally, letters compared under ASCII case folding (Connection::asciiFolded, the rule
// usernames are unique under).
class SearchPattern {
public:
    // `columns` are SQL expressions of the service's own text, never input.
    SearchPattern(Dialect dialect, const QString& text, const QStringList& columns);

    // A condition with one ? per column and word, to bind with values().
    const QString& sql() const { return m_sql; }
    const QVariantList& values() const { return m_values; }

private:
    QString m_sql;
    QVariantList m_values;
};
