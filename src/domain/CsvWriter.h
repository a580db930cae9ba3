#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Writes CSV as RFC 4180 describes it: UTF-8, CRLF after every record, and a field in double
// quotes (quotes doubled) when it holds a comma, a quote or a line break, or is a record's only
// field and empty (a blank line is no record). A field that a
// spreadsheet program would run as a formula is written as text (CsvFormulaGuard).
class CsvWriter {
public:
    // A byte order mark lets spreadsheet programs recognise UTF-8 (Arabic text would otherwise
    // be shown as mojibake); CsvReader accepts files with and without one. Without, one is
    // still written when the first field starts with U+FEFF, so that it is not taken for one.
    enum class ByteOrderMark { Without, With };

    explicit CsvWriter(ByteOrderMark bom = ByteOrderMark::Without);

    void writeRecord(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

    // One field as written in a record.
    static QString encodeField(const QString& text);

private:
    QByteArray m_data;
};
