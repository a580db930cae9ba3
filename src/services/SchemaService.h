#pragma once

#include "Migrator.h"
#include "SchemaReport.h"

#include <QFuture>

class Database;

// The database's schema as MealDesk sees it: the report of `db check`, MealDesk's own
// migrations, and the adoption of the web backend's tables. This is the administration of the
// database itself, done before anyone can sign in, so no account is checked.
class SchemaService {
public:
    explicit SchemaService(Database& db)
        : m_db(db)
    {
    }

    // Changes nothing.
    QFuture<SchemaReport> inspect();
    // Resolves to the schema version (see Migrator::migrate).
    QFuture<int> migrate(Migrator::AdoptionChanges changes = Migrator::AdoptionChanges::Refuse);
    static int latestVersion() { return Migrator::latestVersion(); }

private:
    Database& m_db;
};
