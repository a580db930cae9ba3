#include "SchemaReport.h"

#include <QJsonArray>

QString SchemaReport::Change::text() const
{
    return QStringLiteral("%1.%2 %3").arg(table, column, definition);
}

bool SchemaReport::usableAsIs() const
{
    return state != State::Backend || (problems.isEmpty() && changes.isEmpty());
}

QString SchemaReport::changesSentence() const
{
    QStringList items;
    for (const Change& change : changes)
        items << change.text();
    return QStringLiteral("To adopt the web backend's tables MealDesk must add %1 column(s) of "
                          "its own: %2. Nothing was changed; confirm the adoption to add them.")
        .arg(changes.size())
        .arg(items.join(QStringLiteral("; ")));
}

QString SchemaReport::problemsSentence() const
{
    return QStringLiteral("The web backend's tables do not fit what MealDesk needs, so MealDesk "
                          "cannot adopt them (nothing was changed): %1.")
        .arg(problems.join(QStringLiteral("; ")));
}

QString SchemaReport::text() const
{
    switch (state) {
    case State::Empty:
        return QStringLiteral("The database holds none of the shared tables: MealDesk creates its "
                              "schema there.");
    case State::MealDesk:
        return QStringLiteral("The database has MealDesk's schema, version %1.").arg(version);
    case State::Backend:
        break;
    }
    QStringList lines{QStringLiteral("The database holds the web backend's tables without "
                                     "MealDesk's schema record: MealDesk adopts them.")};
    if (!problems.isEmpty()) {
        lines << QStringLiteral("Problems that forbid the adoption (%1):").arg(problems.size());
        for (const QString& problem : problems)
            lines << QStringLiteral("  - ") + problem;
    }
    if (!changes.isEmpty()) {
        lines << QStringLiteral("Columns MealDesk adds, after confirmation (%1):")
                     .arg(changes.size());
        for (const Change& change : changes)
            lines << QStringLiteral("  - add column ") + change.text();
    }
    if (problems.isEmpty() && changes.isEmpty())
        lines << QStringLiteral("Every table and column fits: MealDesk adds only its own audit "
                                "log and indexes, without confirmation.");
    return lines.join(QLatin1Char('\n'));
}

QString SchemaReport::stateName(State state)
{
    switch (state) {
    case State::Empty:
        return QStringLiteral("empty");
    case State::MealDesk:
        return QStringLiteral("mealdesk");
    case State::Backend:
        break;
    }
    return QStringLiteral("backend");
}

QJsonObject SchemaReport::toJson() const
{
    QJsonArray changeList;
    for (const Change& change : changes)
        changeList.append(QJsonObject{{QStringLiteral("table"), change.table},
                                      {QStringLiteral("column"), change.column},
                                      {QStringLiteral("definition"), change.definition}});
    return QJsonObject{{QStringLiteral("state"), stateName(state)},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("adoptable"), adoptable()},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                       {QStringLiteral("changes"), changeList}};
}
