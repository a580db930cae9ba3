#pragma once

#include "Actor.h"
#include "AsyncTableModel.h"
#include "RevokedTokenRecord.h"
#include "TokenFilter.h"

class TokenService;

// The revoked tokens (super admins), newest first.
class TokensModel : public AsyncTableModel<RevokedTokenRecord, TokenFilter> {
public:
    enum Column {
        JtiColumn,
        TypeColumn,
        AccountColumn,
        RevokedAtColumn,
        ExpiresAtColumn,
        ReasonColumn,
        RevokedByColumn,
    };

    TokensModel(TokenService& service, const Actor& actor, ChangeFeed& feed,
                QObject* parent = nullptr);

protected:
    QFuture<Page<RevokedTokenRecord>> fetchPage(const TokenFilter& filter,
                                                const PageRequest& request) override;
    QFuture<qint64> fetchCount(const TokenFilter& filter) override;

private:
    TokenService& m_service;
    const Actor m_actor;
};
