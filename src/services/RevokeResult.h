#pragma once

#include "RevokedTokenRecord.h"
#include "TokenInspection.h"

struct RevokeResult {
    RevokedTokenRecord token;
    // The jti was revoked before: the row is kept as it was.
    bool alreadyRevoked = false;
    TokenInspection::Signature signature = TokenInspection::Signature::NotChecked;
};
