#pragma once

#include <QByteArray>
#include <QString>

// bcrypt ($2b$, cost 12) through libcrypt: the hashes Python's bcrypt/passlib make and read.
// Slow by design (about 0.2 s): call it on a worker thread.
class PasswordHasher {
public:
    static constexpr int defaultCost = 12;

    static QByteArray hash(const QString& password, int cost = defaultCost);
    static bool verify(const QString& password, const QByteArray& hash);
    // Empty when acceptable, else why not: 8 characters at least, 72 UTF-8 bytes at most.
    static QString checkStrength(const QString& password);
};
