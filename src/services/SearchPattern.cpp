#include "SearchPattern.h"

#include "Connection.h"

SearchPattern::SearchPattern(Dialect dialect, const QString& text, const QStringList& columns)
{
    // One explicit escape for both ('!': SQLite has no default, PostgreSQL's backslash would make
    // a typed \ special). The pattern is folded by the same SQL as the columns: one rule.
    const QString folded = Connection::asciiFolded(dialect, QStringLiteral("?"));
    QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Text of spaces alone is still looked for as it is.
    if (words.isEmpty())
        words << text;
    QStringList all;
    for (QString word : words) {
        word.replace(QLatin1Char('!'), QLatin1String("!!"));
        word.replace(QLatin1Char('%'), QLatin1String("!%"));
        word.replace(QLatin1Char('_'), QLatin1String("!_"));
        const QString pattern = QLatin1Char('%') + word + QLatin1Char('%');
        QStringList any;
        for (const QString& column : columns) {
            any << QStringLiteral("%1 LIKE %2 ESCAPE '!'")
                       .arg(Connection::asciiFolded(dialect, column), folded);
            m_values << pattern;
        }
        all << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    m_sql = all.join(QStringLiteral(" AND "));
}
