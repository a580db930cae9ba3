#include "TextTable.h"

#include "PrintableText.h"

#include <algorithm>
#include <utility>

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TextTable::addRow(const QStringList& cells)
{
    QStringList row;
    for (const QString& cell : cells) {
        const QString text = PrintableText::escaped(cell.simplified());
        row << (text.isEmpty() ? QStringLiteral("-") : text);
    }
    m_rows.append(row);
}

QString TextTable::toString() const
{
    QList<QStringList> lines;
    if (!m_headers.isEmpty())
        lines.append(m_headers);
    lines.append(m_rows);
    QList<qsizetype> widths;
    for (const QStringList& line : lines) {
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], line[i].size());
        }
    }
    QString text;
    for (const QStringList& line : lines) {
        QString out;
        for (qsizetype i = 0; i < line.size(); ++i)
            out += i + 1 < line.size() ? line[i].leftJustified(widths[i] + 2) : line[i];
        text += out + QLatin1Char('\n');
    }
    return text;
}
