// OriginList::parse on any ALLOWED_ORIGINS value the size check lets through: every non-empty
// entry is reported, duplicates point back at the first entry of their origin, and the accepted
// origins, written out again (as entered and as format() writes them), parse to the same list.
#include "FuzzCheck.h"
#include "OriginList.h"

#include <QSet>

namespace {

// A value made only of accepted, distinct origins parses to exactly those origins.
void checkReparses(const QString& value, const QStringList& origins)
{
    const OriginList list = OriginList::parse(value);
    FUZZ_CHECK(!list.hasRefused());
    FUZZ_CHECK(list.entries().size() == origins.size());
    QStringList sorted = origins;
    sorted.sort();
    QStringList reparsed = list.origins();
    reparsed.sort();
    FUZZ_CHECK(reparsed == sorted);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString value = fuzzText(data, size);
    if (!OriginList::checkSize(value).isEmpty())
        return 0;
    const OriginList list = OriginList::parse(value);
    const QList<OriginList::Entry>& entries = list.entries();

    qsizetype nonEmpty = 0;
    for (const QStringView item : QStringView(value).split(u',')) {
        if (!item.trimmed().isEmpty())
            ++nonEmpty;
    }
    FUZZ_CHECK(entries.size() == nonEmpty);

    bool refused = false;
    QSet<QString> seen;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const OriginList::Entry& e = entries[i];
        FUZZ_CHECK(!e.text.isEmpty() && e.text == e.text.trimmed() && !e.text.contains(u','));
        refused = refused || !e.check.isOk();
        if (!e.check.isOk()) {
            FUZZ_CHECK(e.duplicateOf == -1);
            continue;
        }
        if (e.duplicateOf < 0) {
            FUZZ_CHECK(!seen.contains(e.check.origin()));
            seen.insert(e.check.origin());
            continue;
        }
        FUZZ_CHECK(e.duplicateOf < i);
        const OriginList::Entry& first = entries[e.duplicateOf];
        FUZZ_CHECK(first.duplicateOf == -1 && first.check.origin() == e.check.origin());
    }
    FUZZ_CHECK(list.hasRefused() == refused);

    const QStringList origins = list.origins();
    FUZZ_CHECK(origins.size() == seen.size());
    checkReparses(origins.join(u','), origins);
    checkReparses(OriginList::format(origins), origins);
    return 0;
}
