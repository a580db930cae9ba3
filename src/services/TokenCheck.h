#pragma once

#include <QString>

// Whether the backend would refuse a token, and why.
struct TokenCheck {
    enum class Verdict { NotRevoked, JtiRevoked, SignedOutEverywhere };
    Verdict verdict = Verdict::NotRevoked;
    QString jti;
    bool isRevoked() const { return verdict != Verdict::NotRevoked; }
};
