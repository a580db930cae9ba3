#pragma once

#include <QString>

// Spreadsheet programs run a cell that starts with = + - @ TAB or CR as a formula (formula
// injection: a name typed on the web could run =HYPERLINK(...) or DDE on the desktop of whoever
// opens the export). A leading single quote makes such a cell text. A value that already starts
// with quotes followed by one of those characters gets one more quote too, so that taking one
// quote off when reading gives back exactly what was written.
class CsvFormulaGuard {
public:
    // The value with one quote in front when it starts with any number of quotes followed by a
    // formula character; unchanged otherwise.
    static QString guard(const QString& value);
    // The inverse of guard(): a field of that form loses its first quote.
    static QString unguard(const QString& field);
};
