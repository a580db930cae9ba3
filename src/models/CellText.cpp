#include "CellText.h"

#include <QCoreApplication>
#include <QLocale>

namespace CellText {

QString dateTime(const QDateTime& value)
{
    return value.isValid() ? QLocale().toString(value.toLocalTime(), QLocale::ShortFormat)
                           : QString();
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("CellText", "Yes")
                 : QCoreApplication::translate("CellText", "No");
}

} // namespace CellText
