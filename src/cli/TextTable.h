#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Rows of text in columns padded to their widest cell, for the commands' default output. Cells
// are simplified (a note's line breaks would break the rows) and their control characters
// escaped (PrintableText); an empty cell shows as "-".
class TextTable {
public:
    // No headers: a table of "key  value" lines.
    explicit TextTable(QStringList headers = {});

    void addRow(const QStringList& cells);
    // One line per row (the headers first), two spaces between columns, no trailing spaces.
    QString toString() const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};
