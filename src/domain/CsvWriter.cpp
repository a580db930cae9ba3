#include "CsvWriter.h"

#include "CsvFormulaGuard.h"

CsvWriter::CsvWriter(ByteOrderMark bom)
{
    if (bom == ByteOrderMark::With)
        m_data = QByteArrayLiteral("\xEF\xBB\xBF");
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += encodeField(fields.at(i));
    }
    line += QLatin1String("\r\n");
    m_data += line.toUtf8();
}

QString CsvWriter::encodeField(const QString& text)
{
    const QString value = CsvFormulaGuard::guard(text);
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
