#include "SearchPattern.h"

#include "Connection.h"

SearchPattern::SearchPattern(Dialect dialect, const QString& text, const QStringList& columns)
{
    // One explicit escape for both ('!': SQLite has no default, PostgreSQL's backslash would make
    // a typed \ special). The pattern is folded by the same SQL as the columns: one rule.
    QString escaped = text;
    escaped.replace(QLatin1Char('!'), QLatin1String("!!"));
    escaped.replace(QLatin1Char('%'), QLatin1String("!%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("!_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    const QString folded = Connection::asciiFolded(dialect, QStringLiteral("?"));
    QStringList each;
    for (const QString& column : columns) {
        each << QStringLiteral("%1 LIKE %2 ESCAPE '!'")
                    .arg(Connection::asciiFolded(dialect, column), folded);
        m_values << pattern;
    }
    m_sql = each.join(QStringLiteral(" OR "));
}
