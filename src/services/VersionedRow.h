#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

class Connection;

// Writes to rows that carry a `version` (employee, account, department, allowed_origins), safe
// against another desktop writing the same row at the same moment: under READ COMMITTED a
// SELECT, a comparison and then `UPDATE ... WHERE id = ?` would let the second writer overwrite
// the first. `table` and `assignments` are the caller's own SQL, never input.
class VersionedRow {
public:
    // Sets `assignments` ("name_en = ?, title = ?", `values` bound in order) on row `id` of
    // `table` if it is still at `version`, moving version on by one and updated_at to `now`.
    // Otherwise (changed or removed since it was read) throws Conflict with `conflict`.
    static void update(Connection& c, const QString& table, qint64 id, int version,
                       const QString& assignments, const QVariantList& values, const QVariant& now,
                       const QString& conflict);

    // For a change that names no version (deactivate, block, ...): locks the row until the
    // transaction ends on PostgreSQL, so that what the transaction reads next is what it
    // updates. SQLite's single writer holds the whole database for the transaction already.
    static void lock(Connection& c, const QString& table, qint64 id);
};
