#include "MealRequestChoices.h"

#include <QLocale>

QString MealRequestChoices::MealType::name() const
{
    return QLocale().language() == QLocale::Arabic ? nameAr : nameEn;
}
