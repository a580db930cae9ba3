#include "TokenService.h"

#include "CsvExport.h"
#include "JwtInspector.h"
#include "KeysetQuery.h"
#include "SearchPattern.h"

namespace {

const QStringList columns = {
    QStringLiteral("t.id"),         QStringLiteral("t.jti"),      QStringLiteral("t.token_type"),
    QStringLiteral("t.account_id"), QStringLiteral("a.username"), QStringLiteral("t.revoked_at"),
    QStringLiteral("t.expires_at"), QStringLiteral("t.reason"),   QStringLiteral("t.revoked_by_id"),
    QStringLiteral("b.username")};
const QString from = QStringLiteral("revoked_tokens t LEFT JOIN account a ON a.id = t.account_id "
                                    "LEFT JOIN account b ON b.id = t.revoked_by_id");

RevokedTokenRecord readRow(const Statement& q)
{
    RevokedTokenRecord r;
    r.id = q.value(0).toLongLong();
    r.jti = q.value(1).toString();
    r.type = tokenTypeFromName(q.value(2).toString()).value_or(TokenType::Access);
    r.accountId = q.value(3).toLongLong();
    r.accountName = q.value(4).toString();
    r.revokedAt = Connection::fromDb(q.value(5));
    r.expiresAt = Connection::fromDb(q.value(6));
    r.reason = q.value(7).toString();
    r.revokedById = q.value(8).toLongLong();
    r.revokedByName = q.value(9).toString();
    return r;
}

RevokedTokenRecord loadByJti(Connection& c, const QString& jti)
{
    Statement q = c.exec(QStringLiteral("SELECT %1 FROM %2 WHERE t.jti = ?")
                             .arg(columns.join(QStringLiteral(", ")), from),
                         {jti});
    if (!q.next())
        throw Failure(Failure::Kind::NotFound,
                      TokenService::tr("No revoked token has the jti '%1'.").arg(jti));
    return readRow(q);
}

TokenInspection inspectOrRefuse(const QString& text, bool explicitJti)
{
    TokenInspection inspection =
        explicitJti ? JwtInspector::inspectJti(text) : JwtInspector::inspect(text);
    if (!inspection.isOk())
        throw Failure(Failure::Kind::Validation, inspection.error(), QStringLiteral("token"));
    return inspection;
}

KeysetQuery listQuery(Connection& c, const TokenFilter& filter)
{
    KeysetQuery query(columns, from,
                      {{QStringLiteral("revoked_at"), QStringLiteral("t.revoked_at")},
                       {QStringLiteral("jti"), QStringLiteral("t.jti")}},
                      QStringLiteral("revoked_at"));
    if (!filter.search.isEmpty()) {
        const SearchPattern search(c.dialect(), filter.search, {QStringLiteral("t.jti")});
        query.where(search.sql(), search.values());
    }
    if (filter.accountId)
        query.where(QStringLiteral("t.account_id = ?"), {filter.accountId});
    if (filter.type)
        query.where(QStringLiteral("t.token_type = ?"), {tokenTypeName(*filter.type)});
    if (filter.expired) {
        if (*filter.expired)
            query.where(QStringLiteral("t.expires_at <= %1").arg(c.serverNow()), {});
        else
            query.where(
                QStringLiteral("t.expires_at IS NULL OR t.expires_at > %1").arg(c.serverNow()), {});
    }
    if (filter.revokedFrom.isValid())
        query.where(QStringLiteral("t.revoked_at >= ?"), {c.toDb(filter.revokedFrom)});
    if (filter.revokedTo.isValid())
        query.where(QStringLiteral("t.revoked_at < ?"), {c.toDb(filter.revokedTo)});
    return query;
}

// revoke() inside the caller's transaction.
RevokeResult revokeOne(Connection& c, ChangeSet& changes, const RevokeInput& input,
                       const QByteArray& hs256Secret)
{
    const TokenInspection inspection = inspectOrRefuse(input.text, input.explicitJti);
    if (input.reason.size() > TokenService::maxReasonLength)
        throw Failure(Failure::Kind::Validation,
                      TokenService::tr("The reason has %1 characters; at most %2 are allowed.")
                          .arg(input.reason.size())
                          .arg(TokenService::maxReasonLength),
                      QStringLiteral("reason"));
    const TokenType type = inspection.isJwt() ? inspection.tokenType() : input.type;
    const QDateTime expires = inspection.isJwt() ? inspection.expiresAt() : input.expiresAt;
    QVariant accountId;
    if (!inspection.subject().isEmpty()) {
        Statement a = c.exec(QStringLiteral("SELECT id FROM account WHERE ") +
                                 c.foldedEquals(QStringLiteral("username")),
                             {inspection.subject()});
        if (a.next())
            accountId = a.value(0);
    }
    RevokeResult result;
    result.signature = inspection.verifyHs256(hs256Secret);
    // ON CONFLICT DO NOTHING: two administrators revoking one jti at once leave one row.
    Statement inserted = c.exec(
        QStringLiteral("INSERT INTO revoked_tokens (jti, token_type, account_id, revoked_at, "
                       "expires_at, reason, revoked_by_id) VALUES (?, ?, ?, %1, ?, ?, ?) "
                       "ON CONFLICT (jti) DO NOTHING RETURNING id")
            .arg(c.serverNow()),
        {inspection.jti(), tokenTypeName(type), accountId, c.toDb(expires),
         input.reason.isEmpty() ? QVariant() : QVariant(input.reason), changes.actor().accountId});
    result.alreadyRevoked = !inserted.next();
    result.token = loadByJti(c, inspection.jti());
    if (!result.alreadyRevoked)
        changes.record(c, QStringLiteral("token.revoke"), QStringLiteral("revoked_token"),
                       result.token.id, {}, result.token.toJson());
    return result;
}

} // namespace

QFuture<RevokeResult> TokenService::revoke(const Actor& actor, const RevokeInput& input,
                                           const QByteArray& hs256Secret)
{
    return change(actor, Operation::ManageTokens, [=](Connection& c, ChangeSet& changes) {
        return revokeOne(c, changes, input, hs256Secret);
    });
}

QFuture<BulkResult> TokenService::revokeAll(const Actor& actor, const QString& pasted,
                                            const QString& reason)
{
    return change(actor, Operation::ManageTokens, [=](Connection& c, ChangeSet& changes) {
        QStringList lines;
        for (const QString& line : pasted.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        if (lines.isEmpty())
            throw Failure(Failure::Kind::Validation,
                          tr("Paste the tokens to revoke: a JWT or a jti on each line."),
                          QStringLiteral("text"));
        return eachItem(c, lines, [&](const QString& line) {
            RevokeInput input;
            input.text = line;
            input.reason = reason;
            revokeOne(c, changes, input, {});
        });
    });
}

QFuture<TokenCheck> TokenService::check(const Actor& actor, const QString& text)
{
    return query(actor, Operation::ManageTokens, [text](Connection& c, const Actor&) {
        const TokenInspection inspection = inspectOrRefuse(text, false);
        TokenCheck result;
        result.jti = inspection.jti();
        Statement q = c.exec(QStringLiteral("SELECT 1 FROM revoked_tokens WHERE jti = ?"),
                             {inspection.jti()});
        const bool revoked = q.next();
        if (revoked) {
            result.verdict = TokenCheck::Verdict::JtiRevoked;
        } else if (inspection.issuedAtMicros() && !inspection.subject().isEmpty()) {
            // Strictly before tokens_valid_after, compared at full precision in SQL.
            Statement a =
                c.exec(QStringLiteral("SELECT 1 FROM account WHERE %1 AND tokens_valid_after > ?")
                           .arg(c.foldedEquals(QStringLiteral("username"))),
                       {inspection.subject(), c.toDbMicros(*inspection.issuedAtMicros())});
            if (a.next())
                result.verdict = TokenCheck::Verdict::SignedOutEverywhere;
        }
        return result;
    });
}

QFuture<Page<RevokedTokenRecord>> TokenService::list(const Actor& actor, const TokenFilter& filter,
                                                     const PageRequest& page)
{
    return query(actor, Operation::ManageTokens, [filter, page](Connection& c, const Actor&) {
        return listQuery(c, filter).fetch<RevokedTokenRecord>(c, page, readRow);
    });
}

QFuture<qint64> TokenService::count(const Actor& actor, const TokenFilter& filter)
{
    return query(actor, Operation::ManageTokens,
                 [filter](Connection& c, const Actor&) { return listQuery(c, filter).count(c); });
}

QFuture<QByteArray> TokenService::exportCsv(const Actor& actor, const TokenFilter& filter,
                                            const PageRequest& order, qint64 maxRows)
{
    return query(actor, Operation::ManageTokens,
                 [filter, order, maxRows](Connection& c, const Actor&) {
                     return CsvExport::write<RevokedTokenRecord>(
                         c, listQuery(c, filter), order,
                         {QStringLiteral("JTI"), QStringLiteral("Type"), QStringLiteral("Account"),
                          QStringLiteral("Revoked at (UTC)"), QStringLiteral("Expires at (UTC)"),
                          QStringLiteral("Reason"), QStringLiteral("Revoked by")},
                         readRow,
                         [](const RevokedTokenRecord& t) {
                             return QStringList{t.jti,
                                                tokenTypeName(t.type),
                                                t.accountName,
                                                CsvExport::time(t.revokedAt),
                                                CsvExport::time(t.expiresAt),
                                                t.reason,
                                                t.revokedByName};
                         },
                         maxRows);
                 });
}

QFuture<int> TokenService::purgeExpired(const Actor& actor)
{
    return change(actor, Operation::ManageTokens, [](Connection& c, ChangeSet& changes) {
        // A margin for clocks: the backend's may run behind the database server's.
        Statement q = c.exec(QStringLiteral("DELETE FROM revoked_tokens WHERE expires_at < %1")
                                 .arg(c.serverNowPlus()),
                             {-purgeMarginSeconds});
        const int purged = q.numRowsAffected();
        if (purged > 0) {
            changes.recordBulk(c, QStringLiteral("token.purge_expired"),
                               QStringLiteral("revoked_token"),
                               {{QStringLiteral("purged"), purged}});
        }
        return purged;
    });
}
