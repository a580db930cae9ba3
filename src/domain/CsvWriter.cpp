#include "CsvWriter.h"

#include "CsvFormulaGuard.h"

namespace {

const QByteArray utf8Bom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

CsvWriter::CsvWriter(ByteOrderMark bom)
{
    if (bom == ByteOrderMark::With)
        m_data = utf8Bom;
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += encodeField(fields.at(i));
    }
    // A blank line is no record to a reader: a lone empty field is written quoted.
    if (fields.size() == 1 && line.isEmpty())
        line = QStringLiteral("\"\"");
    // Text starting with U+FEFF at the start of the file would be taken for a byte order mark:
    // a real one goes before it, for the reader to take off instead.
    if (m_data.isEmpty() && line.startsWith(QChar(0xFEFF)))
        m_data = utf8Bom;
    line += QLatin1String("\r\n");
    m_data += line.toUtf8();
}

QString CsvWriter::encodeField(const QString& text)
{
    QString value = CsvFormulaGuard::guard(text);
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
