// JwtInspector on any pasted text. Text that starts with '{' is taken as a JWT payload and
// wrapped in a token (header, base64url payload, signature), so that the fuzzer reaches the
// claims without having to find base64 by chance. Checked: a result is either refused with a
// reason or names a valid jti that the bare-jti field accepts too; a "Bearer " prefix changes
// nothing; dates and the signature check are consistent with the claims.
#include "FuzzCheck.h"
#include "JwtInspector.h"

namespace {

void checkSame(const TokenInspection& a, const TokenInspection& b)
{
    FUZZ_CHECK(a.isOk() == b.isOk());
    FUZZ_CHECK(a.error() == b.error());
    FUZZ_CHECK(a.jti() == b.jti());
    FUZZ_CHECK(a.isJwt() == b.isJwt());
    FUZZ_CHECK(a.subject() == b.subject());
    FUZZ_CHECK(a.expiresAtMicros() == b.expiresAtMicros());
    FUZZ_CHECK(a.issuedAtMicros() == b.issuedAtMicros());
}

void checkResult(const TokenInspection& result)
{
    if (!result.isOk()) {
        FUZZ_CHECK(!result.error().isEmpty());
        FUZZ_CHECK(result.jti().isEmpty());
        FUZZ_CHECK(result.verifyHs256("secret") == TokenInspection::Signature::NotChecked);
        return;
    }
    FUZZ_CHECK(!result.jti().isEmpty());
    const TokenInspection bare = JwtInspector::inspectJti(result.jti());
    FUZZ_CHECK(bare.isOk() && bare.jti() == result.jti() && !bare.isJwt());

    FUZZ_CHECK(result.expiresAt().isValid() == result.expiresAtMicros().has_value());
    FUZZ_CHECK(result.issuedAt().isValid() == result.issuedAtMicros().has_value());
    // The expiry rounds up to the millisecond, the issue time down.
    if (const auto micros = result.expiresAtMicros()) {
        const qint64 ms = result.expiresAt().toMSecsSinceEpoch();
        FUZZ_CHECK(*micros >= 0 && ms * 1000 >= *micros && ms * 1000 - *micros < 1000);
    }
    if (const auto micros = result.issuedAtMicros()) {
        const qint64 ms = result.issuedAt().toMSecsSinceEpoch();
        FUZZ_CHECK(*micros >= 0 && ms * 1000 <= *micros && *micros - ms * 1000 < 1000);
    }
    if (!result.isJwt()) {
        FUZZ_CHECK(result.algorithm().isEmpty() && result.subject().isEmpty());
        FUZZ_CHECK(!result.expiresAtMicros() && !result.issuedAtMicros());
    }
    const TokenInspection::Signature signature = result.verifyHs256("secret");
    FUZZ_CHECK((signature == TokenInspection::Signature::NotChecked) ==
               (!result.isJwt() || result.algorithm() != u"HS256"));
    FUZZ_CHECK(result.verifyHs256({}) == TokenInspection::Signature::NotChecked);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString text =
        bytes.startsWith('{')
            ? QStringLiteral("eyJhbGciOiJIUzI1NiJ9.%1.c2ln")
                  .arg(QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding |
                                                          QByteArray::OmitTrailingEquals)))
            : fuzzText(data, size);

    const TokenInspection result = JwtInspector::inspect(text);
    checkResult(result);
    checkResult(JwtInspector::inspectJti(text));

    // What follows a "Bearer " prefix is read as it would be alone.
    const QString body = text.trimmed();
    if (!body.isEmpty() && !body.startsWith(u"bearer", Qt::CaseInsensitive) &&
        body.size() + 7 <= JwtInspector::maxTextLength)
        checkSame(JwtInspector::inspect(QStringLiteral("Bearer ") + body), result);
    return 0;
}
