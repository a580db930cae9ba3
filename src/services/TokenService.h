#pragma once

#include "Page.h"
#include "PageRequest.h"
#include "RevokeInput.h"
#include "RevokeResult.h"
#include "ServiceBase.h"
#include "TokenCheck.h"
#include "TokenFilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>

// The backend's revoked JWTs (super admins): revoke, check, list, purge.
class TokenService : public ServiceBase {
    Q_DECLARE_TR_FUNCTIONS(TokenService)

public:
    using ServiceBase::ServiceBase;

    // Idempotent: a jti revoked twice (also concurrently) leaves one row and says so.
    // hs256Secret, when given, only informs RevokeResult::signature.
    QFuture<RevokeResult> revoke(const Actor& actor, const RevokeInput& input,
                                 const QByteArray& hs256Secret = {});
    // revoke() of each line of `pasted` (a JWT or a jti per line; blank lines skipped) in one
    // transaction: those refused are listed with why, keyed by their line.
    QFuture<BulkResult> revokeAll(const Actor& actor, const QString& pasted,
                                  const QString& reason = {});
    // Pasted text (JWT or jti): revoked by jti, or by its account's "sign out everywhere".
    QFuture<TokenCheck> check(const Actor& actor, const QString& text);
    // Sort keys: revoked_at (default), jti.
    QFuture<Page<RevokedTokenRecord>> list(const Actor& actor, const TokenFilter& filter,
                                           const PageRequest& page);
    QFuture<qint64> count(const Actor& actor, const TokenFilter& filter);
    // revoked_tokens.reason is varchar(256): a longer reason is refused (Validation).
    static constexpr int maxReasonLength = 256;
    // The tokens the filter selects, in the order of `order` (maxRows 0: all of them), as CSV
    // (CsvExport): jti, type, account, revoked at and expires at (ISO 8601, UTC; empty: never),
    // reason, revoked by (empty: the backend itself).
    QFuture<QByteArray> exportCsv(const Actor& actor, const TokenFilter& filter,
                                  const PageRequest& order = {}, qint64 maxRows = 0);
    // Tokens expired for less than this (by the database server's clock) are kept by a purge.
    static constexpr int purgeMarginSeconds = 5 * 60;

    // Deletes the rows whose token expired more than purgeMarginSeconds ago; resolves to how many.
    QFuture<int> purgeExpired(const Actor& actor);
};
