#include "TestCsv.h"

#include "CsvReader.h"

#include <QTest>

QList<QStringList> TestCsv::records(const QByteArray& csv)
{
    CsvReader reader(csv);
    QList<QStringList> records;
    CsvRecord record;
    while (reader.next(&record))
        records.append(record.fields);
    if (!reader.error().isEmpty())
        QTest::qFail(qPrintable(reader.error()), __FILE__, __LINE__);
    return records;
}
