#pragma once

#include <QtGlobal>

#include <chrono>

class Connection;

// Versioned schema migrations, one transaction each, for both dialects (resources/migrations),
// and the adoption of tables the web backend created before MealDesk first opened the database.
class Migrator {
public:
    // Whether adopting the backend's tables may add MealDesk's own columns to them: only once an
    // administrator has seen the list (SchemaInspector's report, SchemaReport::changes) and
    // confirmed it.
    enum class AdoptionChanges { Refuse, Apply };
    // The version adoption records: the shared tables of version 1 are the backend's, and the
    // versions after it apply as on any MealDesk database.
    static constexpr int adoptedVersion = 1;
    // The PostgreSQL advisory lock (session level) a run holds, the same in every MealDesk: one
    // run at a time on a server.
    static constexpr qint64 lockKey = 0x4d65616c4465736b;

    // Applies what is pending and returns the schema version. Refuses (Failure Unavailable) a
    // database whose schema is newer than this program knows. Safe to run again, and from
    // several programs at once on either dialect.
    //
    // A database with the backend's tables but no MealDesk schema record is adopted, in one
    // transaction that touches no backend row: when the tables fit as they are, MealDesk adds its
    // own objects (audit log, indexes) and records adoptedVersion; when only MealDesk's own
    // columns are missing, Failure Conflict lists them unless `changes` is Apply, which adds
    // them first; when the tables do not fit, Failure Validation (field "schema") lists every
    // problem. A refusal changes nothing.
    //
    // On PostgreSQL another program's run is waited for up to lockWait, then refused
    // (Unavailable): never an endless wait on a run that hangs.
    static int migrate(Connection& connection, AdoptionChanges changes = AdoptionChanges::Refuse,
                       std::chrono::seconds lockWait = std::chrono::seconds(60));
    static int latestVersion();
};
