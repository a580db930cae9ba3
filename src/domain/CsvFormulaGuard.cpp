#include "CsvFormulaGuard.h"

namespace {

qsizetype leadingQuotes(const QString& value)
{
    qsizetype n = 0;
    while (n < value.size() && value.at(n) == QLatin1Char('\''))
        ++n;
    return n;
}

// Does a formula character follow the leading quotes?
bool formulaAfter(const QString& value, qsizetype quotes)
{
    if (quotes >= value.size())
        return false;
    switch (value.at(quotes).unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

} // namespace

QString CsvFormulaGuard::guard(const QString& value)
{
    return formulaAfter(value, leadingQuotes(value)) ? QLatin1Char('\'') + value : value;
}

QString CsvFormulaGuard::unguard(const QString& field)
{
    const qsizetype quotes = leadingQuotes(field);
    return quotes > 0 && formulaAfter(field, quotes) ? field.sliced(1) : field;
}
