#pragma once

#include "CsvRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>

// Reads CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, LF or a
// lone CR; a field in double quotes may hold commas, line breaks and quotes (a quote is written
// twice). Fields are kept exactly as written (no trimming). The input is UTF-8 with or without a
// byte order mark. Lines that are completely empty are skipped. The quote CsvWriter puts before
// a formula is taken off (CsvFormulaGuard::unguard).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    explicit CsvReader(const QByteArray& utf8);

    // Reads the next record; false at the end of the input or when the input is malformed.
    bool next(CsvRecord* record);
    // Why reading stopped before the end (the message names the line); empty otherwise.
    const QString& error() const { return m_error; }
    // The line error() is about; 0 when there is no error or the error is about the whole file
    // (larger than InputLimits::maxCsvBytes: nothing is read).
    int errorLine() const { return m_errorLine; }

private:
    // Length of the line break at position i: 2 for CRLF, 1 for LF or CR, 0 for none.
    int lineBreakAt(qsizetype i) const;
    bool fail(int line, const QString& message);
    bool readQuoted(QByteArray* field);
    bool readUnquoted(QByteArray* field);

    QByteArray m_bytes;
    QStringDecoder m_decoder;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};
