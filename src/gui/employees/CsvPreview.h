#pragma once

#include "CsvRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The start of a CSV file as the import dialog shows it before anything is imported: the
// header and the first records, read with the same CsvReader as the import.
struct CsvPreview {
    static constexpr int maxRows = 1000;

    QStringList header;
    QList<CsvRecord> rows; // the first maxRows records after the header
    int recordCount = 0;   // all the records after the header
    // Why the file cannot be read (it names the line); empty when it can.
    QString error;

    static CsvPreview read(const QByteArray& csv);
};
