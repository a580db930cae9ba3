#include "CsvPreview.h"

#include "CsvReader.h"

CsvPreview CsvPreview::read(const QByteArray& csv)
{
    CsvPreview preview;
    CsvReader reader(csv);
    CsvRecord record;
    if (reader.next(&record))
        preview.header = record.fields;
    // Every record is read, so that the count and any error further down are known now.
    while (reader.next(&record)) {
        if (preview.rows.size() < maxRows)
            preview.rows.append(record);
        ++preview.recordCount;
    }
    preview.error = reader.error();
    return preview;
}
