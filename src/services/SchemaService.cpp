#include "SchemaService.h"

#include "Database.h"

QFuture<SchemaReport> SchemaService::inspect()
{
    return m_db.inspectSchema();
}

QFuture<int> SchemaService::migrate(Migrator::AdoptionChanges changes)
{
    return m_db.migrate(changes);
}
