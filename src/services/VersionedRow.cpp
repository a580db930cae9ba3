#include "VersionedRow.h"

#include "Connection.h"
#include "Failure.h"

void VersionedRow::update(Connection& c, const QString& table, qint64 id, int version,
                          const QString& assignments, const QVariantList& values,
                          const QVariant& now, const QString& conflict)
{
    // The version is checked by the UPDATE itself: on PostgreSQL a second writer waits for the
    // first one's row lock, then finds the version moved on and updates nothing.
    Statement q = c.exec(QStringLiteral("UPDATE %1 SET %2, version = version + 1, updated_at = ? "
                                        "WHERE id = ? AND version = ?")
                             .arg(table, assignments),
                         values + QVariantList{now, id, version});
    const int updated = q.numRowsAffected();
    if (updated != 1)
        throw Failure(Failure::Kind::Conflict, conflict);
}

void VersionedRow::lock(Connection& c, const QString& table, qint64 id)
{
    // NO KEY: rows referring to this one (foreign keys) may still be written meanwhile.
    if (c.isPostgres())
        c.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? FOR NO KEY UPDATE").arg(table), {id});
}
