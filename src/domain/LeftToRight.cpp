#include "LeftToRight.h"

#include <QLocale>

QString LeftToRight::isolated(const QString& text)
{
    if (QLocale().textDirection() != Qt::RightToLeft)
        return text;
    return QChar(0x2066) + text +
           QChar(0x2069); // LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
}
