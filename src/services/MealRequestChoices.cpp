#include "MealRequestChoices.h"

#include "LocalizedName.h"

QString MealRequestChoices::MealType::name() const
{
    return LocalizedName::pick(nameEn, nameAr);
}
