#include "LocalizedName.h"

#include <QLocale>

QString LocalizedName::pick(const QString& english, const QString& arabic)
{
    const bool inArabic = QLocale().language() == QLocale::Arabic;
    const QString& preferred = inArabic ? arabic : english;
    return preferred.isEmpty() ? (inArabic ? english : arabic) : preferred;
}
