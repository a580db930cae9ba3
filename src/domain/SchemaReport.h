#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What a database holds, compared with what MealDesk needs: the answer to "can MealDesk use this
// database, and what would it change?". Made by SchemaInspector, read by the Migrator, the CLI's
// `db check` and the window's adoption dialog.
class SchemaReport {
public:
    enum class State {
        Empty,    // no shared table: MealDesk creates its schema
        MealDesk, // MealDesk's schema record is there (version)
        Backend,  // the web backend's tables without MealDesk's record: adoption
    };

    // A column MealDesk adds itself when it adopts the backend's tables (after confirmation).
    struct Change {
        QString table;
        QString column;
        QString definition; // in the database's dialect: "integer NOT NULL DEFAULT 1"
        QString text() const;
    };

    State state = State::Empty;
    // MealDesk's recorded schema version (State::MealDesk), else 0.
    int version = 0;
    // Backend: what forbids adoption, one sentence each (a missing table or column, an
    // incompatible type, a missing unique key, rows that break a rule MealDesk adds).
    QStringList problems;
    // Backend: the columns adoption adds, each only with the administrator's confirmation.
    QList<Change> changes;

    // MealDesk can use the database as it is, creating or adopting without asking.
    bool usableAsIs() const;
    // A backend database MealDesk may adopt (perhaps after confirming the changes).
    bool adoptable() const { return state == State::Backend && problems.isEmpty(); }

    // Lines for people: the state, then every problem and every change.
    QString text() const;
    // One sentence: "... must add 3 columns: a.b (...), ...".
    QString changesSentence() const;
    QString problemsSentence() const;
    QJsonObject toJson() const;
    static QString stateName(State state);
};
