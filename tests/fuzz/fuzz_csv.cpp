// CsvReader on any bytes: it reads records or stops with an error naming a line. Whatever it
// read, written again by CsvWriter (with and without a byte order mark) and read back, is the
// same records: an export of imported data loses and adds nothing.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "FuzzCheck.h"
#include "InputLimits.h"

namespace {

QList<QStringList> readAll(CsvReader& reader)
{
    QList<QStringList> records;
    CsvRecord record;
    int lastLine = 0;
    while (reader.next(&record)) {
        FUZZ_CHECK(record.line > lastLine);
        FUZZ_CHECK(!record.fields.isEmpty());
        for (const QString& field : record.fields)
            FUZZ_CHECK(field.size() <= InputLimits::maxCsvFieldLength);
        lastLine = record.line;
        records << record.fields;
    }
    FUZZ_CHECK(reader.error().isEmpty() == (reader.errorLine() == 0));
    FUZZ_CHECK(reader.errorLine() == 0 || reader.errorLine() >= lastLine);
    return records;
}

void checkRoundTrip(const QList<QStringList>& records, CsvWriter::ByteOrderMark bom)
{
    CsvWriter writer(bom);
    for (const QStringList& fields : records)
        writer.writeRecord(fields);
    CsvReader reader(writer.data());
    const QList<QStringList> again = readAll(reader);
    if (!reader.error().isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(reader.error()));
    FUZZ_CHECK(reader.error().isEmpty());
    FUZZ_CHECK(again == records);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    CsvReader reader(bytes);
    const QList<QStringList> records = readAll(reader);
    checkRoundTrip(records, CsvWriter::ByteOrderMark::Without);
    checkRoundTrip(records, CsvWriter::ByteOrderMark::With);
    return 0;
}
