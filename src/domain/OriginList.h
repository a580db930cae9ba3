#pragma once

#include "OriginCheck.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The backend's ALLOWED_ORIGINS environment format: origins separated by commas.
class OriginList {
    Q_DECLARE_TR_FUNCTIONS(OriginList)

public:
    struct Entry {
        // The entry as written, trimmed.
        QString text;
        // Its normalised form, or why it is refused.
        OriginCheck check;
        // Index of an earlier entry with the same normalised origin, or -1.
        qsizetype duplicateOf = -1;
    };

    // Splits at commas, trims, skips empty entries and normalises each one. Nothing is
    // dropped silently: refused entries and duplicates stay in entries() for the report.
    static OriginList parse(const QString& value);
    // Why the value is too large to be taken (InputLimits), naming the limit; empty otherwise.
    static QString checkSize(const QString& value);
    // The plain value `a,b,c`, sorted, as the backend's environment expects it.
    static QString format(QStringList origins);

    const QList<Entry>& entries() const { return m_entries; }
    bool hasRefused() const;
    // Accepted normalised origins, each once, in the order written.
    QStringList origins() const;

private:
    QList<Entry> m_entries;
};
