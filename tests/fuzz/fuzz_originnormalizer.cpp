// OriginNormalizer::normalize on any text: an accepted origin is a fixed point (normalising it
// again gives it back), is at most maxLength characters of http(s)://host[:port], and is
// allowed when it is listed; a refusal always says why.
#include "FuzzCheck.h"
#include "OriginNormalizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = fuzzText(data, size);
    const OriginCheck check = OriginNormalizer::normalize(input);
    if (!check.isOk()) {
        FUZZ_CHECK(!check.error().isEmpty());
        FUZZ_CHECK(check.origin().isEmpty());
        return 0;
    }
    const QString& origin = check.origin();
    FUZZ_CHECK(check.error().isEmpty());
    FUZZ_CHECK(origin.size() <= OriginNormalizer::maxLength);
    FUZZ_CHECK(origin.startsWith(u"http://") || origin.startsWith(u"https://"));
    FUZZ_CHECK(!origin.endsWith(u'/'));

    const OriginCheck again = OriginNormalizer::normalize(origin);
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(again.origin() == origin);
    // A trailing slash is the one decoration an origin may carry.
    FUZZ_CHECK(OriginNormalizer::normalize(origin + u'/').origin() == origin);

    FUZZ_CHECK(OriginNormalizer::isAllowed(origin, {origin}).allowed);
    const OriginNormalizer::Match typed = OriginNormalizer::isAllowed(input, {origin});
    FUZZ_CHECK(typed.allowed == (input == origin));
    FUZZ_CHECK(typed.allowed || !typed.hint.isEmpty());
    return 0;
}
