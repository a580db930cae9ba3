#pragma once

#include "SchemaReport.h"

class Connection;

// Compares a database with the tables MealDesk shares with the web backend (DOMAIN.md's
// contract): each table and column present, of a compatible type family (integer, text, boolean,
// timestamp, number), NULL allowed where MealDesk allows it, the unique keys MealDesk relies on,
// ids the database generates, and the rows MealDesk's own rules need (statuses 1-4, usernames
// unique under case folding). PostgreSQL is read through information_schema and pg_catalog,
// SQLite through PRAGMA table_info, index_list and index_info. It only reads.
class SchemaInspector {
public:
    static SchemaReport inspect(Connection& connection);
    // The highest version in MealDesk's schema record (which must exist); 0 when it is empty.
    static int recordedVersion(Connection& connection);
};
