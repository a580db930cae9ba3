#include "OriginService.h"

#include "KeysetQuery.h"
#include "LeftToRight.h"
#include "OriginList.h"
#include "SearchPattern.h"
#include "VersionedRow.h"

namespace {

constexpr int maxNote = 256;

const QStringList columns = {
    QStringLiteral("o.id"),         QStringLiteral("o.origin"),        QStringLiteral("o.note"),
    QStringLiteral("o.is_active"),  QStringLiteral("o.created_by_id"), QStringLiteral("a.username"),
    QStringLiteral("o.created_at"), QStringLiteral("o.updated_at"),    QStringLiteral("o.version")};
const QString from =
    QStringLiteral("allowed_origins o LEFT JOIN account a ON a.id = o.created_by_id");

OriginRecord readRow(const Statement& q)
{
    OriginRecord r;
    r.id = q.value(0).toLongLong();
    r.origin = q.value(1).toString();
    r.note = q.value(2).toString();
    r.active = q.value(3).toBool();
    r.createdById = q.value(4).toLongLong();
    r.createdByName = q.value(5).toString();
    r.createdAt = Connection::fromDb(q.value(6));
    r.updatedAt = Connection::fromDb(q.value(7));
    r.version = q.value(8).toInt();
    return r;
}

OriginRecord load(Connection& c, qint64 id)
{
    Statement q = c.exec(QStringLiteral("SELECT %1 FROM %2 WHERE o.id = ?")
                             .arg(columns.join(QStringLiteral(", ")), from),
                         {id});
    if (!q.next())
        throw Failure(Failure::Kind::NotFound,
                      OriginService::tr("Allowed origin %1 does not exist.").arg(id));
    return readRow(q);
}

void checkNote(const QString& note)
{
    if (note.size() > maxNote)
        throw Failure(Failure::Kind::Validation,
                      OriginService::tr("The note has %1 characters; at most %2 are allowed.")
                          .arg(note.size())
                          .arg(maxNote),
                      QStringLiteral("note"));
}

qint64 idOf(Connection& c, const QString& origin)
{
    Statement q =
        c.exec(QStringLiteral("SELECT id FROM allowed_origins WHERE origin = ?"), {origin});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 insert(Connection& c, const QString& origin, const QString& note, qint64 actorId)
{
    const QVariant now = c.toDb(QDateTime::currentDateTimeUtc());
    return c.insert(
        QStringLiteral("INSERT INTO allowed_origins (origin, note, is_active, "
                       "created_by_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {origin, note.isEmpty() ? QVariant() : QVariant(note), true, actorId, now, now});
}

QStringList activeOrigins(Connection& c)
{
    QStringList origins;
    Statement q = c.exec(QStringLiteral("SELECT origin FROM allowed_origins WHERE is_active = ? "
                                        "ORDER BY origin"),
                         {true});
    while (q.next())
        origins << q.value(0).toString();
    return origins;
}

// Sets `assignments` if the origin is still at `expectedVersion` (Conflict otherwise), moves
// version and updated_at on, audits old and new.
OriginRecord updateOrigin(Connection& c, ChangeSet& changes, qint64 id, int expectedVersion,
                          const QString& action, const QString& assignments,
                          const QVariantList& values)
{
    const OriginRecord before = load(c, id);
    VersionedRow::update(c, QStringLiteral("allowed_origins"), id, expectedVersion, assignments,
                         values, c.toDb(QDateTime::currentDateTimeUtc()),
                         OriginService::tr("Origin %1 was changed by someone else; reload it.")
                             .arg(LeftToRight::isolated(before.origin)));
    OriginRecord after = load(c, id);
    changes.record(c, action, QStringLiteral("allowed_origin"), id, before.toJson(),
                   after.toJson());
    return after;
}

QString activeAction(bool active)
{
    return active ? QStringLiteral("origin.enable") : QStringLiteral("origin.disable");
}

void removeOrigin(Connection& c, ChangeSet& changes, qint64 id)
{
    const OriginRecord before = load(c, id);
    c.exec(QStringLiteral("DELETE FROM allowed_origins WHERE id = ?"), {id});
    changes.record(c, QStringLiteral("origin.remove"), QStringLiteral("allowed_origin"), id,
                   before.toJson(), {});
}

KeysetQuery listQuery(const Connection& c, const OriginFilter& filter)
{
    KeysetQuery query(columns, from,
                      {{QStringLiteral("origin"), QStringLiteral("o.origin")},
                       {QStringLiteral("created_at"), QStringLiteral("o.created_at")},
                       {QStringLiteral("updated_at"), QStringLiteral("o.updated_at")}},
                      QStringLiteral("origin"));
    if (!filter.search.isEmpty()) {
        const SearchPattern search(
            c.dialect(), filter.search,
            {QStringLiteral("o.origin"), QStringLiteral("coalesce(o.note, '')")});
        query.where(search.sql(), search.values());
    }
    if (filter.active)
        query.where(QStringLiteral("o.is_active = ?"), {*filter.active});
    return query;
}

} // namespace

QFuture<OriginRecord> OriginService::get(const Actor& actor, qint64 id)
{
    return query(actor, Operation::ManageOrigins,
                 [id](Connection& c, const Actor&) { return load(c, id); });
}

QFuture<Page<OriginRecord>> OriginService::list(const Actor& actor, const OriginFilter& filter,
                                                const PageRequest& page)
{
    return query(actor, Operation::ManageOrigins, [filter, page](Connection& c, const Actor&) {
        return listQuery(c, filter).fetch<OriginRecord>(c, page, readRow);
    });
}

QFuture<qint64> OriginService::count(const Actor& actor, const OriginFilter& filter)
{
    return query(actor, Operation::ManageOrigins,
                 [filter](Connection& c, const Actor&) { return listQuery(c, filter).count(c); });
}

QFuture<OriginRecord> OriginService::add(const Actor& actor, const QString& input,
                                         const QString& note)
{
    return change(actor, Operation::ManageOrigins, [=](Connection& c, ChangeSet& changes) {
        const OriginCheck check = OriginNormalizer::normalize(input);
        if (!check.isOk())
            throw Failure(Failure::Kind::Validation, check.error(), QStringLiteral("origin"));
        checkNote(note);
        if (idOf(c, check.origin()))
            throw Failure(
                Failure::Kind::Constraint,
                tr("%1 is already in the list.").arg(LeftToRight::isolated(check.origin())),
                QStringLiteral("origin"));
        const qint64 id = insert(c, check.origin(), note, changes.actor().accountId);
        OriginRecord added = load(c, id);
        changes.record(c, QStringLiteral("origin.add"), QStringLiteral("allowed_origin"), id, {},
                       added.toJson());
        return added;
    });
}

QFuture<OriginRecord> OriginService::setNote(const Actor& actor, qint64 id, int expectedVersion,
                                             const QString& note)
{
    return change(actor, Operation::ManageOrigins, [=](Connection& c, ChangeSet& changes) {
        checkNote(note);
        return updateOrigin(c, changes, id, expectedVersion, QStringLiteral("origin.edit"),
                            QStringLiteral("note = ?"),
                            {note.isEmpty() ? QVariant() : QVariant(note)});
    });
}

QFuture<OriginRecord> OriginService::setActive(const Actor& actor, qint64 id, int expectedVersion,
                                               bool active)
{
    return change(actor, Operation::ManageOrigins, [=](Connection& c, ChangeSet& changes) {
        return updateOrigin(c, changes, id, expectedVersion, activeAction(active),
                            QStringLiteral("is_active = ?"), {active});
    });
}

QFuture<BulkResult> OriginService::setActiveAll(const Actor& actor, const QList<qint64>& ids,
                                                bool active)
{
    return change(actor, Operation::ManageOrigins, [=](Connection& c, ChangeSet& changes) {
        return eachItem(c, keysOf(ids), [&](const QString& key) {
            const qint64 id = key.toLongLong();
            // The state asked for, from whatever version the origin is at now.
            VersionedRow::lock(c, QStringLiteral("allowed_origins"), id);
            const OriginRecord now = load(c, id);
            if (now.active != active)
                updateOrigin(c, changes, id, now.version, activeAction(active),
                             QStringLiteral("is_active = ?"), {active});
        });
    });
}

QFuture<void> OriginService::remove(const Actor& actor, qint64 id)
{
    return change(actor, Operation::ManageOrigins,
                  [id](Connection& c, ChangeSet& changes) { removeOrigin(c, changes, id); });
}

QFuture<BulkResult> OriginService::removeAll(const Actor& actor, const QList<qint64>& ids)
{
    return change(actor, Operation::ManageOrigins, [ids](Connection& c, ChangeSet& changes) {
        return eachItem(c, keysOf(ids),
                        [&](const QString& key) { removeOrigin(c, changes, key.toLongLong()); });
    });
}

QFuture<OriginNormalizer::Match> OriginService::test(const Actor& actor,
                                                     const QString& originHeader)
{
    return query(actor, Operation::ManageOrigins, [originHeader](Connection& c, const Actor&) {
        return OriginNormalizer::isAllowed(originHeader, activeOrigins(c));
    });
}

QFuture<OriginImportReport> OriginService::importValue(const Actor& actor, const QString& value,
                                                       bool skipInvalid)
{
    return change(actor, Operation::ManageOrigins, [=](Connection& c, ChangeSet& changes) {
        if (const QString tooLarge = OriginList::checkSize(value); !tooLarge.isEmpty())
            throw Failure(Failure::Kind::Validation, tooLarge, QStringLiteral("value"));
        const OriginList list = OriginList::parse(value);
        OriginImportReport report;
        for (const OriginList::Entry& e : list.entries()) {
            OriginImportReport::Entry entry{e.text, e.check.origin(),
                                            OriginImportReport::Outcome::Added, e.check.error()};
            if (!e.check.isOk())
                entry.outcome = OriginImportReport::Outcome::Refused;
            else if (e.duplicateOf >= 0)
                entry.outcome = OriginImportReport::Outcome::Duplicate;
            else if (idOf(c, e.check.origin()))
                entry.outcome = OriginImportReport::Outcome::AlreadyPresent;
            report.entries.append(entry);
        }
        report.applied = skipInvalid || !list.hasRefused();
        if (!report.applied)
            return report;
        for (const OriginImportReport::Entry& entry : report.entries) {
            if (entry.outcome != OriginImportReport::Outcome::Added)
                continue;
            const qint64 id = insert(c, entry.origin, QString(), changes.actor().accountId);
            changes.record(c, QStringLiteral("origin.add"), QStringLiteral("allowed_origin"), id,
                           {}, load(c, id).toJson());
        }
        return report;
    });
}

QFuture<QString> OriginService::exportValue(const Actor& actor)
{
    return query(actor, Operation::ManageOrigins,
                 [](Connection& c, const Actor&) { return OriginList::format(activeOrigins(c)); });
}
