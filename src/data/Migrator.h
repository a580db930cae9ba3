#pragma once

class Connection;

// Versioned schema migrations, one transaction each, for both dialects (resources/migrations).
class Migrator {
public:
    // Applies what is pending and returns the schema version. Refuses (Failure Unavailable) a
    // database whose schema is newer than this program knows. Safe to run again, and from
    // several programs at once on PostgreSQL.
    static int migrate(Connection& connection);
    static int latestVersion();
    static int currentVersion(Connection& connection);
};
