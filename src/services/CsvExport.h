#pragma once

#include "CsvWriter.h"
#include "KeysetQuery.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

// What every CSV export of a list shares: UTF-8 with a byte order mark (Arabic text opens
// right in spreadsheet programs), a header, then each row the query selects in the order of
// `order` (the screen's), written as it is read page by page so that the rows never sit in
// memory beside the file.
class CsvExport {
public:
    // fields(const T&) -> QStringList in the order of `headers`; maxRows 0: every row.
    template <typename T, typename RowFn, typename FieldsFn>
    static QByteArray write(Connection& connection, const KeysetQuery& query, PageRequest order,
                            const QStringList& headers, RowFn row, FieldsFn fields,
                            qint64 maxRows = 0)
    {
        CsvWriter writer(CsvWriter::ByteOrderMark::With);
        writer.writeRecord(headers);
        order.limit = pageRows;
        query.scan<T>(connection, order, maxRows, row, [&writer, &fields](QList<T>&& rows) {
            for (const T& r : rows)
                writer.writeRecord(fields(r));
        });
        return writer.data();
    }

    // A time as exports write it: ISO 8601 in UTC with milliseconds; empty when invalid.
    static QString time(const QDateTime& time)
    {
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    }

private:
    static constexpr int pageRows = 1000;
};
