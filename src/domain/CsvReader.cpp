#include "CsvReader.h"

#include "CsvFormulaGuard.h"
#include "InputLimits.h"

#include <QStringDecoder>

namespace {

const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

QString decode(QByteArrayView bytes, bool* ok)
{
    // The BOM is removed before: a second one would be text.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless |
                                                       QStringConverter::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

CsvReader::CsvReader(const QByteArray& utf8)
{
    if (utf8.size() > InputLimits::maxCsvBytes) {
        fail(0, tr("The file is larger than %1 MiB; larger files are not read.")
                    .arg(InputLimits::maxCsvBytes / (qsizetype{1024} * 1024)));
        return;
    }
    const QByteArrayView bytes = utf8.startsWith(utf8Bom)
                                     ? QByteArrayView(utf8).sliced(utf8Bom.size())
                                     : QByteArrayView(utf8);
    bool ok = false;
    m_text = decode(bytes, &ok);
    if (ok)
        return;
    // A LF byte never occurs inside a UTF-8 sequence: decoding line by line finds the culprit.
    int line = 1;
    for (const QByteArrayView part :
         QByteArray::fromRawData(bytes.data(), bytes.size()).split('\n')) {
        decode(part, &ok);
        if (!ok)
            break;
        ++line;
    }
    m_text.clear();
    fail(line, tr("Line %1 is not valid UTF-8 text; save the file as UTF-8 (CSV UTF-8 in "
                  "spreadsheet programs).")
                   .arg(line));
}

int CsvReader::lineBreakAt(qsizetype i) const
{
    if (i >= m_text.size())
        return 0;
    if (m_text.at(i) == QLatin1Char('\n'))
        return 1;
    if (m_text.at(i) == QLatin1Char('\r'))
        return i + 1 < m_text.size() && m_text.at(i + 1) == QLatin1Char('\n') ? 2 : 1;
    return 0;
}

bool CsvReader::fail(int line, const QString& message)
{
    m_errorLine = line;
    m_error = message;
    return false;
}

bool CsvReader::readQuoted(QString* field)
{
    const int startLine = m_line;
    ++m_pos; // the opening quote
    for (;;) {
        if (m_pos >= m_text.size())
            return fail(startLine, tr("Line %1: a quoted field is not closed; a closing quote (\") "
                                      "is missing.")
                                       .arg(startLine));
        const QChar ch = m_text.at(m_pos);
        if (ch == QLatin1Char('"')) {
            if (m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == QLatin1Char('"')) {
                *field += ch;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        const int lineBreak = lineBreakAt(m_pos);
        if (lineBreak > 0) {
            *field += m_text.sliced(m_pos, lineBreak);
            m_pos += lineBreak;
            ++m_line;
            continue;
        }
        *field += ch;
        ++m_pos;
    }
    if (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') && lineBreakAt(m_pos) == 0)
        return fail(m_line, tr("Line %1: text follows the closing quote of a field; a quote "
                               "inside a quoted field is written twice (\"\").")
                                .arg(m_line));
    return true;
}

bool CsvReader::readUnquoted(QString* field)
{
    const qsizetype start = m_pos;
    while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char(',') &&
           lineBreakAt(m_pos) == 0) {
        if (m_text.at(m_pos) == QLatin1Char('"'))
            return fail(m_line,
                        tr("Line %1: a field that contains a quote (\") must be enclosed in "
                           "quotes, with the quote written twice.")
                            .arg(m_line));
        ++m_pos;
    }
    *field = m_text.sliced(start, m_pos - start);
    return true;
}

bool CsvReader::next(CsvRecord* record)
{
    if (!m_error.isEmpty())
        return false;
    for (int lineBreak = lineBreakAt(m_pos); lineBreak > 0; lineBreak = lineBreakAt(m_pos)) {
        m_pos += lineBreak;
        ++m_line;
    }
    if (m_pos >= m_text.size())
        return false;
    record->line = m_line;
    record->fields.clear();
    for (;;) {
        QString field;
        const int fieldLine = m_line;
        const bool quoted = m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char('"');
        if (!(quoted ? readQuoted(&field) : readUnquoted(&field)))
            return false;
        if (field.size() > InputLimits::maxCsvFieldLength)
            return fail(fieldLine, tr("Line %1: field %2 has %3 characters; at most %4 are read.")
                                       .arg(fieldLine)
                                       .arg(record->fields.size() + 1)
                                       .arg(field.size())
                                       .arg(InputLimits::maxCsvFieldLength));
        record->fields.append(CsvFormulaGuard::unguard(field));
        if (m_pos < m_text.size() && m_text.at(m_pos) == QLatin1Char(',')) {
            ++m_pos;
            continue;
        }
        // The end of the line or of the input.
        m_pos += lineBreakAt(m_pos);
        ++m_line;
        return true;
    }
}
