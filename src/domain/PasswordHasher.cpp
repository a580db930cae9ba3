#include "PasswordHasher.h"

#include <QCoreApplication>

#include <crypt.h>

#include <cstring>
#include <memory>
#include <stdexcept>

QByteArray PasswordHasher::hash(const QString& password, int cost)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    if (!crypt_gensalt_rn("$2b$", static_cast<unsigned long>(cost), nullptr, 0, salt, sizeof salt))
        throw std::runtime_error("bcrypt salt generation failed");
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const char* result = crypt_r(password.toUtf8().constData(), salt, data.get());
    if (!result || result[0] == '*')
        throw std::runtime_error("bcrypt hashing failed");
    return QByteArray(result);
}

bool PasswordHasher::verify(const QString& password, const QByteArray& hash)
{
    if (!hash.startsWith("$2"))
        return false;
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const char* result = crypt_r(password.toUtf8().constData(), hash.constData(), data.get());
    if (!result || result[0] == '*')
        return false;
    const size_t n = std::strlen(result);
    // Constant time comparison: no early exit on the first differing byte.
    if (n != static_cast<size_t>(hash.size()))
        return false;
    unsigned char diff = 0;
    for (size_t i = 0; i < n; ++i)
        diff |= static_cast<unsigned char>(result[i] ^ hash[static_cast<qsizetype>(i)]);
    return diff == 0;
}

QString PasswordHasher::checkStrength(const QString& password)
{
    // Characters, not UTF-16 units: an emoji counts once.
    if (password.toUcs4().size() < 8)
        return QCoreApplication::translate("PasswordHasher",
                                           "The password must have at least 8 characters.");
    if (password.toUtf8().size() > 72)
        return QCoreApplication::translate(
            "PasswordHasher", "The password must not be longer than 72 bytes in UTF-8 (bcrypt "
                              "ignores the rest).");
    return {};
}
