#pragma once

#include "RevokedTokenRecord.h"
#include "ServiceTableModel.h"
#include "TokenFilter.h"

class TokenService;

// The revoked tokens (super admins), newest first.
class TokensModel : public ServiceTableModel<TokenService, RevokedTokenRecord, TokenFilter> {
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
};
