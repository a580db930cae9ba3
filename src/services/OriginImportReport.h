#pragma once

#include <QList>
#include <QString>

// What importing an ALLOWED_ORIGINS value did (or would do), entry by entry.
struct OriginImportReport {
    enum class Outcome { Added, AlreadyPresent, Duplicate, Refused };
    struct Entry {
        QString text;   // as written
        QString origin; // normalised; empty when refused
        Outcome outcome = Outcome::Refused;
        QString reason; // why refused
    };
    QList<Entry> entries;
    // False when refused entries stopped the whole import (without skipInvalid): nothing changed.
    bool applied = false;

    int countOf(Outcome outcome) const;
};
