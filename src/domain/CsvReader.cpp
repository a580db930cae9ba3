#include "CsvReader.h"

#include "CsvFormulaGuard.h"
#include "InputLimits.h"

#include <QStringDecoder>

namespace {

const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

CsvReader::CsvReader(const QByteArray& utf8)
    : m_bytes(utf8)
    // The BOM is skipped before: a second one would be text.
    , m_decoder(QStringConverter::Utf8,
                QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom)
{
    if (utf8.size() > InputLimits::maxCsvBytes) {
        fail(0, tr("The file is larger than %1 MiB; larger files are not read.")
                    .arg(InputLimits::maxCsvBytes / (qsizetype{1024} * 1024)));
        return;
    }
    if (utf8.startsWith(utf8Bom))
        m_pos = utf8Bom.size();
}

int CsvReader::lineBreakAt(qsizetype i) const
{
    if (i >= m_bytes.size())
        return 0;
    if (m_bytes.at(i) == '\n')
        return 1;
    if (m_bytes.at(i) == '\r')
        return i + 1 < m_bytes.size() && m_bytes.at(i + 1) == '\n' ? 2 : 1;
    return 0;
}

bool CsvReader::fail(int line, const QString& message)
{
    m_errorLine = line;
    m_error = message;
    return false;
}

bool CsvReader::readQuoted(QByteArray* field)
{
    const int startLine = m_line;
    ++m_pos; // the opening quote
    for (;;) {
        if (m_pos >= m_bytes.size())
            return fail(startLine, tr("Line %1: a quoted field is not closed; a closing quote (\") "
                                      "is missing.")
                                       .arg(startLine));
        const char ch = m_bytes.at(m_pos);
        if (ch == '"') {
            if (m_pos + 1 < m_bytes.size() && m_bytes.at(m_pos + 1) == '"') {
                *field += ch;
                m_pos += 2;
                continue;
            }
            ++m_pos;
            break;
        }
        const int lineBreak = lineBreakAt(m_pos);
        if (lineBreak > 0) {
            *field += m_bytes.sliced(m_pos, lineBreak);
            m_pos += lineBreak;
            ++m_line;
            continue;
        }
        *field += ch;
        ++m_pos;
    }
    if (m_pos < m_bytes.size() && m_bytes.at(m_pos) != ',' && lineBreakAt(m_pos) == 0)
        return fail(m_line, tr("Line %1: text follows the closing quote of a field; a quote "
                               "inside a quoted field is written twice (\"\").")
                                .arg(m_line));
    return true;
}

bool CsvReader::readUnquoted(QByteArray* field)
{
    const qsizetype start = m_pos;
    while (m_pos < m_bytes.size() && m_bytes.at(m_pos) != ',' && lineBreakAt(m_pos) == 0) {
        if (m_bytes.at(m_pos) == '"')
            return fail(m_line,
                        tr("Line %1: a field that contains a quote (\") must be enclosed in "
                           "quotes, with the quote written twice.")
                            .arg(m_line));
        ++m_pos;
    }
    *field = m_bytes.sliced(start, m_pos - start);
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
    if (m_pos >= m_bytes.size())
        return false;
    record->line = m_line;
    record->fields.clear();
    for (;;) {
        QByteArray bytes;
        const int fieldLine = m_line;
        const bool quoted = m_pos < m_bytes.size() && m_bytes.at(m_pos) == '"';
        if (!(quoted ? readQuoted(&bytes) : readUnquoted(&bytes)))
            return false;
        // Field by field: the file is never held a second time as text.
        m_decoder.resetState();
        const QString field = m_decoder.decode(bytes);
        if (m_decoder.hasError())
            return fail(fieldLine, tr("Line %1 is not valid UTF-8 text; save the file as UTF-8 "
                                      "(CSV UTF-8 in spreadsheet programs).")
                                       .arg(fieldLine));
        if (field.size() > InputLimits::maxCsvFieldLength)
            return fail(fieldLine, tr("Line %1: field %2 has %3 characters; at most %4 are read.")
                                       .arg(fieldLine)
                                       .arg(record->fields.size() + 1)
                                       .arg(field.size())
                                       .arg(InputLimits::maxCsvFieldLength));
        record->fields.append(CsvFormulaGuard::unguard(field));
        if (m_pos < m_bytes.size() && m_bytes.at(m_pos) == ',') {
            ++m_pos;
            continue;
        }
        // The end of the line or of the input.
        m_pos += lineBreakAt(m_pos);
        ++m_line;
        return true;
    }
}
